import type { RawItem } from './raw-item.js';

/** Keys under which vendor APIs wrap their record arrays (Graph `value`, Azure `records`, Google `items`). */
export const WRAPPER_KEYS = ['value', 'records', 'items', 'events', 'data', 'logs'] as const;

/**
 * Reads a single JSON document (pretty-printed or not). An object that wraps an array under
 * one of the known keys yields the array's elements; any other object is one record.
 */
export async function* readJsonDocument(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  let whole = '';
  for await (const chunk of text) whole += chunk;
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
  const elements = unwrap(doc);
  for (const [index, value] of elements.entries()) {
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
