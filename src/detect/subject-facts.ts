import type { Event } from '../model/event.js';
import type { Evidence } from '../model/finding.js';
import type { IdentityKind, IdentityRecord, PostalAddress } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';

const DAY = 86_400_000;

/** The subject's records of one kind (HR, IdP, applicant, payee, device, shipment). */
export function recordsOf(subject: ResolvedSubject, kind: IdentityKind): IdentityRecord[] {
  return subject.identities.filter((r) => r.kind === kind);
}

/** The first value of an attribute across the subject's records of `kind` (any kind when omitted). */
export function attributeOf(subject: ResolvedSubject, key: string, kind?: IdentityKind): string | undefined {
  for (const r of subject.identities) {
    if (kind && r.kind !== kind) continue;
    const value = r.attributes[key]?.trim();
    if (value) return value;
  }
  return undefined;
}

function parseDay(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * When the subject started: the HR start date; failing that, the first enrollment of a device they
 * own. Undefined for applicants and for people no system dates.
 */
export function startOf(subject: ResolvedSubject): number | undefined {
  const hr = parseDay(attributeOf(subject, 'start_date', 'hr.employee'));
  if (hr !== undefined) return hr;
  const enrolled = recordsOf(subject, 'device.owner')
    .map((r) => parseDay(r.attributes.enrolled_at))
    .filter((t): t is number => t !== undefined);
  return enrolled.length > 0 ? Math.min(...enrolled) : undefined;
}

/** True when `at` falls within the first `days` days after the subject started (unknown start: false). */
export function isNewHireAt(subject: ResolvedSubject, at: number, days: number): boolean {
  const start = startOf(subject);
  return start !== undefined && at >= start - 14 * DAY && at <= start + days * DAY;
}

/** The country the subject says they live in: the HR home address, else an applicant's home. */
export function claimedCountry(subject: ResolvedSubject): string | undefined {
  for (const kind of ['hr.employee', 'ats.applicant', 'payroll.payee'] as const) {
    for (const r of recordsOf(subject, kind)) {
      const home = r.identifiers.addresses.find((a) => a.role === 'home' && a.country);
      if (home?.country) return home.country.toUpperCase();
    }
  }
  return undefined;
}

/** The subject's addresses of one role, with the record they came from. */
export function addressesOf(subject: ResolvedSubject, role: PostalAddress['role']): { record: IdentityRecord; address: PostalAddress; index: number }[] {
  return subject.identities.flatMap((record) =>
    record.identifiers.addresses.flatMap((address, index) => (address.role === role ? [{ record, address, index }] : [])),
  );
}

/** True when the HR record says the person works from home (remote), or nothing says otherwise. */
export function worksRemotely(subject: ResolvedSubject): boolean {
  const arrangement = attributeOf(subject, 'work_arrangement', 'hr.employee')?.toLowerCase();
  return arrangement === undefined || /remote|home|distributed|hybrid/.test(arrangement);
}

/** The standard evidence entry for a non-sign-in event: when, what, where it was read. */
export function eventEvidence(event: Event, values: Evidence['values']): Evidence {
  return { event_id: event.event.id, raw_ref: event.molehunt.raw_ref, timestamp: event['@timestamp'], values: { action: event.event.action, ...values } };
}

/** The standard evidence entry for an identity record: which record, which fields. */
export function recordEvidence(record: IdentityRecord, values: Evidence['values']): Evidence {
  return { raw_ref: record.raw_ref, values: { record: record.id, ...values } };
}

/** Epoch ms of an event. */
export function eventTime(event: Event): number {
  return Date.parse(event['@timestamp']);
}
