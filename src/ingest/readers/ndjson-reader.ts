import { MAX_RECORD_CHARS, TOO_LARGE } from './limits.js';
import type { RawItem } from './raw-item.js';

/**
 * Reads newline-delimited JSON: one value per line, blank lines skipped. A line that does not
 * parse becomes a malformed item; the lines after it are unaffected. A line longer than
 * MAX_RECORD_CHARS is quarantined by its first 4 KiB and skipped to its end, never held whole.
 */
export async function* readNdjson(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let pending = '';
  let oversized: string | undefined;
  let line = 0;
  let index = 0;
  const emit = (raw: string): RawItem | undefined => {
    line += 1;
    if (oversized !== undefined) {
      const item: RawItem = { kind: 'malformed', text: oversized, location: { line, index: index++ }, reason: TOO_LARGE };
      oversized = undefined;
      return item;
    }
    const trimmed = raw.trim();
    if (trimmed === '') return undefined;
    const location = { line, index: index++ };
    try {
      return { kind: 'record', value: JSON.parse(trimmed), text: trimmed, location };
    } catch (error) {
      return { kind: 'malformed', text: trimmed, location, reason: `invalid JSON: ${(error as Error).message}` };
    }
  };
  for await (const chunk of text) {
    pending += chunk;
    // Walk the buffer by index and cut the remainder once per chunk, not once per line.
    let start = 0;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const item = emit(pending.slice(start, newline));
      if (item) yield item;
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
    if (pending.length > MAX_RECORD_CHARS) {
      oversized ??= pending.slice(0, 4096);
      pending = '';
    }
  }
  const last = emit(pending);
  if (last) yield last;
}
