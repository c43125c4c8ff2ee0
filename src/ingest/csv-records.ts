import { isIP } from 'node:net';
import { z } from 'zod';
import type { Event } from '../model/event.js';
import type { IdentityKind, IdentityRecord, PostalAddress } from '../model/identity-record.js';
import { identityRecordId } from '../model/identity-record.js';
import { flattenIssues, type ParseResult } from '../model/parse-result.js';
import type { RawRef } from '../model/raw-ref.js';
import type { ColumnSet } from './csv-columns.js';
import { parseTimestamp } from './timestamps.js';

/**
 * Shared record building for the CSV sources that emit events as well as identity records
 * (applicants, payroll, shipments, MDM). Column matching itself lives in csv-columns.ts.
 */

/** A CSV row after column matching and validation. */
export interface CsvRow<C extends string, T> {
  /** The validated (and transformed) canonical values. */
  data: T;
  /** The canonical values as written (trimmed, non-empty). */
  row: Partial<Record<C, string>>;
  /** Extra columns, sensitive ones already fingerprinted. */
  attributes: Record<string, string>;
}

const isCsvRecord = (record: unknown): record is Record<string, string> =>
  record !== null &&
  typeof record === 'object' &&
  !Array.isArray(record) &&
  Object.values(record).every((value) => typeof value === 'string');

/**
 * Splits a CSV row into canonical columns and validates them. Header conflicts on a `sensitive` column
 * are reported without their values: csv-columns quotes both values, and a quarantine reason is stored.
 */
export function parseCsvRow<C extends string, S extends z.ZodType>(
  columns: ColumnSet<C>,
  schema: S,
  record: unknown,
  fingerprintKey: string,
  sensitive: readonly C[] = [],
): ParseResult<CsvRow<C, z.output<S>>> {
  if (!isCsvRecord(record)) return { ok: false, issues: ['(root): expected a CSV row (header cell → text)'] };
  const { row, attributes, conflicts } = columns.split(record, fingerprintKey);
  if (conflicts.length > 0) {
    return {
      ok: false,
      issues: conflicts.map((conflict) =>
        sensitive.some((column) => conflict.startsWith(`${column}:`)) ? conflict.replace(/ disagree \(.*$/s, ' disagree (values not shown)') : conflict,
      ),
    };
  }
  const parsed = schema.safeParse(row);
  if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
  return { ok: true, value: { data: parsed.data, row, attributes } };
}

/** A CSV date or date-time: see parseTimestamp; a bare date is allowed. */
export function parseCsvTimestamp(value: string): string | undefined {
  return parseTimestamp(value, { dateOnly: true });
}

/** The message for a value parseCsvTimestamp rejects: it lists what is accepted. */
export const TIMESTAMP_FORMATS = 'expected a date like 2026-01-31, 2026-01-31T14:05:00Z, 2026-01-31 14:05:00 or 01/31/2026 2:05 PM';

/** A date or date-time column, normalized to an ISO 8601 UTC timestamp (no zone = UTC). */
export const csvTimestamp = z.string().transform((value, ctx) => {
  const iso = parseCsvTimestamp(value);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: TIMESTAMP_FORMATS });
    return z.NEVER;
  }
  return iso;
});

/** A column a row cannot do without (split drops blank cells, so absent and blank are one case). */
export const requiredText = z.string({ error: 'required' });

/** An IPv4 or IPv6 address. */
export const ipAddress = z.string().refine((value) => isIP(value) !== 0, 'expected an IPv4 or IPv6 address');

/** A hardware serial number, upper-cased: shipping and MDM exports of one laptop must compare equal. */
export const deviceSerial = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-_./]*$/, 'expected a serial number (letters, digits, - _ . /)')
  .transform((value) => value.toUpperCase());

/** Sets the non-empty values of `values` on `attributes` (which keeps extra columns) and returns it. */
export function withAttributes(attributes: Record<string, string>, values: Record<string, string | undefined>): Record<string, string> {
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') attributes[key] = value;
  return attributes;
}

/** A postal address of the given role, or undefined when no part of it is known. */
export function postalAddress(role: PostalAddress['role'], parts: Omit<PostalAddress, 'role'>): PostalAddress | undefined {
  const known = Object.entries(parts).filter(([, value]) => value !== undefined && value !== '');
  return known.length === 0 ? undefined : { role, ...Object.fromEntries(known) };
}

/** What a CSV source knows about one identity record. */
export interface CsvIdentityInput {
  kind: IdentityKind;
  system: string;
  sourceId: string;
  rawRef: RawRef;
  name?: string | undefined;
  employeeId?: string | undefined;
  applicantId?: string | undefined;
  corporateEmails?: string[];
  identifiers?: Partial<IdentityRecord['identifiers']>;
  attributes: Record<string, string>;
}

/** Builds an identity record with every identifier list present (possibly empty) and no undefined keys. */
export function csvIdentity(input: CsvIdentityInput): IdentityRecord {
  const ids = input.identifiers ?? {};
  return {
    id: identityRecordId(input.kind, input.system, input.sourceId),
    kind: input.kind,
    system: input.system,
    source_id: input.sourceId,
    ...(input.name ? { name: input.name } : {}),
    ...(input.employeeId ? { employee_id: input.employeeId } : {}),
    ...(input.applicantId ? { applicant_id: input.applicantId } : {}),
    corporate_emails: input.corporateEmails ?? [],
    identifiers: {
      emails: [...new Set(ids.emails ?? [])],
      phones: ids.phones ?? [],
      addresses: ids.addresses ?? [],
      payout_accounts: ids.payout_accounts ?? [],
      device_serials: ids.device_serials ?? [],
      keys: ids.keys ?? [],
    },
    attributes: input.attributes,
    raw_ref: input.rawRef,
  };
}

/** The `event` and `molehunt` blocks of an event a CSV row produces. */
export interface CsvEventInput {
  /** Unique within the dataset and stable across re-ingests: events are keyed by dataset + id. */
  id: string;
  dataset: string;
  action: string;
  timestamp: string;
  rawRef: RawRef;
  identityId: string;
  kind?: 'event' | 'state';
  category?: string[];
  type?: string[];
}

/** Builds the common part of an event from a CSV row; the source adds its ECS fields. */
export function csvEvent(input: CsvEventInput): Event {
  return {
    '@timestamp': input.timestamp,
    event: {
      id: input.id,
      dataset: input.dataset,
      action: input.action,
      kind: input.kind ?? 'event',
      category: input.category ?? [],
      type: input.type ?? ['info'],
      outcome: 'unknown',
    },
    molehunt: { raw_ref: input.rawRef, identity_id: input.identityId },
  };
}
