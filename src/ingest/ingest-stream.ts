import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { QuarantineItem } from '../model/quarantine-item.js';
import type { SourceDefinition } from './define-source.js';
import { sha256 } from './hash.js';
import type { RawItem } from './readers/raw-item.js';

/** One batch of normalized output, ready to be stored in one transaction. */
export interface IngestBatch {
  events: Event[];
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
  let batch: IngestBatch = { events: [], identities: [], quarantined: [], records: 0 };
  for await (const item of items) {
    batch.records += 1;
    const hash = sha256(item.text);
    const quarantine = (reasons: string[]): QuarantineItem => ({
      id: sha256(`${file}\0${item.location.line}\0${item.location.index}\0${hash}`).slice(0, 32),
      file,
      line: item.location.line,
      index: item.location.index,
      source: source.id,
      reasons,
      raw: item.text.slice(0, RAW_EXCERPT),
      sha256: hash,
    });
    if (item.kind === 'malformed') {
      batch.quarantined.push(quarantine([item.reason]));
    } else {
      const rawRef = { file, line: item.location.line, index: item.location.index, sha256: hash };
      const result = source.normalize(item.value, { rawRef, fingerprintKey });
      if (result.ok) {
        batch.events.push(...result.value.events);
        batch.identities.push(...result.value.identities);
      } else {
        batch.quarantined.push(quarantine(result.issues));
      }
    }
    if (batch.records >= batchSize) {
      yield batch;
      batch = { events: [], identities: [], quarantined: [], records: 0 };
    }
  }
  if (batch.records > 0) yield batch;
}
