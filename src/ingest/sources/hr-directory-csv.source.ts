import { z } from 'zod';
import { identityRecordId, type PostalAddress } from '../../model/identity-record.js';
import { flattenIssues } from '../../model/parse-result.js';
import { defineSource } from '../define-source.js';
import { keyedFingerprint, lastFour } from '../hash.js';
import { normalizeHeader } from '../readers/csv-reader.js';

/** The canonical HR directory columns (docs/formats.md). */
export const HR_COLUMNS = [
  'employee_id',
  'full_name',
  'email',
  'personal_email',
  'phone',
  'job_title',
  'department',
  'employment_type',
  'start_date',
  'end_date',
  'home_address',
  'home_city',
  'home_region',
  'home_postal_code',
  'home_country',
  'work_arrangement',
  'timezone',
  'manager_email',
  'referred_by',
] as const;
type HrColumn = (typeof HR_COLUMNS)[number];

/** Header spellings of common HR exports, compared after normalizeHeader. */
const ALIASES: Record<string, HrColumn> = {
  employeenumber: 'employee_id',
  employeeno: 'employee_id',
  workerid: 'employee_id',
  name: 'full_name',
  displayname: 'full_name',
  legalname: 'full_name',
  workemail: 'email',
  emailaddress: 'email',
  homeemail: 'personal_email',
  mobilephone: 'phone',
  phonenumber: 'phone',
  title: 'job_title',
  hiredate: 'start_date',
  terminationdate: 'end_date',
  homezip: 'home_postal_code',
  homezipcode: 'home_postal_code',
  homestate: 'home_region',
  location: 'work_arrangement',
  manageremail: 'manager_email',
};

/** Extra columns whose values are sensitive: kept only as keyed fingerprint + last 4. */
const SENSITIVE = /ssn|social.?security|national.?id|tax.?id|passport|iban|bank|account.?(number|no)|routing|sort.?code/i;

const CANONICAL = new Map<string, HrColumn>([
  ...HR_COLUMNS.map((c) => [normalizeHeader(c), c] as const),
  ...Object.entries(ALIASES),
]);

const email = z.email().transform((v) => v.toLowerCase());
/** A calendar date (`2026-01-31`, or an ISO date-time): shape alone would accept 2024-13-45. */
const date = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}, 'expected a calendar date like 2026-01-31');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const HrRow = z
  .object({
    employee_id: optional(z.string()),
    full_name: z.string().trim().min(1, 'required'),
    email: optional(email),
    personal_email: optional(email),
    phone: optional(z.string()),
    start_date: optional(date),
    end_date: optional(date),
    home_address: optional(z.string()),
    home_city: optional(z.string()),
    home_region: optional(z.string()),
    home_postal_code: optional(z.string()),
    home_country: optional(z.string()),
  })
  .loose()
  .refine((row) => row.employee_id || row.email, { message: 'a row needs employee_id or email', path: ['employee_id'] });

/** Maps a header cell to its canonical column, or undefined for an extra column. */
export function canonicalColumn(header: string): HrColumn | undefined {
  return CANONICAL.get(normalizeHeader(header));
}

/** HR directory CSV with the canonical columns of docs/formats.md (header aliases accepted). */
export default defineSource({
  id: 'hr.directory-csv',
  title: 'HR directory CSV',
  description:
    'One row per employee from an HR system export. Canonical columns are listed in docs/formats.md; ' +
    'header matching ignores case, spaces and underscores, extra columns are kept as attributes.',
  dataset: 'hr.directory',
  framings: ['csv'],
  expects: `a CSV header with employee_id and full_name or email (columns: ${HR_COLUMNS.join(', ')})`,
  sniff(first) {
    if (!Array.isArray(first)) return 0;
    const columns = new Set(first.map((cell) => canonicalColumn(String(cell))));
    if (!columns.has('employee_id') || !(columns.has('full_name') || columns.has('email'))) return 0;
    return columns.has('start_date') || columns.has('department') || columns.has('job_title') ? 0.95 : 0.7;
  },
  normalize(record, ctx) {
    const input = record as Record<string, string>;
    const row: Record<string, string> = {};
    const from: Record<string, string> = {};
    const conflicts: string[] = [];
    const attributes: Record<string, string> = {};
    for (const [header, value] of Object.entries(input)) {
      const column = canonicalColumn(header);
      if (column) {
        // Two headers for one field (e.g. `email` and `Work Email`): an empty one never erases the other,
        // and two different values are a problem to fix, not a guess to make.
        const trimmed = value.trim();
        if (trimmed === '') continue;
        if (row[column] !== undefined && row[column] !== trimmed) {
          conflicts.push(`${column}: columns "${from[column]}" and "${header}" disagree ("${row[column]}" vs "${trimmed}")`);
        }
        row[column] ??= trimmed;
        from[column] ??= header;
      } else if (value.trim() === '') continue;
      else if (SENSITIVE.test(header)) {
        attributes[header] = `fp:${keyedFingerprint(value, ctx.fingerprintKey)} last4:${lastFour(value)}`;
      } else attributes[header] = value;
    }
    if (conflicts.length > 0) return { ok: false, issues: conflicts };
    const parsed = HrRow.safeParse(row);
    if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
    const hr = parsed.data;
    const sourceId = hr.employee_id ?? hr.email!;
    for (const key of ['job_title', 'department', 'employment_type', 'work_arrangement', 'timezone', 'manager_email', 'referred_by', 'start_date', 'end_date'] as const) {
      const value = row[key];
      if (value) attributes[key] = value;
    }
    const home: PostalAddress = {
      role: 'home',
      ...(hr.home_address ? { line: hr.home_address } : {}),
      ...(hr.home_city ? { city: hr.home_city } : {}),
      ...(hr.home_region ? { region: hr.home_region } : {}),
      ...(hr.home_postal_code ? { postal_code: hr.home_postal_code } : {}),
      ...(hr.home_country ? { country: hr.home_country } : {}),
    };
    const emails = [hr.email, hr.personal_email].filter((e): e is string => !!e);
    return {
      ok: true,
      value: {
        events: [],
        identities: [
          {
            id: identityRecordId('hr.employee', 'hr-csv', sourceId),
            kind: 'hr.employee',
            system: 'hr-csv',
            source_id: sourceId,
            name: hr.full_name,
            ...(hr.employee_id ? { employee_id: hr.employee_id } : {}),
            corporate_emails: hr.email ? [hr.email] : [],
            identifiers: {
              emails,
              phones: hr.phone ? [hr.phone] : [],
              addresses: Object.keys(home).length > 1 ? [home] : [],
              payout_accounts: [],
              device_serials: [],
              keys: [],
            },
            attributes,
            raw_ref: ctx.rawRef,
          },
        ],
      },
    };
  },
});
