import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hrPerson, shipmentTo, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './shipping-ship-to-not-home.rule.js';

const PHOENIX: Address = { line: '15 Camelback Rd', city: 'Phoenix', region: 'AZ', postal_code: '85016', country: 'US' };
const NASHVILLE: Address = { line: '1200 Example Pike, Unit 4', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' };
const TORONTO: Address = { line: '77 Example St W', city: 'Toronto', region: 'ON', postal_code: 'M5V 2T6', country: 'CA' };

describe('shipping.ship-to-not-home (D-01)', () => {
  test('flags a new hire\'s laptop shipped to another city, with the ship-to and the home as evidence', () => {
    const run = runRule(rule, {
      identities: [hrPerson('ryan', 'Ryan Mitchell', { home: PHOENIX, start: '2026-08-31' }), shipmentTo('ryan', 'SH-1', '2026-08-26', [NASHVILLE], 'C02A')],
      events: [],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'D-01');
    assert.equal(finding.summary, 'laptop C02A shipped 2026-08-26 to 1200 Example Pike, Unit 4, Nashville, TN, US, not the home on record (15 Camelback Rd, Phoenix, AZ, US)');
    assert.deepEqual(finding.evidence.map((e) => e.values.role), ['ship_to', 'home']);
    assert.equal(finding.evidence[0]!.values.address_key, 'US|37201||nashville|1200 example pike #4');
    assert.equal(finding.confidence, 0.55);
    assert.equal(finding.facets.new_hire, true);
  });

  test('a ship-to changed away from home right after the start is stronger', () => {
    const run = runRule(rule, {
      identities: [hrPerson('kev', 'Kevin Brooks', { home: PHOENIX, start: '2026-09-01' }), shipmentTo('kev', 'SH-2', '2026-09-05', [PHOENIX, NASHVILLE], 'C02B')],
      events: [],
    });
    const [finding] = run.findingsOf('kev@example.com');
    assert.match(finding?.summary ?? '', /the ship-to changed from 15 Camelback Rd, Phoenix, AZ, US within 30 days of the start/);
    assert.equal(finding?.confidence, 0.75);
    assert.deepEqual(finding?.evidence.map((e) => e.values.note ?? e.values.role), ['earlier ship-to', 'ship_to', 'home']);
  });

  test('another country than home is stronger', () => {
    const run = runRule(rule, {
      identities: [hrPerson('eve', 'Eve Stone', { home: PHOENIX, start: '2026-09-01' }), shipmentTo('eve', 'SH-3', '2026-09-02', [TORONTO])],
      events: [],
    });
    assert.equal(run.findingsOf('eve@example.com')[0]?.confidence, 0.7);
  });

  test('the home spelled differently, or the building without its flat number, is home', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('a', 'Ann Lee', { home: { ...NASHVILLE, line: '1200 Example Pike #4' } }),
        shipmentTo('a', 'SH-4', '2026-09-02', [{ ...NASHVILLE, line: '1200 EXAMPLE PIKE, APT. 4', postal_code: '37201-0001' }]),
        hrPerson('b', 'Bo Chan', { home: NASHVILLE }),
        shipmentTo('b', 'SH-5', '2026-09-02', [{ ...NASHVILLE, line: '1200 Example Pike' }]),
      ],
      events: [],
    });
    assert.deepEqual(run.findings, []);
  });

  test('people move house: a ship-to that is a former or a newer home on the HR record is home', () => {
    const moved = hrPerson('m', 'Mia Ford', { home: PHOENIX });
    moved.identifiers.addresses.push({ role: 'home', ...NASHVILLE });
    const run = runRule(rule, { identities: [moved, shipmentTo('m', 'SH-6', '2026-09-02', [NASHVILLE])], events: [] });
    assert.deepEqual(run.findings, []);
  });

  test('a listed office is benign; an office or hybrid worker with no office listed gets little weight', () => {
    const identities = [hrPerson('o', 'Olu Ade', { home: PHOENIX, arrangement: 'hybrid' }), shipmentTo('o', 'SH-7', '2026-09-02', [NASHVILLE])];
    const listed = runRule(rule, { identities, events: [], options: { officeAddresses: ['1200 Example Pike, Nashville, TN 37201'] } });
    assert.deepEqual(listed.findings, []);
    const unlisted = runRule(rule, { identities, events: [] });
    const [finding] = unlisted.findingsOf('o@example.com');
    assert.equal(finding?.confidence, 0.25);
    assert.match(finding?.summary ?? '', /works hybrid: may be an office/);
  });

  test('a replacement laptop years after the start, in the same town, is most likely a move HR missed', () => {
    const run = runRule(rule, {
      identities: [hrPerson('v', 'Val Ortiz', { home: PHOENIX, start: '2019-03-04' }), shipmentTo('v', 'SH-8', '2026-09-02', [{ ...PHOENIX, line: '900 Roosevelt St' }])],
      events: [],
    });
    const [finding] = run.findingsOf('v@example.com');
    assert.equal(finding?.confidence, 0.2);
    assert.equal(finding?.facets.new_hire, false);
  });

  test('a home that names only a town is never compared, and the note says what to export', () => {
    const run = runRule(rule, {
      identities: [hrPerson('t', 'Tess Ng', { home: { city: 'Phoenix', region: 'AZ', country: 'US' } }), shipmentTo('t', 'SH-9', '2026-09-02', [NASHVILLE])],
      events: [],
    });
    assert.deepEqual(run.findings, []);
    assert.ok(run.notes.some((n) => /1 of 1 people with shipments have no home address with a street .* include home_address/.test(n)));
  });

  test('changeWindowDays decides how late a change still counts as right after the offer', () => {
    const identities = [hrPerson('w', 'Wes Hale', { home: PHOENIX, start: '2026-08-01' }), shipmentTo('w', 'SH-10', '2026-09-10', [PHOENIX, NASHVILLE])];
    assert.doesNotMatch(runRule(rule, { identities, events: [] }).findingsOf('w@example.com')[0]?.summary ?? '', /changed/);
    assert.match(runRule(rule, { identities, events: [], options: { changeWindowDays: 60 } }).findingsOf('w@example.com')[0]?.summary ?? '', /changed from/);
  });
});
