import { z } from 'zod';
import { identityRecordId, type PostalAddress } from '../../model/identity-record.js';
import { flattenIssues } from '../../model/parse-result.js';
import { defineSource } from '../define-source.js';
import { calendarDate, defineColumns, email, optional } from '../csv-columns.js';

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

const columns = defineColumns(HR_COLUMNS, ALIASES);

const HrRow = z
  .object({
    employee_id: optional(z.string()),
    full_name: z.string().trim().min(1, 'required'),
    email: optional(email),
    personal_email: optional(email),
    phone: optional(z.string()),
    start_date: optional(calendarDate),
    end_date: optional(calendarDate),
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
  return columns.columnOf(header);
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
  example: 'employee_id,full_name,email,start_date,home_city,home_country,work_arrangement,timezone',
  sniff(first) {
    if (!Array.isArray(first)) return 0;
    if (columns.covers(first, ['employee_id']) === 0 || columns.covers(first, ['full_name', 'email']) === 0) return 0;
    return columns.covers(first, ['start_date', 'department', 'job_title']) > 0 ? 0.95 : 0.7;
  },
  redact: (record, fingerprintKey) => columns.redact(record, fingerprintKey),
  normalize(record, ctx) {
    const { row, attributes, conflicts } = columns.split(record as Record<string, string>, ctx.fingerprintKey);
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
