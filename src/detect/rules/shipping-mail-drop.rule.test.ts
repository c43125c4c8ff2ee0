import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildingKey } from '../../enrich/address-key.js';
import { hrPerson, shipmentTo, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './shipping-mail-drop.rule.js';

const PHOENIX: Address = { line: '15 Camelback Rd', city: 'Phoenix', region: 'AZ', postal_code: '85016', country: 'US' };
const FORWARDER: Address = { line: 'Shipito, 1234 Example Blvd Suite SH-123456', city: 'Torrance', region: 'CA', postal_code: '90501', country: 'US' };
const UPS_STORE_PHOENIX: Address = { line: '500 Example Ave PMB 12', city: 'Phoenix', region: 'AZ', postal_code: '85016', country: 'US' };
const UPS_STORE_MIAMI: Address = { ...UPS_STORE_PHOENIX, city: 'Miami', region: 'FL', postal_code: '33139' };
const PO_BOX: Address = { line: 'PO Box 44', city: 'Bisbee', region: 'AZ', postal_code: '85603', country: 'US' };
const APO: Address = { line: 'PSC 1234 Box 5678', city: 'APO', region: 'AE', postal_code: '09012', country: 'US' };

describe('shipping.mail-drop (D-02)', () => {
  test('flags a laptop shipped to a parcel forwarder, naming the forwarder', () => {
    const run = runRule(rule, {
      identities: [hrPerson('r', 'Ryan Mitchell', { home: PHOENIX }), shipmentTo('r', 'SH-1', '2026-08-26', [FORWARDER], 'C02A')],
      events: [],
    });
    const [finding, ...rest] = run.findingsOf('r@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'D-02');
    assert.equal(finding.confidence, 0.85);
    assert.match(finding.summary, /^ship-to Shipito, 1234 Example Blvd Suite SH-123456, Torrance, CA, US is a forwarder \(freight forwarder name "Shipito"\)$/);
    assert.deepEqual([finding.evidence[0]!.values.kind, finding.evidence[0]!.values.device_serials], ['forwarder', 'C02A']);
    assert.equal(finding.facets.new_hire, true);
  });

  test('an address on an imported reshipper list is a forwarder, whatever the suite', () => {
    const warehouse: Address = { line: '9 Example Industrial Way Unit AB-55123', city: 'Miami', region: 'FL', postal_code: '33166', country: 'US' };
    const run = runRule(rule, {
      identities: [hrPerson('k', 'Kevin Brooks', { home: PHOENIX }), shipmentTo('k', 'SH-2', '2026-09-09', [warehouse])],
      events: [],
      imports: { addressKeys: [{ key: buildingKey({ role: 'other', ...warehouse }), label: 'Example reshipper warehouse', dataset: 'test-reshippers', date: '2026-10-01' }] },
    });
    const [finding] = run.findingsOf('k@example.com');
    assert.match(finding?.summary ?? '', /is a forwarder \(.*imported list "Example reshipper warehouse"/);
  });

  test('a PO box as ship-to: couriers do not deliver laptops there', () => {
    const run = runRule(rule, { identities: [hrPerson('p', 'Pat Doe', { home: PHOENIX }), shipmentTo('p', 'SH-3', '2026-09-09', [PO_BOX])], events: [] });
    assert.equal(run.findingsOf('p@example.com')[0]?.confidence, 0.6);
  });

  test('a mailbox shop in the person\'s own town (parcel safety) weighs less than one in another town', () => {
    const local = runRule(rule, { identities: [hrPerson('l', 'Lu Wen', { home: PHOENIX }), shipmentTo('l', 'SH-4', '2026-09-09', [UPS_STORE_PHOENIX])], events: [] });
    const far = runRule(rule, { identities: [hrPerson('l', 'Lu Wen', { home: PHOENIX }), shipmentTo('l', 'SH-4', '2026-09-09', [UPS_STORE_MIAMI])], events: [] });
    assert.equal(local.findingsOf('l@example.com')[0]?.confidence, 0.45);
    assert.equal(far.findingsOf('l@example.com')[0]?.confidence, 0.7);
  });

  test('a rural PO box or a virtual mailbox as the claimed home weighs little', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('rural', 'Rae Hill', { home: PO_BOX }),
        hrPerson('nomad', 'Nia Vale', { home: { line: 'iPostal1, 8 The Green Ste 100', city: 'Dover', region: 'DE', postal_code: '19901', country: 'US' } }),
      ],
      events: [],
    });
    assert.equal(run.findingsOf('rural@example.com')[0]?.confidence, 0.25);
    assert.equal(run.findingsOf('nomad@example.com')[0]?.confidence, 0.4);
  });

  test('military post (APO/FPO) is ordinary unless configured otherwise', () => {
    const identities = [hrPerson('m', 'Max Kerr', { home: APO }), shipmentTo('m', 'SH-5', '2026-09-09', [APO])];
    assert.deepEqual(runRule(rule, { identities, events: [] }).findings, []);
    const strict = runRule(rule, { identities, events: [], options: { militaryPostIsNormal: false } });
    assert.equal(strict.findingsOf('m@example.com')[0]?.confidence, 0.2);
  });

  test('ordinary homes and ship-tos, and homes left out by includeHomes: false, are not flagged', () => {
    const run = runRule(rule, {
      identities: [hrPerson('n', 'Ned Fox', { home: PHOENIX }), shipmentTo('n', 'SH-6', '2026-09-09', [PHOENIX]), hrPerson('rural', 'Rae Hill', { home: PO_BOX })],
      events: [],
      options: { includeHomes: false },
    });
    assert.deepEqual(run.findings, []);
  });
});
