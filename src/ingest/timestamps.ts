/**
 * One date-time parser for every source that writes times as text: ISO 8601 (`T` or a space,
 * 0–9 fraction digits, `Z`/`UTC`/`GMT`/±hh[:mm]) and the US month-first form (`1/31/2026 2:05[:00] PM`)
 * that Azure exports and HR/MDM spreadsheets write. A value without a zone is UTC. Extra fraction
 * digits are cut, not rounded (as Elastic's pipelines do, so both agree on the millisecond).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([AP]M)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  // Real offsets run from -12:00 to +14:00.
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Parses a date-time (or, with `dateOnly`, also a bare date) to an ISO UTC string; undefined when it is not one. */
export function parseTimestamp(value: string, options: { dateOnly?: boolean } = {}): string | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  const us = iso ? null : US.exec(text);
  const m = iso ?? us;
  if (!m) return undefined;
  const [year, month, day] = iso ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[1]), Number(m[2])];
  if (m[4] === undefined && !options.dateOnly) return undefined;
  let hour = Number(m[4] ?? 0);
  const meridiem = us?.[8];
  if (meridiem) {
    // A 12-hour clock has no hour 0 or 13: such a value is a typo, not a time.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = offsetMinutes(iso ? m[8] : us?.[9]);
  const days = month === 2 ? (isLeap(year) ? 29 : 28) : new Date(Date.UTC(2001, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59 || offset === undefined) return undefined;
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC maps years 0–99 onto 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const result = new Date(date.getTime() - offset * 60_000).toISOString();
  return /^\d{4}-/.test(result) ? result : undefined;
}
