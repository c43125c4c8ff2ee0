import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { countryCode } from '../../model/country-codes.js';
import type { PostalAddress } from '../../model/identity-record.js';
import { defineColumns, email, optional } from '../csv-columns.js';
import { csvEvent, csvIdentity, csvTimestamp, ipAddress, parseCsvRow, postalAddress, requiredText, withAttributes } from '../csv-records.js';
import { defineSource } from '../define-source.js';

/** The canonical applicant columns (docs/sources/csv-imports.md). */
export const ATS_COLUMNS = [
  'applicant_id',
  'full_name',
  'email',
  'phone',
  'location_city',
  'location_region',
  'location_country',
  'source_channel',
  'applied_at',
  'resume_file',
  'resume_text',
  'photo_file',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'education',
  'status',
  'referred_by',
  'application_ip',
  'photo_phash',
  'accept_language',
] as const;

/**
 * Columns vendor exports split or combine differently: read to fill the canonical ones, then kept as
 * attributes. `employee_id` (a hired candidate's HR id, often a custom field) is what lets resolution
 * join the application to the employee it became.
 */
export const ATS_HELPER_COLUMNS = ['first_name', 'last_name', 'location', 'links', 'created_at', 'application_id', 'employee_id'] as const;
type AtsColumn = (typeof ATS_COLUMNS)[number] | (typeof ATS_HELPER_COLUMNS)[number];

/** Greenhouse and Lever candidate export headers, compared after normalizeHeader. */
const ALIASES: Record<string, AtsColumn> = {
  candidateid: 'applicant_id',
  applicantid: 'applicant_id',
  contactid: 'applicant_id',
  candidatenumber: 'applicant_id',
  candidatename: 'full_name',
  applicantname: 'full_name',
  name: 'full_name',
  firstname: 'first_name',
  givenname: 'first_name',
  lastname: 'last_name',
  surname: 'last_name',
  familyname: 'last_name',
  emailaddress: 'email',
  candidateemail: 'email',
  emails: 'email',
  phonenumber: 'phone',
  phones: 'phone',
  mobile: 'phone',
  mobilephone: 'phone',
  candidatephone: 'phone',
  city: 'location_city',
  state: 'location_region',
  region: 'location_region',
  province: 'location_region',
  country: 'location_country',
  source: 'source_channel',
  sources: 'source_channel',
  candidatesource: 'source_channel',
  channel: 'source_channel',
  appliedon: 'applied_at',
  appliedat: 'applied_at',
  applieddate: 'applied_at',
  dateapplied: 'applied_at',
  applicationdate: 'applied_at',
  createdat: 'created_at',
  created: 'created_at',
  createddate: 'created_at',
  resume: 'resume_file',
  resumefile: 'resume_file',
  resumeurl: 'resume_file',
  cv: 'resume_file',
  resumetext: 'resume_text',
  resumecontent: 'resume_text',
  photo: 'photo_file',
  photourl: 'photo_file',
  profilephoto: 'photo_file',
  linkedin: 'linkedin_url',
  linkedinprofile: 'linkedin_url',
  github: 'github_url',
  githubprofile: 'github_url',
  website: 'portfolio_url',
  portfolio: 'portfolio_url',
  personalwebsite: 'portfolio_url',
  school: 'education',
  schools: 'education',
  applicationstatus: 'status',
  candidatestatus: 'status',
  referredby: 'referred_by',
  referrer: 'referred_by',
  referrername: 'referred_by',
  ipaddress: 'application_ip',
  applicantip: 'application_ip',
  submissionip: 'application_ip',
  photohash: 'photo_phash',
  phash: 'photo_phash',
  perceptualhash: 'photo_phash',
  // The browser's Accept-Language header at application time (a language preference, A-07). A
  // "Languages" column lists languages a candidate speaks, which is never a signal: not an alias.
  browserlanguage: 'accept_language',
  browserlocale: 'accept_language',
  httpacceptlanguage: 'accept_language',
  opportunityid: 'application_id',
  employeenumber: 'employee_id',
  hiredemployeeid: 'employee_id',
  workerid: 'employee_id',
};

const columns = defineColumns<AtsColumn>([...ATS_COLUMNS, ...ATS_HELPER_COLUMNS], ALIASES);

/** Maps a header cell to its column (canonical or helper), or undefined for an extra column. */
export function canonicalColumn(header: string): AtsColumn | undefined {
  return columns.columnOf(header);
}

/**
 * Resume text is hashed and compared by later stages, not read whole: 100 KB holds any real resume
 * and keeps one pasted-in document from bloating every stored record.
 */
export const RESUME_TEXT_LIMIT = 100 * 1024;

const emailList = z
  .string()
  .transform((value) => value.split(/[;,\s]+/).filter((part) => part !== ''))
  .pipe(z.array(email));

const phone = z.string().refine((value) => (value.match(/\d/g)?.length ?? 0) >= 5, 'expected a phone number');

/**
 * A 64-bit perceptual hash of the candidate's photo as 16 hex digits (pHash, e.g. Python imagehash's
 * `str(phash(img))`). molehunt compares hashes and never reads images: a hash must come with the export.
 */
const photoHash = z
  .string()
  .transform((value) => value.trim().toLowerCase().replace(/^0x/, ''))
  .refine((value) => /^[0-9a-f]{16}$/.test(value), 'expected 16 hex digits (a 64-bit perceptual hash)');

const AtsRow = z
  .object({
    applicant_id: requiredText,
    full_name: optional(z.string()),
    first_name: optional(z.string()),
    last_name: optional(z.string()),
    email: optional(emailList),
    phone: optional(phone),
    applied_at: optional(csvTimestamp),
    created_at: optional(csvTimestamp),
    application_ip: optional(ipAddress),
    photo_phash: optional(photoHash),
  })
  .loose()
  .refine((row) => row.full_name || row.first_name || row.last_name, { message: 'required (or first_name and last_name)', path: ['full_name'] })
  .refine((row) => (row.email?.length ?? 0) > 0 || row.phone, { message: 'a row needs email or phone', path: ['email'] });

/** Cuts text to at most `limit` UTF-8 bytes without splitting a character. */
function capUtf8(text: string, limit: number): { text: string; bytes: number; truncated: boolean } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= limit) return { text, bytes, truncated: false };
  const cut = Buffer.from(text, 'utf8').subarray(0, limit).toString('utf8');
  // A multi-byte character cut in half decodes to U+FFFD: drop it rather than keep a broken one.
  return { text: cut.replace(/\uFFFD$/, ''), bytes, truncated: true };
}

/**
 * A single free-text location: `City, Region, Country` and `City, Country` (a full country name) are
 * split; `City, XX` is taken as city and region (US and Canadian exports); a lone country name is a
 * country. Anything else is kept whole as the city, since guessing would invent a place.
 */
export function parseLocation(text: string): Pick<PostalAddress, 'city' | 'region' | 'country'> {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const isCountryName = (part: string) => part.length > 2 && countryCode(part) !== undefined;
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 3 && countryCode(last)) return { city: parts[0]!, region: parts.slice(1, -1).join(', '), country: last };
  if (parts.length === 2 && isCountryName(last)) return { city: parts[0]!, country: last };
  if (parts.length === 2) return { city: parts[0]!, region: last };
  if (parts.length === 1 && isCountryName(last)) return { country: last };
  return { city: text.trim() };
}

/** Sorts the URLs of a combined links cell (Lever `Links`) into LinkedIn, GitHub and the first other site. */
function sortLinks(links: string | undefined): { linkedin?: string; github?: string; portfolio?: string } {
  const out: { linkedin?: string; github?: string; portfolio?: string } = {};
  for (const link of (links ?? '').split(/[\s,;]+/).filter((l) => l !== '')) {
    if (/(^|[/.])linkedin\.com/i.test(link)) out.linkedin ??= link;
    else if (/(^|[/.])github\.com/i.test(link)) out.github ??= link;
    else out.portfolio ??= link;
  }
  return out;
}

/** ATS applicant export (Greenhouse, Lever or canonical columns): one row per candidate application. */
export default defineSource({
  id: 'ats.applicants-csv',
  title: 'ATS applicants CSV',
  description:
    'One row per candidate application from an applicant tracking system export (Greenhouse, Lever or the canonical ' +
    'columns of docs/sources/csv-imports.md): an ats.applicant identity record and an application.submitted event.',
  dataset: 'ats.applications',
  framings: ['csv'],
  expects: `a CSV header with applicant_id (or Candidate ID) and full_name or email (columns: ${ATS_COLUMNS.join(', ')})`,
  example: 'applicant_id,full_name,email,phone,location_country,source_channel,applied_at,linkedin_url,application_ip',
  sniff(first) {
    if (!Array.isArray(first)) return 0;
    if (columns.covers(first, ['applicant_id']) === 0) return 0;
    if (columns.covers(first, ['full_name', 'first_name', 'email']) === 0) return 0;
    const supporting = columns.covers(first, ['applied_at', 'created_at', 'resume_file', 'resume_text', 'source_channel', 'linkedin_url', 'status', 'application_ip']);
    // Above the HR directory's 0.95: a hires export may carry employee_id and a start date as well.
    return supporting > 0 ? 0.97 : 0.9;
  },
  redact: (record, fingerprintKey) => columns.redact(record, fingerprintKey),
  normalize(record, ctx) {
    const parsed = parseCsvRow(columns, AtsRow, record, ctx.fingerprintKey);
    if (!parsed.ok) return parsed;
    const { data, row, attributes } = parsed.value;
    const name = data.full_name ?? [data.first_name, data.last_name].filter(Boolean).join(' ');
    const links = sortLinks(row.links);
    const explicitPlace = row.location_city || row.location_region || row.location_country;
    const place = explicitPlace || !row.location ? { city: row.location_city, region: row.location_region, country: row.location_country } : parseLocation(row.location);
    const home = postalAddress('home', place);
    const resume = row.resume_text === undefined ? undefined : capUtf8(row.resume_text, RESUME_TEXT_LIMIT);
    const appliedAt = data.applied_at ?? data.created_at;
    withAttributes(attributes, {
      linkedin_url: row.linkedin_url ?? links.linkedin,
      github_url: row.github_url ?? links.github,
      portfolio_url: row.portfolio_url ?? links.portfolio,
      source_channel: row.source_channel,
      education: row.education,
      status: row.status,
      referred_by: row.referred_by,
      resume_file: row.resume_file,
      photo_file: row.photo_file,
      resume_text: resume?.text,
      resume_text_truncated: resume?.truncated ? `cut to ${RESUME_TEXT_LIMIT} of ${resume.bytes} bytes` : undefined,
      location: row.location,
      application_id: row.application_id,
      applied_at: appliedAt,
      application_ip: data.application_ip,
      photo_phash: data.photo_phash,
      accept_language: row.accept_language,
    });
    const identity = csvIdentity({
      kind: 'ats.applicant',
      system: 'ats-csv',
      sourceId: data.applicant_id,
      rawRef: ctx.rawRef,
      name,
      applicantId: data.applicant_id,
      employeeId: row.employee_id,
      identifiers: {
        emails: data.email ?? [],
        phones: data.phone ? [data.phone] : [],
        addresses: home ? [home] : [],
      },
      attributes,
    });
    const events: Event[] = [];
    // Without a date there is nothing to put on a timeline; the candidate record still goes in.
    if (appliedAt) {
      const event = csvEvent({
        id: row.application_id ?? `${data.applicant_id}:${appliedAt}`,
        dataset: 'ats.applications',
        action: 'application.submitted',
        timestamp: appliedAt,
        rawRef: ctx.rawRef,
        identityId: identity.id,
      });
      if (data.application_ip) event.source = { ip: data.application_ip };
      events.push(event);
    }
    return { ok: true, value: { events, identities: [identity] } };
  },
});
