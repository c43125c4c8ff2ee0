import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { QuarantineItem } from '../model/quarantine-item.js';
import type { SourceDefinition } from './define-source.js';
import { maskNumbers, sha256 } from './hash.js';
import type { RawItem } from './readers/raw-item.js';

/** One batch of normalized output, ready to be stored in one transaction. */
export interface IngestBatch {
  events: Event[];
  /** For each event, where its raw record sits in `rawText`: [offset, length]. */
  spans: [number, number][];
  /** The JSON text of every record that produced events, concatenated: the evidence the store keeps. */
  rawText: string;
  /** A content-derived id of rawText (from the records' hashes), so re-ingest stores nothing twice. */
  rawId: string;
  identities: IdentityRecord[];
  quarantined: QuarantineItem[];
  /** Raw records read in this batch (good and bad). */
  records: number;
}

/** Options for ingestStream. */
export interface IngestStreamOptions {
  source: SourceDefinition;
  /** The file name recorded in raw references (as the user gave it). */
  file: string;
  fingerprintKey: string;
  batchSize?: number;
}

const RAW_EXCERPT = 4096;

/**
 * Normalizes a stream of raw items into batches. Every raw item ends up either as normalized
 * records or as a quarantine item that says where it was and why: nothing is dropped.
 */
export async function* ingestStream(
  items: AsyncIterable<RawItem>,
  options: IngestStreamOptions,
): AsyncGenerator<IngestBatch> {
  const { source, file, fingerprintKey } = options;
  const batchSize = options.batchSize ?? 1000;
  const empty = (): IngestBatch => ({ events: [], spans: [], rawText: '', rawId: '', identities: [], quarantined: [], records: 0 });
  let batch = empty();
  let rawParts: string[] = [];
  let rawLength = 0;
  let hashes: string[] = [];
  const finish = (): IngestBatch => {
    batch.rawText = rawParts.join('');
    batch.rawId = hashes.length > 0 ? sha256(hashes.join('')) : '';
    rawParts = [];
    rawLength = 0;
    hashes = [];
    return batch;
  };
  // Sensitive values never reach the store in clear: not as evidence, not in a quarantine excerpt.
  const storable = (item: RawItem): string => {
    if (!source.redact) return item.kind === 'record' ? (item.json ?? item.text) : item.text;
    return item.kind === 'record' ? JSON.stringify(source.redact(item.value, fingerprintKey)) : maskNumbers(item.text);
  };
  const quarantine = (item: RawItem, hash: string, reasons: string[]): QuarantineItem => ({
    id: sha256(`${file}\0${item.location.line}\0${item.location.index}\0${hash}`).slice(0, 32),
    file,
    line: item.location.line,
    index: item.location.index,
    source: source.id,
    reasons,
    raw: storable(item).slice(0, RAW_EXCERPT),
    sha256: hash,
  });
  for await (const item of items) {
    batch.records += 1;
    const hash = sha256(item.text);
    if (item.kind === 'malformed') {
      batch.quarantined.push(quarantine(item, hash, [item.reason]));
    } else if (item.text.includes('\uFFFD')) {
      // The decoder replaced bytes that are not UTF-8: storing the record would silently change it.
      batch.quarantined.push(quarantine(item, hash, ['contains bytes that are not UTF-8 (a file mixing encodings?): save it as UTF-8 and ingest it again']));
    } else {
      const rawRef = { file, line: item.location.line, index: item.location.index, sha256: hash };
      const result = source.normalize(item.value, { rawRef, fingerprintKey });
      if (result.ok) {
        if (result.value.events.length > 0) {
          const json = storable(item);
          const span: [number, number] = [rawLength, json.length];
          rawParts.push(json);
          rawLength += json.length;
          hashes.push(hash);
          for (const event of result.value.events) {
            batch.events.push(event);
            batch.spans.push(span);
          }
        }
        batch.identities.push(...result.value.identities);
      } else {
        batch.quarantined.push(quarantine(item, hash, result.issues));
      }
    }
    if (batch.records >= batchSize) {
      yield finish();
      batch = empty();
    }
  }
  if (batch.records > 0) yield finish();
}
