import type { PostalAddress } from '../model/identity-record.js';
import { countryCode } from '../model/country-codes.js';

/** The tail of a US, Canadian or UK address: region and postal code, and the country they imply. */
const TAILS: readonly { country: string; pattern: RegExp }[] = [
  // "TN 37201", "Tennessee 37201-1234"
  { country: 'US', pattern: /^(?<region>[A-Za-z][A-Za-z .]*?)\s+(?<postal>\d{5}(?:-?\d{4})?)$/ },
  // "QC H2X 1Y4"
  { country: 'CA', pattern: /^(?<region>[A-Za-z][A-Za-z .]*?)\s+(?<postal>[A-Za-z]\d[A-Za-z]\s*\d[A-Za-z]\d)$/ },
  // "SW1A 1AA", "London SW1A 1AA" (the town before the postcode)
  { country: 'GB', pattern: /^(?<city>[A-Za-z][A-Za-z .'-]*?\s+)?(?<postal>[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})$/ },
];

/**
 * Splits a single-line address ("1200 Example Pike, Nashville, TN 37201") into fields, for imported
 * lists and one-off probes that have no separate columns. Best effort, US/CA/UK only: it returns
 * undefined unless the line ends in a recognisable region and postal code (optionally followed by a
 * country), so a line like "Flat 4, 12 Oak Road" is never mistaken for a street and a city.
 */
export function parseAddressLine(text: string, role: PostalAddress['role'] = 'other'): PostalAddress | undefined {
  const segments = text.split(',').map((s) => s.trim()).filter(Boolean);
  // A 2-letter last segment is more likely a state ("CA") than a country; only longer names and "UK" count.
  const last = segments[segments.length - 1] ?? '';
  const named = last.length > 2 || /^uk$/i.test(last) ? countryCode(last) : undefined;
  if (named) segments.pop();
  const tail = segments.pop();
  if (tail === undefined || segments.length === 0) return undefined;
  for (const { country, pattern } of TAILS) {
    if (named && named !== country) continue;
    const groups = pattern.exec(tail)?.groups;
    if (!groups?.postal) continue;
    let region = groups.region?.trim();
    let inlineCity = groups.city?.trim();
    // "Nashville TN 37201" without a comma: the town precedes a two-letter state or province.
    const split = region === undefined ? null : /^(.+?)\s+([A-Za-z]{2})$/.exec(region);
    if (split) [inlineCity, region] = [split[1], split[2]];
    const city = inlineCity ?? (segments.length > 1 ? segments.pop() : undefined);
    return {
      role,
      line: segments.join(', '),
      ...(city ? { city } : {}),
      ...(region ? { region } : {}),
      postal_code: groups.postal,
      country,
    };
  }
  return undefined;
}
