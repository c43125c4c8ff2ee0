import { createRequire } from 'node:module';
import { countryCode } from '../model/country-codes.js';
import type { IdentityRecord } from '../model/identity-record.js';

type CountriesAndTimezones = { getCountry(code: string): { timezones: string[] } | null; getTimezone(name: string): { utcOffset: number } | null };
const ct = createRequire(import.meta.url)('countries-and-timezones') as CountriesAndTimezones;

/** A subject's claimed time zone and where the claim comes from. */
export interface ClaimedZone {
  zone?: string;
  basis: string;
}

/** US states and territories by USPS code: the zone most of the state keeps (split states take the larger part). */
const US_STATES: Record<string, string> = {
  AL: 'America/Chicago', AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: 'America/Chicago', CA: 'America/Los_Angeles',
  CO: 'America/Denver', CT: 'America/New_York', DE: 'America/New_York', DC: 'America/New_York', FL: 'America/New_York',
  GA: 'America/New_York', HI: 'Pacific/Honolulu', ID: 'America/Boise', IL: 'America/Chicago', IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago', KS: 'America/Chicago', KY: 'America/New_York', LA: 'America/Chicago', ME: 'America/New_York',
  MD: 'America/New_York', MA: 'America/New_York', MI: 'America/Detroit', MN: 'America/Chicago', MS: 'America/Chicago',
  MO: 'America/Chicago', MT: 'America/Denver', NE: 'America/Chicago', NV: 'America/Los_Angeles', NH: 'America/New_York',
  NJ: 'America/New_York', NM: 'America/Denver', NY: 'America/New_York', NC: 'America/New_York', ND: 'America/Chicago',
  OH: 'America/New_York', OK: 'America/Chicago', OR: 'America/Los_Angeles', PA: 'America/New_York', RI: 'America/New_York',
  SC: 'America/New_York', SD: 'America/Chicago', TN: 'America/Chicago', TX: 'America/Chicago', UT: 'America/Denver',
  VT: 'America/New_York', VA: 'America/New_York', WA: 'America/Los_Angeles', WV: 'America/New_York', WI: 'America/Chicago',
  WY: 'America/Denver', PR: 'America/Puerto_Rico', GU: 'Pacific/Guam',
};

/** True when the runtime knows the zone (IANA name). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The time zone a person claims: the HR `timezone` field when it is a real zone, else the home
 * address — a US state, or a country whose zones all keep one offset. A country spanning several
 * offsets without a known region gives no zone rather than a guess.
 */
export function claimedZone(records: readonly IdentityRecord[]): ClaimedZone {
  for (const record of records.filter((r) => r.kind === 'hr.employee')) {
    const zone = record.attributes.timezone;
    if (zone && isKnownZone(zone)) return { zone, basis: `HR timezone of ${record.source_id}` };
  }
  const home = records.flatMap((r) => r.identifiers.addresses).find((a) => a.role === 'home' && a.country);
  if (!home) return { basis: 'no HR timezone and no home country' };
  const country = countryCode(home.country);
  if (!country) return { basis: `home country "${home.country}" is not a known country` };
  if (country === 'US' && home.region && US_STATES[home.region.trim().toUpperCase()]) {
    return { zone: US_STATES[home.region.trim().toUpperCase()]!, basis: `home state ${home.region.trim().toUpperCase()}` };
  }
  const zones = ct.getCountry(country)?.timezones ?? [];
  const offsets = new Set(zones.map((z) => ct.getTimezone(z)?.utcOffset));
  if (zones.length > 0 && offsets.size === 1) return { zone: zones[0]!, basis: `home country ${country}` };
  return { basis: `home country ${country} spans several time zones and the home region does not say which` };
}
