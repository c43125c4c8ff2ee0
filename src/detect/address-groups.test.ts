import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressKey, buildingKey } from '../enrich/address-key.js';
import type { IdentityRecord, PostalAddress } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { record } from '../test-support/factories.js';
import { comparePlaces, householdHint, namesHouse, officeMatcher, placesOf, sameTown, townOf } from './address-groups.js';
import type { RuleContext } from './define-rule.js';

const place = (address: Omit<PostalAddress, 'role'>) => {
  const a: PostalAddress = { role: 'home', ...address };
  return { key: addressKey(a), building: buildingKey(a), street: namesHouse(a), address: a };
};

// The enricher did not run: placesOf falls back to the same normalizer.
const ctx = { identityEnrichment: () => ({}) } as unknown as RuleContext;
const subject = (id: string, ...identities: IdentityRecord[]): ResolvedSubject => ({ id, display_name: id, identities, merge_reasons: [] });
const hr = (id: string, name: string, home?: Omit<PostalAddress, 'role'>) =>
  record('hr.employee', id, { name, identifiers: { addresses: home ? [{ role: 'home', ...home }] : [] } });

describe('comparePlaces', () => {
  const home = place({ line: '123 Main Street, Apt 4', city: 'Portland', region: 'OR', postal_code: '97209', country: 'US' });

  test('two spellings of one flat are the same place', () => {
    assert.equal(comparePlaces(home, place({ line: '123 MAIN ST #4', city: 'Portland', postal_code: '97209-1234', country: 'United States' })), 'same');
  });

  test('a field missing on one side does not make places different; the postal code outranks the city name', () => {
    assert.equal(comparePlaces(home, place({ line: '123 Main St Apt 4', city: 'Portland', region: 'Oregon' })), 'same');
    assert.equal(comparePlaces(home, place({ line: '123 Main St Apt 4', city: 'Pdx', postal_code: '97209', country: 'US' })), 'same');
  });

  test('the building without its flat number is the flat; another flat is only the same building', () => {
    assert.equal(comparePlaces(home, place({ line: '123 Main St', city: 'Portland', postal_code: '97209', country: 'US' })), 'same');
    assert.equal(comparePlaces(home, place({ line: '123 Main St Apt 9', city: 'Portland', postal_code: '97209', country: 'US' })), 'same-building');
  });

  test('another house, another postal code or another country is different', () => {
    assert.equal(comparePlaces(home, place({ line: '125 Main St Apt 4', city: 'Portland', postal_code: '97209', country: 'US' })), 'different');
    assert.equal(comparePlaces(home, place({ line: '123 Main St Apt 4', city: 'Portland', postal_code: '04101', country: 'US' })), 'different');
    assert.equal(comparePlaces(home, place({ line: '123 Main St Apt 4', city: 'Portland', postal_code: '97209', country: 'CA' })), 'different');
  });

  test('a town-only address never compares', () => {
    assert.equal(comparePlaces(home, place({ city: 'Portland', postal_code: '97209', country: 'US' })), 'unknown');
    assert.equal(namesHouse({ role: 'home', line: 'Main Street' }), false);
  });

  test('sameTown and townOf group by postal code or city', () => {
    const other = place({ line: '9 Elm St', city: 'Portland', postal_code: '97209', country: 'US' });
    assert.ok(sameTown(home, other));
    assert.ok(!sameTown(home, place({ line: '9 Elm St', city: 'Seattle', postal_code: '98101', country: 'US' })));
    assert.equal(townOf(other).key, townOf(place({ city: 'Portland', country: 'US' })).key);
    assert.equal(townOf(other).display, 'Portland, US');
  });
});

describe('officeMatcher', () => {
  const isOffice = officeMatcher(['500 Example Ave, Austin, TX 78701', 'US|97209||portland|1 office plz fl3']);

  test('matches any suite of an office written as an address', () => {
    assert.ok(isOffice(place({ line: '500 Example Avenue, Suite 300', city: 'Austin', region: 'TX', postal_code: '78701', country: 'US' })));
    assert.ok(!isOffice(place({ line: '502 Example Ave', city: 'Austin', region: 'TX', postal_code: '78701', country: 'US' })));
  });

  test('matches an office given as a key from `molehunt intel address`', () => {
    assert.ok(isOffice(place({ line: '1 Office Plaza, Floor 5', city: 'Portland', postal_code: '97209', country: 'US' })));
  });

  test('no offices configured matches nothing', () => {
    assert.ok(!officeMatcher([])(place({ line: '500 Example Ave', city: 'Austin', postal_code: '78701', country: 'US' })));
  });
});

describe('placesOf and householdHint', () => {
  const flanders = { line: '410 NW Flanders St', city: 'Portland', region: 'OR', postal_code: '97209', country: 'US' };

  test('placesOf keys each address of the role and keeps its record and index', () => {
    const r = record('shipment.recipient', 'S1', { identifiers: { addresses: [{ role: 'ship_to', ...flanders }, { role: 'ship_to', city: 'Austin', country: 'US' }] } });
    const places = placesOf(ctx, subject('a', r), 'ship_to');
    assert.deepEqual(places.map((p) => [p.index, p.street, p.country]), [[0, true, 'US'], [1, false, 'US']]);
    assert.equal(places[0]!.key, addressKey({ role: 'ship_to', ...flanders }));
  });

  test('a couple at one house with one surname', () => {
    const hint = householdHint(ctx, [subject('g', hr('g', 'Grace Kim', flanders)), subject('h', hr('h', 'Henry Kim', { ...flanders, line: '410 N.W. Flanders Street' }))]);
    assert.deepEqual(hint, { sameHome: true, homesKnown: true, sameSurname: true });
  });

  test('different homes, different surnames, and an unknown home', () => {
    const hint = householdHint(ctx, [subject('r', hr('r', 'Ryan Mitchell', { line: '15 Camelback Rd', city: 'Phoenix', postal_code: '85016', country: 'US' })), subject('k', hr('k', 'Kevin Brooks', { city: 'Miami', country: 'US' }))]);
    assert.deepEqual(hint, { sameHome: false, homesKnown: false, sameSurname: false });
  });

  test('a payee name never makes a shared surname (a facilitator may share it)', () => {
    const payee = record('payroll.payee', 'P1', { name: 'Ryan Mitchell' });
    const hint = householdHint(ctx, [subject('r', hr('r', 'Ryan Mitchell')), subject('k', hr('k', 'Kevin Brooks'), payee)]);
    assert.equal(hint.sameSurname, false);
  });
});
