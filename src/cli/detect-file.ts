import type { Framing, SourceDefinition } from '../ingest/define-source.js';
import { chooseSource, detectFraming, readerFor, unrecognizedMessage } from '../ingest/detect-format.js';
import { sniffCsvHeader } from '../ingest/readers/csv-reader.js';
import { openInput, type Input, type OpenedInput } from './open-input.js';

/** The detected way to read one file, or why it cannot be read. */
export type FileDetection = { ok: true; framing: Framing; source: SourceDefinition } | { ok: false; message: string };

/** The first well-formed record in the head of a JSON file (looking at most at its first few records). */
async function firstJsonRecord(head: string, framing: Framing): Promise<unknown> {
  let seen = 0;
  async function* once(): AsyncGenerator<string> {
    yield head;
  }
  for await (const item of readerFor(framing)(once())) {
    if (item.kind === 'record') return item.value;
    if (++seen >= 5) break;
  }
  return undefined;
}

/** Detects a file by path (opens and closes it); see detectHead. */
export async function detectFile(path: string, sources: readonly SourceDefinition[], forcedSourceId?: string): Promise<FileDetection> {
  let opened: OpenedInput;
  try {
    opened = await openInput({ path, display: path, size: 0 } satisfies Input);
  } catch (error) {
    return { ok: false, message: `cannot read it: ${(error as Error).message}` };
  }
  opened.close();
  const failure = opened.error();
  if (opened.gzip && opened.head.length === 0 && failure) {
    return { ok: false, message: `it starts like a gzip file but cannot be decompressed (${failure.message}): is it complete?` };
  }
  return detectHead(opened.head, sources, forcedSourceId);
}

/** Decides framing and source for a file from its first (decompressed) bytes and first record. */
export async function detectHead(head: Buffer, sources: readonly SourceDefinition[], forcedSourceId?: string): Promise<FileDetection> {
  if (head.length === 0) return { ok: false, message: `the file is empty. ${unrecognizedMessage(undefined, sources).replace(/^unrecognized input: it is neither JSON nor CSV\. /, '')}` };
  if (head.includes(0)) return { ok: false, message: `it is a binary file (or UTF-16 text: save it as UTF-8). ${unrecognizedMessage(undefined, sources)}` };
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
  const first = framing === 'csv' ? sniffCsvHeader(text) : await firstJsonRecord(text, framing);
  const detection = chooseSource(framing, first, sources);
  return detection.ok ? { ok: true, framing, source: detection.source } : detection;
}
