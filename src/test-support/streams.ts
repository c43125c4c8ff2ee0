import type { RawItem } from '../ingest/readers/raw-item.js';

/** Text chunks as an async iterable, the way a reader receives a file. */
export async function* chunks(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

/** Byte chunks as an async iterable, the way decodeChunks receives a file. */
export async function* byteChunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

/** Runs a reader over text chunks and collects every item. */
export async function readAll(reader: (text: AsyncIterable<string>) => AsyncIterable<RawItem>, ...parts: string[]): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const item of reader(chunks(...parts))) out.push(item);
  return out;
}
