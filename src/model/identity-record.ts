import { z } from 'zod';
import { RawRefSchema } from './raw-ref.js';

/**
 * The kinds of person-like records molehunt reads. A kind names the role of the record,
 * not the vendor: an Okta user and an Entra user are both `idp.account`.
 */
export const IdentityKindSchema = z.enum([
  'hr.employee',
  'ats.applicant',
  'idp.account',
  'payroll.payee',
  'device.owner',
  'shipment.recipient',
]);
export type IdentityKind = z.infer<typeof IdentityKindSchema>;

/** A postal address as the source wrote it; a normalized key is an enrichment's job. */
export const PostalAddressSchema = z.object({
  role: z.enum(['home', 'ship_to', 'mailing', 'other']),
  line: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().optional(),
});
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/**
 * A payout account is never stored in clear: a keyed fingerprint (HMAC) plus the last four
 * characters, so two records can be compared without keeping the number.
 */
export const PayoutAccountSchema = z.object({
  kind: z.enum(['bank', 'card', 'wallet', 'paypal', 'payoneer', 'wise', 'other']),
  fingerprint: z.string().min(1),
  last4: z.string().max(4),
  /**
   * Only for crypto wallets: the public address in clear, because sanctions lists (OFAC SDN digital
   * currency addresses) must be matched against it. Bank and card numbers never have this.
   */
  address: z.string().optional(),
  chain: z.string().optional(),
});

/** An identifier an identity record carries, for resolution and linking. */
export const IdentifiersSchema = z.object({
  emails: z.array(z.string()).default([]),
  phones: z.array(z.string()).default([]),
  addresses: z.array(PostalAddressSchema).default([]),
  payout_accounts: z.array(PayoutAccountSchema).default([]),
  device_serials: z.array(z.string()).default([]),
  keys: z.array(z.object({ kind: z.string(), fingerprint: z.string() })).default([]),
});

/**
 * One person-like record from one system. `id` is `<kind>:<system>:<source_id>`, which makes
 * re-ingesting the same record idempotent.
 */
export const IdentityRecordSchema = z.object({
  id: z.string().min(1),
  kind: IdentityKindSchema,
  /** The system of record, e.g. `okta`, `hr-csv`. */
  system: z.string().min(1),
  source_id: z.string().min(1),
  name: z.string().optional(),
  employee_id: z.string().optional(),
  applicant_id: z.string().optional(),
  /** The corporate sign-in address(es): the deterministic key that joins HR and IdP records. */
  corporate_emails: z.array(z.string()).default([]),
  identifiers: IdentifiersSchema,
  /** Further fields the source had (kept, never interpreted by rules unless mapped). */
  attributes: z.record(z.string(), z.string()).default({}),
  raw_ref: RawRefSchema,
});
export type IdentityRecord = z.infer<typeof IdentityRecordSchema>;

/** Builds the stable id of an identity record. */
export function identityRecordId(kind: IdentityKind, system: string, sourceId: string): string {
  return `${kind}:${system}:${sourceId}`;
}

/**
 * A cheap content signature of an identity record, ignoring where it was read (raw_ref). A log
 * repeats each actor on every event; ingest writes a record again only when this changes.
 */
export function identitySignature(r: IdentityRecord): string {
  const ids = r.identifiers;
  const objects = ids.addresses.length + ids.payout_accounts.length + ids.keys.length > 0 ? JSON.stringify([ids.addresses, ids.payout_accounts, ids.keys]) : '';
  let attributes = '';
  for (const key in r.attributes) attributes += `${key}=${r.attributes[key]}\u0001`;
  return [r.kind, r.system, r.source_id, r.name ?? '', r.employee_id ?? '', r.applicant_id ?? '', r.corporate_emails.join(','), ids.emails.join(','), ids.phones.join(','), ids.device_serials.join(','), objects, attributes].join('\u0000');
}

function unionBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const out = new Map(a.map((item) => [key(item), item]));
  for (const item of b) if (!out.has(key(item))) out.set(key(item), item);
  return [...out.values()];
}

/**
 * Merges two versions of one identity record (same id). Identifiers accumulate — a device whose
 * serial appears on one line and not the next keeps it, and an identifier a person used before still
 * links them — while names and attributes take the newer value. `raw_ref` stays the first seen.
 */
export function mergeIdentityRecords(older: IdentityRecord, newer: IdentityRecord): IdentityRecord {
  const a = older.identifiers;
  const b = newer.identifiers;
  const same = (v: string) => v;
  return {
    ...older,
    ...(newer.name ?? older.name ? { name: newer.name ?? older.name } : {}),
    ...(newer.employee_id ?? older.employee_id ? { employee_id: newer.employee_id ?? older.employee_id } : {}),
    ...(newer.applicant_id ?? older.applicant_id ? { applicant_id: newer.applicant_id ?? older.applicant_id } : {}),
    corporate_emails: unionBy(older.corporate_emails, newer.corporate_emails, same),
    identifiers: {
      emails: unionBy(a.emails, b.emails, same),
      phones: unionBy(a.phones, b.phones, same),
      addresses: unionBy(a.addresses, b.addresses, (x) => JSON.stringify(x)),
      payout_accounts: unionBy(a.payout_accounts, b.payout_accounts, (x) => `${x.kind}:${x.fingerprint}`),
      device_serials: unionBy(a.device_serials, b.device_serials, same),
      keys: unionBy(a.keys, b.keys, (x) => `${x.kind}:${x.fingerprint}`),
    },
    attributes: { ...older.attributes, ...newer.attributes },
  };
}
