import atsApplicants from '../ingest/sources/ats-applicants-csv.source.js';
import { sha256 } from '../ingest/hash.js';
import type { RawItem } from '../ingest/readers/raw-item.js';
import type { IdentityRecord } from '../model/identity-record.js';

/**
 * Applicants to screen, read exactly as ingest reads an ATS export (the ats.applicants-csv source
 * normalizes each row into an identity record), from CSV rows or from JSON objects that use the
 * same canonical field names (docs/sources/csv-imports.md).
 */

/** What was read: the applicants, and one `where: problem` per record that could not be. */
export interface ApplicantsRead {
  records: IdentityRecord[];
  problems: string[];
}

/** True when CSV header cells look like an applicant export (the ATS source would take the file). */
export function isApplicantHeader(header: readonly string[]): boolean {
  return atsApplicants.sniff(header) > 0;
}

/** The ATS source's answer for one record. */
function normalize(record: Record<string, string>, where: string, rawRef: IdentityRecord['raw_ref'], fingerprintKey: string, out: ApplicantsRead): void {
  const result = atsApplicants.normalize(record, { rawRef, fingerprintKey });
  if (!result.ok) out.problems.push(`${where}: ${result.issues.join('; ')}`);
  else out.records.push(...result.value.identities);
}

/** Reads CSV items (from readCsv) of an applicant export. */
export async function csvApplicants(items: AsyncIterable<RawItem>, file: string, fingerprintKey: string): Promise<ApplicantsRead> {
  const out: ApplicantsRead = { records: [], problems: [] };
  for await (const item of items) {
    const where = `${file}:${item.location.line}`;
    if (item.kind === 'malformed') out.problems.push(`${where}: ${item.reason}`);
    else normalize(item.value as Record<string, string>, where, { file, line: item.location.line, sha256: sha256(item.text) }, fingerprintKey, out);
  }
  return out;
}

/** One JSON applicant as the CSV row it stands for: arrays become comma lists, numbers text; nested objects are an error. */
function asRow(value: Record<string, unknown>): Record<string, string> | string {
  const row: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) row[key] = v.join(',');
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') row[key] = String(v);
    else return `${key}: expected text, a number or a list of them, got ${Array.isArray(v) ? 'a list of objects' : 'an object'}`;
  }
  return row;
}

/** Reads a JSON applicant (an object) or several (an array, or `{"applicants": [...]}`). */
export function jsonApplicants(value: unknown, file: string, fingerprintKey: string): ApplicantsRead {
  const out: ApplicantsRead = { records: [], problems: [] };
  const wrapped = value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { applicants?: unknown }).applicants);
  const list: unknown[] = Array.isArray(value) ? value : wrapped ? (value as { applicants: unknown[] }).applicants : [value];
  list.forEach((item, index) => {
    const where = list.length === 1 && !Array.isArray(value) && !wrapped ? file : `${file}#${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      out.problems.push(`${where}: expected an applicant object with canonical fields (applicant_id, full_name, email, phone, …)`);
      return;
    }
    const row = asRow(item as Record<string, unknown>);
    if (typeof row === 'string') out.problems.push(`${where}: ${row}`);
    else normalize(row, where, { file, ...(where === file ? {} : { index }), sha256: sha256(JSON.stringify(item)) }, fingerprintKey, out);
  });
  return out;
}
