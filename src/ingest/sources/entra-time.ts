import { z } from 'zod';

/** Time parsing for Entra sign-in records: Graph writes ISO 8601, diagnostic exports also US-style times. */

const TIME_FORMATS = 'an ISO 8601 date-time or M/d/yyyy h:mm:ss [AM|PM] [±hh:mm]';

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/i;
const US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?: ?([AP]M))?(?: ?(Z|[+-]\d{2}:?\d{2}))?$/i;

function offsetMinutes(offset: string | undefined): number | undefined {
  if (!offset || offset.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

interface TimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: string;
  offset: string | undefined;
}

function timeParts(value: string): TimeParts | undefined {
  const iso = ISO_TIME.exec(value);
  const us = iso ? null : US_TIME.exec(value);
  const match = iso ?? us;
  if (!match) return undefined;
  const num = (i: number): number => Number(match[i]);
  // The US form puts the month first and may use a 12-hour clock.
  const [year, month, day] = iso ? [num(1), num(2), num(3)] : [num(3), num(1), num(2)];
  let hour = num(4);
  const meridiem = us?.[8]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const offset = iso ? iso[8] : us?.[9];
  return { year, month, day, hour, minute: num(5), second: num(6), fraction: match[7] ?? '', offset };
}

/**
 * Parses the time formats Entra and Azure Monitor write to an ISO UTC string with millisecond
 * precision. A time without an offset is UTC (Azure writes UTC). Extra fraction digits are cut,
 * not rounded, as Elastic's pipeline does, so both agree on the millisecond.
 */
export function entraTimeToIso(text: string): string | undefined {
  const parts = timeParts(text.trim());
  if (!parts) return undefined;
  const { year, month, day, hour, minute, second } = parts;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapDay = month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || leapDay || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const offset = offsetMinutes(parts.offset);
  if (offset === undefined) return undefined;
  const millis = Number(parts.fraction.padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC maps years 0–99 onto 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const utc = new Date(date.getTime() - offset * 60_000);
  const result = utc.toISOString();
  return /^\d{4}-/.test(result) ? result : undefined;
}

/** A zod field for Entra's time formats, normalized to an ISO UTC string. */
export const EntraDateTime = z.string().transform((value, ctx) => {
  const iso = entraTimeToIso(value);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected ${TIME_FORMATS}`, input: value });
    return z.NEVER;
  }
  return iso;
});
