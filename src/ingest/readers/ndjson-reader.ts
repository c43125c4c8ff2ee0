import type { RawItem } from './raw-item.js';

/**
 * Reads newline-delimited JSON: one value per line, blank lines skipped. A line that does not
 * parse becomes a malformed item; the lines after it are unaffected.
 */
export async function* readNdjson(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let pending = '';
  let line = 0;
  let index = 0;
  const emit = (raw: string): RawItem | undefined => {
    line += 1;
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
  }
  const last = emit(pending);
  if (last) yield last;
}
