import type { GroundTruth, TruthMember } from '../model/ground-truth.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { Subject } from '../model/subject.js';

/** Where a subject stands in the truth. */
export interface SubjectLabel {
  /** The operation one of its records belongs to. */
  operation?: string;
  /** The benign look-alike group one of its records belongs to. */
  benign?: string;
}

/** The truth laid over the stored subjects. */
export interface TruthMapping {
  labels: Map<string, SubjectLabel>;
  /** Per operation, per member: the subjects holding that member's records (empty when none does). */
  members: Map<string, { member: TruthMember; subjects: Subject[] }[]>;
  /** Per benign group: the subjects of its members. */
  benign: Map<string, Subject[]>;
}

const keysOfMember = (m: TruthMember): string[] =>
  [...(m.employee_id ? [`employee:${m.employee_id}`] : []), ...m.applicant_ids.map((id) => `applicant:${id}`), ...m.emails.map((e) => `email:${e.toLowerCase()}`)];

function keysOfRecord(r: IdentityRecord): string[] {
  return [
    ...(r.employee_id ? [`employee:${r.employee_id}`] : []),
    ...(r.applicant_id ? [`applicant:${r.applicant_id}`] : []),
    ...[...r.corporate_emails, ...r.identifiers.emails].map((e) => `email:${e.toLowerCase()}`),
  ];
}

/**
 * Maps the truth's people onto subjects through the identifiers their identity records carry
 * (employee ids, applicant ids, e-mail addresses). A member split over several subjects (records
 * resolution did not join) maps to all of them; a member no subject holds maps to none.
 */
export function mapTruth(truth: GroundTruth, subjects: readonly Subject[], identities: ReadonlyMap<string, IdentityRecord>): TruthMapping {
  const byKey = new Map<string, Subject[]>();
  for (const s of subjects) {
    const keys = new Set(s.identity_ids.flatMap((id) => {
      const r = identities.get(id);
      return r ? keysOfRecord(r) : [];
    }));
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const subjectsOf = (m: TruthMember): Subject[] => [...new Set(keysOfMember(m).flatMap((k) => byKey.get(k) ?? []))];
  const labels = new Map<string, SubjectLabel>();
  const label = (s: Subject): SubjectLabel => {
    let l = labels.get(s.id);
    if (!l) labels.set(s.id, (l = {}));
    return l;
  };
  const members = new Map<string, { member: TruthMember; subjects: Subject[] }[]>();
  for (const op of truth.operations) {
    members.set(op.id, op.members.map((member) => {
      const found = subjectsOf(member);
      for (const s of found) label(s).operation ??= op.id;
      return { member, subjects: found };
    }));
  }
  const benign = new Map<string, Subject[]>();
  for (const group of truth.benign) {
    const found = [...new Set(group.members.flatMap(subjectsOf))];
    for (const s of found) label(s).benign ??= group.id;
    benign.set(group.id, found);
  }
  return { labels, members, benign };
}
