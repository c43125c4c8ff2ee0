import { MAX_RECORD_CHARS, TOO_LARGE } from './limits.js';
import type { RawItem } from './raw-item.js';

/** How readJsonArray treats its surroundings. */
export interface JsonArrayOptions {
  /** The file line the given text starts on (when the array sits inside a larger document). */
  firstLine?: number;
  /** `report` (default): text after the closing `]` is a malformed item; `ignore`: it belongs to an enclosing document. */
  afterClose?: 'report' | 'ignore';
}

const NEWLINE = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;

/**
 * Streams the elements of a top-level JSON array without holding the whole file: it tracks
 * nesting and string state, cuts out each element's text and parses it alone. An element that
 * does not parse is a malformed item and the scan goes on; text left open at the end of the
 * file (a truncated download) is one malformed item, never silently dropped.
 */
export async function* readJsonArray(text: AsyncIterable<string>, options: JsonArrayOptions = {}): AsyncGenerator<RawItem> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let closed = false;
  let trailing = '';
  let trailingLine = 0;
  // The current element: text carried over from earlier chunks, and whether it has begun (non-space seen).
  let pending = '';
  let oversized: string | undefined;
  let begun = false;
  let elementLine = 0;
  let line = options.firstLine ?? 1;
  let index = 0;

  const finish = (raw: string): RawItem | undefined => {
    const trimmed = raw.trim();
    begun = false;
    if (trimmed === '') return undefined;
    const location = { line: elementLine, index: index++ };
    try {
      return { kind: 'record', value: JSON.parse(trimmed), text: trimmed, location };
    } catch (error) {
      return { kind: 'malformed', text: trimmed, location, reason: `invalid JSON: ${(error as Error).message}` };
    }
  };

  for await (const chunk of text) {
    let segment = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) line += 1;
      if (!started) {
        if (c === OPEN_SQUARE) {
          started = true;
          segment = i + 1;
        } else if (!isSpace(c)) {
          yield { kind: 'malformed', text: chunk[i]!, location: { line, index: 0 }, reason: 'expected a JSON array' };
          return;
        }
        continue;
      }
      if (closed) {
        if (options.afterClose === 'ignore') return;
        // Anything but whitespace after the closing `]` (e.g. concatenated pages) is reported, not dropped.
        if (trailing === '' && isSpace(c)) continue;
        if (trailing === '') trailingLine = line;
        if (trailing.length < 4096) trailing += chunk[i];
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (depth === 0 && (c === COMMA || c === CLOSE_SQUARE)) {
        const item: RawItem | undefined =
          oversized !== undefined
            ? { kind: 'malformed', text: oversized, location: { line: elementLine, index: index++ }, reason: TOO_LARGE }
            : finish(pending + chunk.slice(segment, i));
        oversized = undefined;
        begun = false;
        pending = '';
        segment = i + 1;
        if (item) yield item;
        if (c === CLOSE_SQUARE) closed = true;
        continue;
      }
      if (!begun && !isSpace(c)) {
        begun = true;
        elementLine = line;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_CURLY || c === OPEN_SQUARE) depth += 1;
      else if (c === CLOSE_CURLY || c === CLOSE_SQUARE) depth = Math.max(0, depth - 1);
    }
    if (started && !closed) {
      pending += chunk.slice(segment);
      // An element that never ends (junk, an unterminated string) is cut off, not held whole.
      if (pending.length > MAX_RECORD_CHARS) {
        oversized ??= pending.slice(0, 4096);
        pending = '';
      }
    }
  }
  if (!started) return;
  if (!closed) {
    const trimmed = oversized ?? pending.trim();
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
