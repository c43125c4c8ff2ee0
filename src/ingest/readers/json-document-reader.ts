import { readJsonArray } from './json-array-reader.js';
import type { RawItem } from './raw-item.js';

/**
 * Keys under which vendor APIs wrap their record arrays: Microsoft Graph `value`, Azure Monitor
 * exports `records`, Google Admin SDK `items`. Only these: records themselves hold arrays under
 * other names (a Google activity's `events`), and unwrapping those would split a record apart.
 */
export const WRAPPER_KEYS = ['value', 'records', 'items'] as const;

/**
 * `{ "…": "…", "value": [` — an object whose scalar keys come before the wrapped array. Such a
 * document is streamed element by element; any other shape is read whole.
 */
const WRAPPED = new RegExp(`^\\s*\\{[^[{]*?"(?:${WRAPPER_KEYS.join('|')})"\\s*:\\s*\\[`);
const NESTED_FIRST = /^\s*\{[^[{]*[[{]/;
const MAX_PREFIX = 1 << 20;

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Reads a single JSON document. An object that wraps an array under one of the known keys yields
 * the array's elements, streamed (Azure storage exports can be very large); any other object is
 * one record. A document that does not parse is one malformed item.
 */
export async function* readJsonDocument(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  const chunks = text[Symbol.asyncIterator]();
  let prefix = '';
  for (;;) {
    const match = WRAPPED.exec(prefix);
    if (match) {
      const open = match[0].length - 1;
      const firstLine = 1 + (prefix.slice(0, open).match(/\n/g)?.length ?? 0);
      yield* readJsonArray(prepend(prefix.slice(open), chunks), { firstLine, afterClose: 'ignore' });
      return;
    }
    if (NESTED_FIRST.test(prefix) || prefix.length > MAX_PREFIX) break;
    const next = await chunks.next();
    if (next.done) break;
    prefix += next.value;
  }
  let whole = prefix;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) whole += next.value;
  let doc: unknown;
  try {
    doc = JSON.parse(whole);
  } catch (error) {
    yield {
      kind: 'malformed',
      text: whole.slice(0, 4096),
      location: { line: 1, index: 0 },
      reason: `invalid JSON document: ${(error as Error).message}`,
    };
    return;
  }
  for (const [index, value] of unwrap(doc).entries()) {
    yield { kind: 'record', value, text: JSON.stringify(value), location: { line: 1, index } };
  }
}

function unwrap(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (doc !== null && typeof doc === 'object') {
    for (const key of WRAPPER_KEYS) {
      const inner = (doc as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner;
    }
  }
  return [doc];
}
