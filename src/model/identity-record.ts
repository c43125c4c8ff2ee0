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
