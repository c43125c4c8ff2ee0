import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { PathSegment } from './rule-problem.js';

/**
 * The line and column (1-based) of the value, or the key, at `path` in a parsed YAML document. When
 * the path does not exist (a missing key), it points at the deepest part that does.
 */
export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
  options: { at?: 'key' | 'value'; offset?: number } = {},
): { line: number; column: number } {
  let node: unknown = doc.contents;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      // `key:` with nothing after it has an empty value node at the line's end: point at the key.
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.range?.[0] === pair.value.range?.[1]);
      node = (last && options.at === 'key') || empty ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
    } else {
      break;
    }
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const start = range?.[0] ?? 0;
  // An offset is into the value's text: skip the opening quote of a quoted scalar.
  const quote = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
  const { line, col } = lines.linePos(start + (options.offset !== undefined ? options.offset + quote : 0));
  return { line, column: col };
}
