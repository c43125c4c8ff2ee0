import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import type { IdentityRecord } from '../model/identity-record.js';
import { countryCode } from '../model/country-codes.js';
import type { PhoneIntel } from './enrichments.js';

/**
 * The country a record claims to live in: the first `home` address whose country resolves to an
 * ISO code. Mailing and ship-to addresses are not a claim of residence (laptop farms ship elsewhere).
 */
export function claimedCountry(record: IdentityRecord): string | undefined {
  for (const address of record.identifiers.addresses) {
    if (address.role !== 'home') continue;
    const code = countryCode(address.country);
    if (code) return code;
  }
  return undefined;
}

function parse(raw: string, defaultCountry: string | undefined): PhoneNumber | undefined {
  const region = defaultCountry && isSupportedCountry(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  try {
    return parsePhoneNumberFromString(raw.trim(), region ? { defaultCountry: region } : {});
  } catch {
    // The "FromString" variant returns undefined for bad input, but its contract is loose on exotic strings.
    return undefined;
  }
}

/**
 * The matching key of a phone number: E.164 when it parses (national formats read in `defaultCountry`),
 * else undefined. Two spellings of one number give one key, so duplicates across applicants are found (A-01).
 */
export function normalizePhone(raw: string, defaultCountry?: string): string | undefined {
  return parse(raw, defaultCountry)?.number;
}

/** The leading groups of the international format, e.g. `+44 56`, naming the range that decided the type. */
function rangeLabel(phone: PhoneNumber): string {
  const groups = phone.formatInternational().split(/\s+/);
  return groups.length > 2 ? groups.slice(0, 2).join(' ') : `+${phone.countryCallingCode}`;
}

const NANP_NO_LINE_TYPE = new Set(['US', 'CA']);

/**
 * What libphonenumber's numbering-plan metadata says about one number (A-14: invalid format, or a
 * region other than the claimed home country; A-01: VoIP line type), with the reason in `basis`.
 */
export function phoneIntel(raw: string, claimed: string | undefined): PhoneIntel {
  const base: PhoneIntel = { raw, valid: false, basis: '', ...(claimed ? { claimed_country: claimed } : {}) };
  const phone = parse(raw, claimed);
  if (!phone) {
    const international = /^\s*(\+|00)/.test(raw);
    const basis =
      !international && !claimed
        ? 'libphonenumber: no country code, and no claimed home country to read it as a national number'
        : `libphonenumber: not a phone number${claimed && !international ? ` (read as a national number in ${claimed})` : ''}`;
    return { ...base, basis };
  }
  const e164 = phone.number;
  if (!phone.isValid()) {
    const plan = phone.country ? `the ${phone.country} numbering plan` : `any numbering plan of +${phone.countryCallingCode}`;
    return { ...base, e164, basis: `libphonenumber: ${e164} is not a valid number in ${plan}` };
  }
  const region = phone.country;
  let type: string | undefined = phone.getType();
  let basis: string;
  if (region && NANP_NO_LINE_TYPE.has(region)) {
    // US and Canadian numbers port freely between mobile, landline and VoIP carriers, so no range can
    // say which one a number is; only a live carrier (LRN/CNAM) lookup can, and we never make one.
    if (type === 'VOIP' || type === 'MOBILE' || type === 'FIXED_LINE') type = 'FIXED_LINE_OR_MOBILE';
    basis =
      type === 'FIXED_LINE_OR_MOBILE'
        ? `libphonenumber: NANP (${region}) numbers do not tell mobile, landline or VoIP apart, so the type is FIXED_LINE_OR_MOBILE; only a carrier lookup can show VoIP`
        : `libphonenumber: ${rangeLabel(phone)} numbers are ${type ?? 'of no known type'} in the ${region} numbering plan`;
  } else if (!region) {
    basis = `libphonenumber: ${e164} is a valid non-geographic number (+${phone.countryCallingCode})${type ? ` of type ${type}` : ''}`;
  } else {
    basis = type
      ? `libphonenumber: ${rangeLabel(phone)} numbers are ${type} in the ${region} numbering plan`
      : `libphonenumber: ${e164} is valid in the ${region} numbering plan, of no known type`;
  }
  const intel: PhoneIntel = { ...base, e164, valid: true, basis, ...(type ? { type } : {}), ...(region ? { region } : {}) };
  if (region && claimed) {
    intel.region_matches_claim = region === claimed;
    intel.basis += region === claimed ? `; region ${region} matches the claimed home country` : `; region ${region} differs from the claimed home country ${claimed}`;
  }
  return intel;
}
