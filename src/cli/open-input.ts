import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A file to ingest; `path` is `-` for standard input. */
export interface Input {
  path: string;
  display: string;
  /** Size on disk in bytes (0 when unknown, as for stdin). */
  size: number;
}

/** An input opened once: its first (decompressed) bytes, and the whole (decompressed) content. */
export interface OpenedInput {
  head: Buffer;
  gzip: boolean;
  /** Every byte of the content, the head included. Read it once. */
  body: AsyncIterable<Uint8Array>;
  /** Set when the stream failed part-way (a truncated or corrupt .gz): what was read before stays valid. */
  error(): Error | undefined;
  close(): void;
}

/** How much decompressed content detection looks at. */
export const HEAD_BYTES = 1024 * 1024;

/**
 * Opens a file or standard input, transparently gunzipping content that starts with the gzip magic
 * bytes (whatever the file is called). `onRawBytes` reports bytes read from disk, for progress.
 */
export async function openInput(input: Input, onRawBytes?: (bytes: number) => void, stdin: NodeJS.ReadableStream = process.stdin): Promise<OpenedInput> {
  const raw: Readable = input.path === '-' ? (stdin as Readable) : createReadStream(input.path);
  let read = 0;
  raw.on('data', (chunk: Buffer) => {
    read += chunk.length;
    onRawBytes?.(read);
  });
  let failure: Error | undefined;
  const rawChunks = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await rawChunks.next();
  const firstChunk = first.done ? Buffer.alloc(0) : first.value;
  const gzip = firstChunk.length >= 2 && firstChunk[0] === 0x1f && firstChunk[1] === 0x8b;
  async function* rawBody(): AsyncGenerator<Buffer> {
    if (firstChunk.length > 0) yield firstChunk;
    for (let next = await rawChunks.next(); !next.done; next = await rawChunks.next()) yield next.value;
  }
  const source: AsyncIterator<Buffer> = gzip
    ? (Readable.from(rawBody()).pipe(createGunzip())[Symbol.asyncIterator]() as AsyncIterator<Buffer>)
    : rawBody();
  const buffered: Buffer[] = [];
  let buffered_bytes = 0;
  let ended = false;
  const pull = async (): Promise<Buffer | undefined> => {
    try {
      const next = await source.next();
      return next.done ? undefined : next.value;
    } catch (error) {
      failure = error as Error;
      return undefined;
    }
  };
  while (buffered_bytes < HEAD_BYTES) {
    const chunk = await pull();
    if (!chunk) {
      ended = true;
      break;
    }
    buffered.push(chunk);
    buffered_bytes += chunk.length;
  }
  const head = Buffer.concat(buffered).subarray(0, HEAD_BYTES);
  async function* body(): AsyncGenerator<Uint8Array> {
    yield* buffered;
    if (ended) return;
    for (let chunk = await pull(); chunk; chunk = await pull()) yield chunk;
  }
  return {
    head,
    gzip,
    body: body(),
    error: () => failure,
    close: () => {
      if (input.path !== '-') raw.destroy();
    },
  };
}
