import type { RawItem } from './raw-item.js';

/**
 * Streams the elements of a top-level JSON array without holding the whole file: it tracks
 * nesting and string state, cuts out each element's text and parses it alone. An element that
 * does not parse is a malformed item and the scan goes on; text left open at the end of the
 * file (a truncated download) is one malformed item, never silently dropped.
 */
export async function* readJsonArray(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let closed = false;
  let trailing = '';
  let trailingLine = 0;
  let element = '';
  let elementLine = 0;
  let line = 1;
  let index = 0;

  const finish = (): RawItem | undefined => {
    const trimmed = element.trim();
    element = '';
    if (trimmed === '') return undefined;
    const location = { line: elementLine, index: index++ };
    try {
      return { kind: 'record', value: JSON.parse(trimmed), text: trimmed, location };
    } catch (error) {
      return { kind: 'malformed', text: trimmed, location, reason: `invalid JSON: ${(error as Error).message}` };
    }
  };

  for await (const chunk of text) {
    for (const ch of chunk) {
      if (ch === '\n') line += 1;
      if (!started) {
        if (ch === '[') started = true;
        else if (ch.trim() !== '' && ch !== '\uFEFF') {
          yield { kind: 'malformed', text: ch, location: { line, index: 0 }, reason: 'expected a JSON array' };
          return;
        }
        continue;
      }
      if (closed) {
        // Anything but whitespace after the closing `]` (e.g. concatenated pages) is reported, not dropped.
        if (trailing === '' && ch.trim() === '') continue;
        if (trailing === '') trailingLine = line;
        if (trailing.length < 4096) trailing += ch;
        continue;
      }
      if (inString) {
        element += ch;
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (depth === 0 && (ch === ',' || ch === ']')) {
        const item = finish();
        if (item) yield item;
        if (ch === ']') closed = true;
        continue;
      }
      if (element.trim() === '' && ch.trim() !== '') elementLine = line;
      element += ch;
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth += 1;
      else if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1);
    }
  }
  if (!started) return;
  if (!closed) {
    const trimmed = element.trim();
    yield {
      kind: 'malformed',
      text: trimmed,
      location: { line: trimmed !== '' ? elementLine : line, index },
      reason:
        trimmed !== ''
          ? 'file ends inside an array element (truncated?)'
          : 'file ends before the closing "]" of the array (truncated?)',
    };
  } else if (trailing !== '') {
    yield {
      kind: 'malformed',
      text: trailing.trimEnd(),
      location: { line: trailingLine, index },
      reason: 'unexpected content after the closing "]" of the JSON array',
    };
  }
}
