import type { IdentityRecord } from '../model/identity-record.js';
import type { RawRef } from '../model/raw-ref.js';
import type { GraphObservation } from './graph-types.js';
import { identifierKeys } from './identifier-keys.js';
import type { KeyIndex } from './key-index.js';
import type { LinkKind } from './link-kinds.js';
import { minhashSignature } from './minhash.js';
import { parseName, type ParsedName } from './name-variants.js';
import { photoHashOf } from './photo-hash.js';
import { mergeKeys } from './resolve-keys.js';

/** One linkable identifier of a record, interned. */
export interface RecordKey {
  kid: number;
  kind: LinkKind;
  role?: string;
  at?: number;
  raw_ref?: RawRef;
}

/** What the graph keeps per identity record: its keys, parsed name and near-duplicate fingerprints. */
export interface RecordState {
  rid: number;
  record: IdentityRecord;
  name?: ParsedName;
  /** Deterministic merge keys (employee id, corporate e-mail). */
  hard: number[];
  /** Linkable identifiers other than IPs, each once. */
  linkKeys: RecordKey[];
  /** Residential egress IPs seen for the record (keys of kind ip), each once. */
  ipKeys: number[];
  /** Every eligible sign-in observation of those IPs, in time order. */
  ipObs: { kid: number; at: number; raw_ref?: RawRef }[];
  resume?: Uint32Array;
  photo?: string;
}

/** The interned key of a linkable value. */
export function linkKeyName(kind: LinkKind, value: string): string {
  return `L:${kind}:${value}`;
}

/** Splits an interned link key back into kind and value. */
export function parseLinkKey(name: string): { kind: LinkKind; value: string } {
  const second = name.indexOf(':', 2);
  return { kind: name.slice(2, second) as LinkKind, value: name.slice(second + 1) };
}

const nameMemo = new Map<string, ParsedName | undefined>();
function memoName(name: string | undefined): ParsedName | undefined {
  if (!name) return undefined;
  if (nameMemo.has(name)) return nameMemo.get(name);
  if (nameMemo.size > 500_000) nameMemo.clear();
  const parsed = parseName(name);
  nameMemo.set(name, parsed);
  return parsed;
}

/** Builds a record's state: its keys interned into `keys` (not yet added as holders). */
export function recordState(rid: number, record: IdentityRecord, observations: readonly GraphObservation[], keys: KeyIndex): RecordState {
  const linkKeys: RecordKey[] = [];
  const seen = new Set<number>();
  for (const k of identifierKeys(record)) {
    const kid = keys.intern(linkKeyName(k.kind, k.value));
    if (seen.has(kid)) continue;
    seen.add(kid);
    // Built by assignment: this runs once per identifier of every record (a million records at a time).
    const entry: RecordKey = { kid, kind: k.kind, raw_ref: record.raw_ref };
    if (k.role) entry.role = k.role;
    linkKeys.push(entry);
  }
  const ipKeys: number[] = [];
  const ipObs: RecordState['ipObs'] = [];
  // Observations in a stable order, so the evidence kept (the earliest) does not depend on arrival.
  const sorted =
    observations.length < 2
      ? observations
      : observations
          .map((o) => ({ o, at: o.at ?? 0, order: `${o.kind}\u0000${o.value}\u0000${o.raw_ref ? `${o.raw_ref.file}:${o.raw_ref.line ?? o.raw_ref.index ?? ''}:${o.raw_ref.sha256}` : ''}` }))
          .sort((a, b) => a.at - b.at || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
          .map((x) => x.o);
  for (const o of sorted) {
    const value = o.kind === 'ip' ? o.value.trim().toLowerCase() : o.value.trim();
    if (!value || (o.kind === 'ip' && o.eligible === false)) continue;
    const kid = keys.intern(linkKeyName(o.kind, value));
    if (o.kind === 'ip') ipObs.push({ kid, at: o.at ?? 0, ...(o.raw_ref ? { raw_ref: o.raw_ref } : {}) });
    if (seen.has(kid)) continue;
    seen.add(kid);
    if (o.kind === 'ip') ipKeys.push(kid);
    else linkKeys.push({ kid, kind: o.kind, ...(o.at !== undefined ? { at: o.at } : {}), ...(o.raw_ref ? { raw_ref: o.raw_ref } : {}) });
  }
  const resumeText = record.attributes.resume_text;
  const resume = resumeText ? minhashSignature(resumeText) : undefined;
  const photo = photoHashOf(record.attributes);
  const name = memoName(record.name);
  const state: RecordState = { rid, record, hard: mergeKeys(record).map((k) => keys.intern(k)), linkKeys, ipKeys, ipObs };
  if (name) state.name = name;
  if (resume) state.resume = resume;
  if (photo) state.photo = photo;
  return state;
}
