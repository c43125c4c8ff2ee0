/** Where a record sits in its file: 1-based line where it starts, 0-based record index. */
export interface RecordLocation {
  line: number;
  index: number;
}

/** One record read from a file: either a parsed value or a malformed piece with the reason. */
export type RawItem =
  | {
      kind: 'record';
      value: unknown;
      /** The record as it stood in the file. */
      text: string;
      /** The record as JSON, when `text` is not JSON itself (a CSV row): what the store keeps as evidence. */
      json?: string;
      location: RecordLocation;
    }
  | { kind: 'malformed'; text: string; location: RecordLocation; reason: string };

/** Reports how many bytes of the file have been consumed so far. */
export type ProgressSink = (bytesRead: number) => void;

/** Yields decoded text chunks from byte chunks, reporting bytes consumed. */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: ProgressSink,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    onProgress?.(bytes);
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
