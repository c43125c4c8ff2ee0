import { z } from 'zod';
import { parseTimestamp } from '../timestamps.js';

/** Time parsing for Entra sign-in records: Graph writes ISO 8601, diagnostic exports also US-style times. */

const TIME_FORMATS = 'an ISO 8601 date-time or M/d/yyyy h:mm:ss [AM|PM] [±hh:mm]';

/** Parses an Entra or Azure Monitor time (a clock time is required) to an ISO UTC string. */
export function entraTimeToIso(text: string): string | undefined {
  return parseTimestamp(text);
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
