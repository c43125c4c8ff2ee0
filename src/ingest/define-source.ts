import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { ParseResult } from '../model/parse-result.js';
import type { RawRef } from '../model/raw-ref.js';

/** How a source's records are framed in a file. */
export type Framing = 'ndjson' | 'json-array' | 'json-document' | 'csv';

/** What a source makes of one raw record. */
export interface SourceOutput {
  events: Event[];
  identities: IdentityRecord[];
}

/** Context handed to a source for each record. */
export interface SourceContext {
  rawRef: RawRef;
  /** Key for keyed fingerprints of sensitive values (see hash.ts). */
  fingerprintKey: string;
}

/** An ingest source: recognizes one vendor format and normalizes its records. */
export interface SourceDefinition {
  /** Stable dotted id, equal to the file's basename (`okta.system-log` ↔ `okta-system-log.source.ts`). */
  id: string;
  title: string;
  description: string;
  /** The `event.dataset` it writes, or the identity system for record-only sources. */
  dataset: string;
  /** The framings this source can arrive in. */
  framings: readonly Framing[];
  /** One line for error messages: what a file of this source looks like. */
  expects: string;
  /** A one-line example record (or CSV header), shown by `molehunt sources`. */
  example?: string;
  /**
   * Confidence in [0, 1] that a file belongs to this source, from its first record
   * (a parsed JSON value, or for CSV the header cells).
   */
  sniff(first: unknown): number;
  /** Normalizes one record; bad input is a returned list of problems, never an exception. */
  normalize(record: unknown, ctx: SourceContext): ParseResult<SourceOutput>;
  /**
   * For sources that carry sensitive values (bank accounts, national ids): the record as it may be
   * stored as evidence or quarantined, those values replaced by `fp:<hmac> last4:NNNN`. normalize()
   * must give the same output for the redacted record as for the original. Without it, the raw
   * record is stored as read.
   */
  redact?(record: unknown, fingerprintKey: string): unknown;
}

/** Declares an ingest source. Pure: no side effects on import. */
export function defineSource(definition: SourceDefinition): SourceDefinition {
  return Object.freeze(definition);
}
