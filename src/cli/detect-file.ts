import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { Framing, SourceDefinition } from '../ingest/define-source.js';
import { chooseSource, detectFraming, readerFor, unrecognizedMessage } from '../ingest/detect-format.js';
import { sniffCsvHeader } from '../ingest/readers/csv-reader.js';
import { decodeChunks } from '../ingest/readers/raw-item.js';

const HEAD_BYTES = 64 * 1024;

/** The detected way to read one file, or why it cannot be read. */
export type FileDetection = { ok: true; framing: Framing; source: SourceDefinition } | { ok: false; message: string };

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The first well-formed record of a JSON file (looking at most at its first few records). */
async function firstJsonRecord(path: string, framing: Framing): Promise<unknown> {
  let seen = 0;
  for await (const item of readerFor(framing)(decodeChunks(createReadStream(path)))) {
    if (item.kind === 'record') return item.value;
    if (++seen >= 5) break;
  }
  return undefined;
}

/** Decides framing and source for a file from its first bytes and first record. */
export async function detectFile(
  path: string,
  sources: readonly SourceDefinition[],
  forcedSourceId?: string,
): Promise<FileDetection> {
  let head: Buffer;
  try {
    head = readHead(path);
  } catch (error) {
    return { ok: false, message: `cannot read it: ${(error as Error).message}` };
  }
  if (head.length === 0) return { ok: false, message: `the file is empty. ${unrecognizedMessage(undefined, sources).replace(/^unrecognized input: it is neither JSON nor CSV\. /, '')}` };
  if (head.includes(0)) return { ok: false, message: `it is a binary file. ${unrecognizedMessage(undefined, sources)}` };
  const text = head.toString('utf8');
  const framing = detectFraming(text);
  const forced = forcedSourceId ? sources.find((s) => s.id === forcedSourceId) : undefined;
  if (forcedSourceId && !forced) {
    return { ok: false, message: `unknown source "${forcedSourceId}" (known: ${sources.map((s) => s.id).join(', ')})` };
  }
  if (!framing) return { ok: false, message: unrecognizedMessage(undefined, forced ? [forced] : sources) };
  if (forced) {
    return forced.framings.includes(framing)
      ? { ok: true, framing, source: forced }
      : { ok: false, message: `${forced.id} does not read ${framing} files (it reads ${forced.framings.join(', ')})` };
  }
  const first = framing === 'csv' ? sniffCsvHeader(text) : await firstJsonRecord(path, framing);
  const detection = chooseSource(framing, first, sources);
  return detection.ok ? { ok: true, framing, source: detection.source } : detection;
}
