import { countryCode } from '../../model/country-codes.js';

/** Small readers shared by the list parsers: countries, dates of birth, publication dates. */

/**
 * ISO code of a country as sanctions lists write it, including inverted forms ("Korea, North",
 * "Congo, Democratic Republic of the") that the general table does not know.
 */
export function listCountry(name: string | undefined): string | undefined {
  const text = name?.trim();
  if (!text) return undefined;
  const direct = countryCode(text);
  if (direct) return direct;
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma) return countryCode(`${comma[2]} ${comma[1]}`);
  return undefined;
}

const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };
const MAX_RANGE_YEARS = 12;

function yearsBetween(from: number, to: number): string[] {
  if (to < from || to - from > MAX_RANGE_YEARS) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * Dates of birth as lists write them: `08 Jan 1984`, `Jan 1984`, `1984`, `circa 1947` (±1 year),
 * `1960 to 1962`, `1984-01-08`. Returns `YYYY-MM-DD`, `YYYY-MM` or `YYYY` strings.
 */
export function parseBirthDate(text: string): string[] {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!]) return [`${m[3]}-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}`];
  m = /^([a-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!]) return [`${m[2]}-${MONTHS[m[1]!]}`];
  m = /^(?:circa|ca\.?|approximately|about) (\d{4})$/.exec(t);
  if (m) return yearsBetween(Number(m[1]) - 1, Number(m[1]) + 1);
  m = /^(\d{4})\s*(?:to|-|–)\s*(\d{4})$/.exec(t);
  if (m) return yearsBetween(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(t);
  if (m) return [m[1]!];
  return [];
}

/** A date from `MM/DD/YYYY` (OFAC's Publish_Date), or undefined. */
export function usDate(text: string | undefined): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  return m ? isoDate(Number(m[3]), Number(m[1]), Number(m[2])) : undefined;
}

/** `YYYY-MM-DD` for a valid calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** The calendar day of an ISO date-time (`2026-02-27T00:00:09Z` → `2026-02-27`), or undefined. */
export function isoDay(text: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text?.trim() ?? '');
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The latest of some ISO days, or undefined. */
export function latestDay(days: Iterable<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const day of days) if (day && (!best || day > best)) best = day;
  return best;
}

/** Appends values not already present. */
export function addUnique<T>(list: T[], ...values: (T | undefined)[]): void {
  for (const v of values) if (v !== undefined && v !== '' && !list.includes(v)) list.push(v);
}
