import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { IdentityRecord } from '../../model/identity-record.js';
import { employee } from '../../test-support/factories.js';
import { NO_IMPORTS } from '../define-enricher.js';
import { claimedCountry, normalizePhone } from '../phone.js';
import enricher from './phone-number.enricher.js';

/** libphonenumber's own example mobile for GB (a documented example number, not a subscriber's). */
const GB_MOBILE = getExampleNumber('GB', examples)!.number;
/** A number in Ofcom's 056 range, which the UK plan allocates to VoIP (synthetic digits). */
const GB_VOIP = '+44 56 1234 5678';
/** 555-01xx is the fictional US range (NANPA). */
const US_FICTIONAL = '+1 202 555 0123';

function person(phones: string[], home?: string): IdentityRecord {
  const record = employee('E100', 'pat.doe@example.com', 'Pat Doe');
  return {
    ...record,
    identifiers: { ...record.identifiers, phones, addresses: home ? [{ role: 'home', city: 'Somewhere', country: home }] : [] },
  };
}

describe('phone.number enricher', () => {
  const enrich = enricher.prepare({ corporateCidrs: [], corporateNetworks: 'auto', imports: NO_IMPORTS });

  test('a UK 056 number is VoIP in the GB plan', () => {
    const [intel] = enrich(person([GB_VOIP]))!;
    assert.equal(intel?.e164, '+445612345678');
    assert.equal(intel?.valid, true);
    assert.equal(intel?.type, 'VOIP');
    assert.equal(intel?.region, 'GB');
    assert.match(intel!.basis, /\+44 56 numbers are VOIP in the GB numbering plan/);
  });

  test('a US number is FIXED_LINE_OR_MOBILE and the basis says NANP cannot tell VoIP apart', () => {
    const [intel] = enrich(person([US_FICTIONAL], 'United States'))!;
    assert.deepEqual(
      { ...intel, basis: undefined },
      { raw: US_FICTIONAL, e164: '+12025550123', valid: true, type: 'FIXED_LINE_OR_MOBILE', region: 'US', claimed_country: 'US', region_matches_claim: true, basis: undefined },
    );
    assert.match(intel!.basis, /NANP \(US\).*do not tell mobile, landline or VoIP apart/);
    assert.doesNotMatch(intel!.basis, /numbers are VOIP/);
    assert.match(intel!.basis, /matches the claimed home country/);
  });

  test('invalid numbers are valid: false, with no type or region', () => {
    const [tooShort, drama, garbage] = enrich(person(['+44 1234', '+44 7700 900123', 'call me maybe'], 'GB'))!;
    assert.equal(tooShort?.valid, false);
    assert.equal(tooShort?.e164, '+441234');
    assert.equal(tooShort?.type, undefined);
    assert.equal(tooShort?.region, undefined);
    assert.equal(tooShort?.region_matches_claim, undefined);
    assert.match(tooShort!.basis, /not a valid number/);
    // Ofcom keeps 07700 900xxx for drama; libphonenumber rightly does not treat it as a real mobile.
    assert.equal(drama?.valid, false);
    assert.equal(garbage?.valid, false);
    assert.equal(garbage?.e164, undefined);
    assert.match(garbage!.basis, /not a phone number/);
  });

  test('a UK mobile on a record whose home is in the US does not match the claim; on a UK home it does', () => {
    const [abroad] = enrich(person([GB_MOBILE], 'USA'))!;
    assert.equal(abroad?.type, 'MOBILE');
    assert.equal(abroad?.region, 'GB');
    assert.equal(abroad?.claimed_country, 'US');
    assert.equal(abroad?.region_matches_claim, false);
    assert.match(abroad!.basis, /region GB differs from the claimed home country US/);
    const [home] = enrich(person([GB_MOBILE], 'United Kingdom'))!;
    assert.equal(home?.claimed_country, 'GB');
    assert.equal(home?.region_matches_claim, true);
  });

  test('a national-format number is read in the claimed home country', () => {
    const [us] = enrich(person(['(202) 555-0123'], 'US'))!;
    assert.equal(us?.e164, '+12025550123');
    assert.equal(us?.region_matches_claim, true);
    const [gb] = enrich(person(['056 1234 5678'], 'GB'))!;
    assert.equal(gb?.e164, '+445612345678');
    assert.equal(gb?.type, 'VOIP');
    const [unknown] = enrich(person(['(202) 555-0123']))!;
    assert.equal(unknown?.valid, false);
    assert.equal(unknown?.claimed_country, undefined);
    assert.match(unknown!.basis, /no claimed home country/);
  });

  test('only the home address is a claim of residence', () => {
    const record = person([GB_MOBILE]);
    const withShipTo: IdentityRecord = {
      ...record,
      identifiers: { ...record.identifiers, addresses: [{ role: 'ship_to', country: 'US' }, { role: 'home', country: 'Deutschland' }, { role: 'home', country: 'Germany' }] },
    };
    assert.equal(claimedCountry(withShipTo), 'DE');
    assert.equal(enrich(withShipTo)?.[0]?.region_matches_claim, false);
  });

  test('one entry per phone in order; a record without phones gives []', () => {
    const out = enrich(person([US_FICTIONAL, GB_VOIP, '+1 800 555 0199'], 'US'))!;
    assert.deepEqual(out.map((p) => p.type), ['FIXED_LINE_OR_MOBILE', 'VOIP', 'TOLL_FREE']);
    assert.deepEqual(enrich(person([], 'US')), []);
  });

  test('normalizePhone gives one key for two spellings', () => {
    assert.equal(normalizePhone('(202) 555-0123', 'US'), normalizePhone('+1 202-555-0123'));
    assert.equal(normalizePhone('not a number'), undefined);
  });

  test('the record is not modified', () => {
    const record = person([GB_VOIP, '0044 56 1234 5678'], 'GB');
    const before = JSON.stringify(record);
    enrich(record);
    assert.equal(JSON.stringify(record), before);
  });
});
