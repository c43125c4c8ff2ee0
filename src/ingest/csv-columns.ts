import { z } from 'zod';
import { redactValue } from './hash.js';
import { normalizeHeader } from './readers/csv-reader.js';

/** Extra columns whose values are sensitive: kept only as keyed fingerprint + last 4. */
export const SENSITIVE_HEADER = /ssn|social.?security|national.?id|tax.?id|passport|iban|bank.?account|account.?(number|no)|routing|sort.?code|card.?number/i;

/** A CSV row split into canonical columns (non-empty, trimmed), extra attributes, and header conflicts. */
export interface SplitRow<C extends string> {
  row: Partial<Record<C, string>>;
  attributes: Record<string, string>;
  /** `column: columns "a" and "b" disagree (…)` for every canonical field two headers fill differently. */
  conflicts: string[];
}

/** The columns of one CSV format: canonical names plus the header spellings of common vendor exports. */
export interface ColumnSet<C extends string> {
  canonical: readonly C[];
  /** Maps a header cell to its canonical column, ignoring case, spaces, underscores, hyphens and dots. */
  columnOf(header: string): C | undefined;
  /** How many of `wanted` the header cells cover. */
  covers(headers: readonly unknown[], wanted: readonly C[]): number;
  /** Splits a row; sensitive extra columns become `fp:<hmac> last4:NNNN`. */
  split(record: Record<string, string>, fingerprintKey: string): SplitRow<C>;
  /**
   * The row as it may be stored (evidence, quarantine): values of sensitive canonical columns and of
   * extra columns with sensitive-looking headers replaced by `fp:<hmac> last4:NNNN`.
   */
  redact(record: unknown, fingerprintKey: string): unknown;
}

/**
 * Declares a CSV format's columns and aliases (alias keys are written as normalizeHeader produces them).
 * `sensitive` names canonical columns whose values must never be stored in clear.
 */
export function defineColumns<C extends string>(
  canonical: readonly C[],
  aliases: Record<string, C>,
  options: { sensitive?: readonly C[] } = {},
): ColumnSet<C> {
  const byHeader = new Map<string, C>([...canonical.map((c) => [normalizeHeader(c), c] as const), ...Object.entries(aliases)]);
  const columnOf = (header: string) => byHeader.get(normalizeHeader(header));
  const sensitive = new Set<C>(options.sensitive ?? []);
  const isSensitive = (header: string): boolean => {
    const column = columnOf(header);
    return column ? sensitive.has(column) : SENSITIVE_HEADER.test(header);
  };
  return {
    redact(record, fingerprintKey) {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
      const out: Record<string, unknown> = {};
      for (const [header, value] of Object.entries(record as Record<string, unknown>)) {
        out[header] = typeof value === 'string' && value.trim() !== '' && isSensitive(header) ? redactValue(value.trim(), fingerprintKey) : value;
      }
      return out;
    },
    canonical,
    columnOf,
    covers: (headers, wanted) => {
      const present = new Set(headers.map((h) => columnOf(String(h))));
      return wanted.filter((c) => present.has(c)).length;
    },
    split(record, fingerprintKey) {
      const row: Partial<Record<C, string>> = {};
      const from: Partial<Record<C, string>> = {};
      const attributes: Record<string, string> = {};
      const conflicts: string[] = [];
      for (const [header, raw] of Object.entries(record)) {
        const value = raw.trim();
        if (value === '') continue;
        const column = columnOf(header);
        if (!column) {
          attributes[header] = SENSITIVE_HEADER.test(header) ? redactValue(value, fingerprintKey) : value;
          continue;
        }
        // Two headers for one field (e.g. `email` and `Work Email`): an empty one never erases the other,
        // and two different values are a problem to fix, not a guess to make.
        const existing = row[column];
        if (existing !== undefined && existing !== value) {
          conflicts.push(`${column}: columns "${from[column]}" and "${header}" disagree ("${existing}" vs "${value}")`);
        }
        if (existing === undefined) {
          row[column] = value;
          from[column] = header;
        }
      }
      return { row, attributes, conflicts };
    },
  };
}

/** A field that may be absent or blank. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** An e-mail address, lower-cased. */
export const email = z.email().transform((v) => v.toLowerCase());

/** A calendar date (`2026-01-31`, or an ISO date-time): shape alone would accept 2024-13-45. */
export const calendarDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}, 'expected a calendar date like 2026-01-31');
