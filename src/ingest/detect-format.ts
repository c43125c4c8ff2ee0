import type { Framing, SourceDefinition } from './define-source.js';
import { readCsv, sniffCsvHeader } from './readers/csv-reader.js';
import { readJsonArray } from './readers/json-array-reader.js';
import { readJsonDocument, WRAPPER_KEYS } from './readers/json-document-reader.js';
import { readNdjson } from './readers/ndjson-reader.js';
import type { RawItem } from './readers/raw-item.js';

/** The outcome of looking at a file's first bytes. */
export type Detection =
  | { ok: true; framing: Framing; source: SourceDefinition; confidence: number }
  | { ok: false; message: string };

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Decides how records are framed from the first bytes of a file. */
export function detectFraming(head: string): Framing | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[')) return 'json-array';
  if (text.startsWith('{')) {
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(0, 10);
    const objects = lines.map(parseObject);
    const first = objects[0];
    if (first) {
      // A minified `{"value": [...]}` page is one document that wraps records, not one record per line.
      const wraps = WRAPPER_KEYS.some((k) => Array.isArray(first[k]));
      return wraps && lines.length === 1 ? 'json-document' : 'ndjson';
    }
    // A broken first line must not turn an NDJSON export into one unreadable document: if most of the
    // first lines are whole objects, it is NDJSON (a pretty-printed document has few such lines).
    const whole = objects.filter((o) => o !== undefined).length;
    return whole >= 2 && whole * 2 >= lines.length ? 'ndjson' : 'json-document';
  }
  return sniffCsvHeader(text) ? 'csv' : undefined;
}

/** Returns the reader for a framing. */
export function readerFor(framing: Framing): (text: AsyncIterable<string>) => AsyncGenerator<RawItem> {
  switch (framing) {
    case 'ndjson':
      return readNdjson;
    case 'json-array':
      return readJsonArray;
    case 'json-document':
      return readJsonDocument;
    case 'csv':
      return readCsv;
  }
}

/**
 * Picks the source whose `sniff` is most confident about the first record. `first` is the parsed
 * first record for JSON framings and the header cells for CSV.
 */
export function chooseSource(
  framing: Framing,
  first: unknown,
  sources: readonly SourceDefinition[],
): Detection {
  let best: { source: SourceDefinition; confidence: number } | undefined;
  for (const source of sources) {
    if (!source.framings.includes(framing)) continue;
    const confidence = source.sniff(first);
    if (confidence > 0 && (!best || confidence > best.confidence)) best = { source, confidence };
  }
  if (best && best.confidence >= 0.5) return { ok: true, framing, ...best };
  return { ok: false, message: unrecognizedMessage(framing, sources) };
}

/** The message for a file no source recognizes: it lists what each source expects. */
export function unrecognizedMessage(framing: Framing | undefined, sources: readonly SourceDefinition[]): string {
  const seen = framing ? `it looks like ${framing} but no source recognizes its records` : 'it is neither JSON nor CSV';
  const expected = sources.map((s) => `  - ${s.title} (${s.id}): ${s.expects}`).join('\n');
  return `unrecognized input: ${seen}. Expected one of:\n${expected}\nUse --source ID to force a source.`;
}
