import { createHash } from 'node:crypto';
import type { IdentityKind, IdentityRecord } from '../model/identity-record.js';
import { UnionFind } from './union-find.js';

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

/** Which record names a subject and anchors its id: the HR record first, then the IdP account. */
const KIND_PRIORITY: Record<IdentityKind, number> = {
  'hr.employee': 0,
  'idp.account': 1,
  'payroll.payee': 2,
  'ats.applicant': 3,
  'device.owner': 4,
  'shipment.recipient': 5,
};

/**
 * The deterministic keys that say two records are the same person: an employee id, or a
 * corporate sign-in address. Personal e-mails, phones and addresses are deliberately not merge
 * keys: different people sharing them is what the linking stage looks for.
 */
export function mergeKeys(record: IdentityRecord): string[] {
  const keys = record.corporate_emails.map((email) => `email:${email.trim().toLowerCase()}`);
  if (record.employee_id) keys.push(`employee_id:${record.employee_id.trim()}`);
  return keys;
}

/** A stable subject id from the anchor record's id. */
export function subjectId(anchorIdentityId: string): string {
  const digest = createHash('sha256').update(anchorIdentityId).digest();
  return `sub_${BigInt(`0x${digest.subarray(0, 8).toString('hex')}`).toString(36)}`;
}

function byPriority(a: IdentityRecord, b: IdentityRecord): number {
  return KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Merges identity records into subjects by their deterministic keys. Pure and order-independent. */
export function resolveSubjects(records: readonly IdentityRecord[]): Resolution {
  const sets = new UnionFind();
  const recordsByKey = new Map<string, string[]>();
  for (const record of records) {
    sets.find(`record:${record.id}`);
    for (const key of mergeKeys(record)) {
      sets.union(`record:${record.id}`, key);
      const list = recordsByKey.get(key) ?? [];
      list.push(record.id);
      recordsByKey.set(key, list);
    }
  }
  const groups = new Map<string, IdentityRecord[]>();
  for (const record of records) {
    const root = sets.find(`record:${record.id}`);
    const group = groups.get(root) ?? [];
    group.push(record);
    groups.set(root, group);
  }
  const subjects: ResolvedSubject[] = [];
  const subjectOfIdentity = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort(byPriority);
    const anchor = group[0]!;
    const id = subjectId(anchor.id);
    const memberIds = new Set(group.map((r) => r.id));
    const merge_reasons = [...new Set(group.flatMap(mergeKeys))]
      .map((key) => ({ key, records: [...new Set(recordsByKey.get(key) ?? [])].filter((r) => memberIds.has(r)).sort() }))
      .filter((reason) => reason.records.length >= 2)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    const display_name = group.find((r) => r.name)?.name ?? anchor.corporate_emails[0] ?? anchor.source_id;
    for (const record of group) subjectOfIdentity.set(record.id, id);
    subjects.push({ id, display_name, identities: group, merge_reasons });
  }
  subjects.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { subjects, subjectOfIdentity };
}
