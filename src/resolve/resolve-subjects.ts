import type { IdentityRecord } from '../model/identity-record.js';
import type { GraphOptionsInput } from './graph-options.js';
import type { Judgement } from './graph-types.js';
import { buildIdentityGraph } from './identity-graph.js';

export { mergeKeys, subjectId } from './resolve-keys.js';

/** A subject as resolution produces it, before scoring. */
export interface ResolvedSubject {
  id: string;
  display_name: string;
  identities: IdentityRecord[];
  merge_reasons: { key: string; records: string[] }[];
}

/** The output of resolution: subjects and the map from identity record id to subject id. */
export interface Resolution {
  subjects: ResolvedSubject[];
  subjectOfIdentity: ReadonlyMap<string, string>;
}

/**
 * Merges identity records into subjects (see resolve-block.ts for the rules: deterministic keys,
 * then personal e-mails and scored name evidence, never across disagreeing names, always as analyst
 * judgements say). Pure and order-independent. Analysis uses the identity graph directly, which
 * resolves and links in one pass; this is resolution alone.
 */
export function resolveSubjects(records: readonly IdentityRecord[], judgements: readonly Judgement[] = [], options: GraphOptionsInput = {}): Resolution {
  const { subjects } = buildIdentityGraph({ records, judgements }, options).snapshot();
  const subjectOfIdentity = new Map<string, string>();
  for (const s of subjects) for (const r of s.identities) subjectOfIdentity.set(r.id, s.id);
  return { subjects, subjectOfIdentity };
}
