import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IpReference } from '../../enrich/ip-intel/reference.js';
import { CidrTable } from '../../enrich/ip-ranges.js';
import { account, signIn } from '../../test-support/factories.js';
import { checkIn, hrPerson, mdmDevice, shipmentTo, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './shipping-device-elsewhere.rule.js';

const NASHVILLE: Address = { line: '1200 Example Pike', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' };
const LONDON: Address = { line: '10 Example Rd', city: 'London', postal_code: 'SW1A 1AA', country: 'GB' };

/** Ryan: HR record, IdP account, a laptop shipped to Nashville on 26 Aug and its MDM record. */
const ryan = (shipTo: Address = NASHVILLE) => [
  hrPerson('ryan', 'Ryan Mitchell', { home: NASHVILLE, start: '2026-08-31' }),
  account('ryan'),
  shipmentTo('ryan', 'SH-1', '2026-08-26', [shipTo], 'C02A'),
  mdmDevice('ryan', 'C02A'),
];

/** Country data as the shipped reference would give it, for chosen addresses. */
const reference = (countries: Record<string, string>): IpReference => ({
  country: (ip) => countries[ip],
  asnClasses: new Map(),
  ranges: new CidrTable(),
  dataSources: [],
  issues: [],
});

describe('shipping.device-elsewhere (D-05)', () => {
  test('flags a laptop whose first check-in after shipping comes from another country (IdP geolocation of the address)', () => {
    const run = runRule(rule, {
      identities: ryan(),
      events: [
        signIn({ id: 's1', at: '2026-08-29T02:00:00Z', identity: 'ryan', ip: '203.0.113.50', country: 'CN' }),
        checkIn('C02A', '2026-08-29T01:00:00Z', '203.0.113.50'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'D-05');
    assert.equal(
      finding.summary,
      'laptop C02A shipped 2026-08-26 to US; first checked in 2026-08-29 from 203.0.113.50 in CN (IdP geolocation of the same address); 1 of 1 check-ins outside US (CN ×1)',
    );
    assert.equal(finding.confidence, 0.7);
    assert.deepEqual(finding.facets.countries, ['CN']);
    assert.equal(finding.facets.new_hire, true);
    assert.deepEqual(finding.evidence.map((e) => e.values.role ?? e.values.note), ['ship_to', 'first check-in after shipping']);
    assert.equal(finding.evidence[1]!.values.country_basis, 'IdP geolocation of the same address');
  });

  test('without sign-ins from the address, the ip.intel country is used, with less weight', () => {
    const run = runRule(rule, {
      identities: ryan(),
      events: [checkIn('C02A', '2026-08-29T01:00:00Z', '198.51.100.9')],
      ipReference: reference({ '198.51.100.9': 'CN' }),
    });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.match(finding?.summary ?? '', /in CN \(ip\.intel registry country of the address\)/);
    assert.equal(finding?.confidence, 0.6);
  });

  test('a laptop that keeps checking in from abroad after a first check-in at home (reshipped)', () => {
    const events = [
      checkIn('C02A', '2026-08-28T15:00:00Z', '198.51.100.10', 'US'),
      ...['2026-09-10', '2026-09-11', '2026-09-12'].map((d) => checkIn('C02A', `${d}T03:00:00Z`, '198.51.100.20', 'CN')),
    ];
    const [finding] = runRule(rule, { identities: ryan(), events }).findingsOf('ryan@example.com');
    assert.match(finding?.summary ?? '', /first checked in from US; 3 of 4 check-ins outside US \(CN ×3\)/);
    assert.equal(finding?.confidence, 0.55);
    const strict = runRule(rule, { identities: ryan(), events: events.slice(0, 3), options: { minElsewhereCheckIns: 2 } });
    assert.equal(strict.findingsOf('ryan@example.com').length, 1);
    assert.deepEqual(runRule(rule, { identities: ryan(), events: events.slice(0, 3) }).findings, []);
  });

  test('a trip with the laptop is cleared by a travel suppression', () => {
    const events = ['2026-10-01', '2026-10-02', '2026-10-03'].map((d) => checkIn('C02A', `${d}T09:00:00Z`, '198.51.100.30', 'GB'));
    const run = runRule(rule, {
      identities: ryan(),
      events: [checkIn('C02A', '2026-08-28T15:00:00Z', '198.51.100.10', 'US'), ...events],
      suppressions: { travel: [{ subject: 'ryan@example.com', countries: ['GB'], from: '2026-09-30', to: '2026-10-05', reason: 'London offsite, approved travel' }] },
    });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding?.suppressed?.kind, 'travel');
  });

  test('an address dozens of people use (an office or VPN nobody configured) places the laptop nowhere, with a note', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => signIn({ id: `c${i}`, at: '2026-08-28T15:00:00Z', identity: `p${i}`, ip: '203.0.113.60', country: 'CN' }));
    const run = runRule(rule, {
      identities: [...ryan(), ...Array.from({ length: 12 }, (_, i) => account(`p${i}`))],
      events: [...crowd, signIn({ id: 's1', at: '2026-08-29T02:00:00Z', identity: 'ryan', ip: '203.0.113.60', country: 'CN' }), checkIn('C02A', '2026-08-29T01:00:00Z', '203.0.113.60')],
    });
    assert.deepEqual(run.findingsOf('ryan@example.com'), []);
    assert.ok(run.notes.some((n) => /used by more than 10 people/.test(n)), run.notes.join('\n'));
    const lower = runRule(rule, {
      identities: [...ryan(), ...Array.from({ length: 12 }, (_, i) => account(`p${i}`))],
      events: [...crowd, signIn({ id: 's1', at: '2026-08-29T02:00:00Z', identity: 'ryan', ip: '203.0.113.60', country: 'CN' }), checkIn('C02A', '2026-08-29T01:00:00Z', '203.0.113.60')],
      options: { maxPeoplePerAddress: 20 },
    });
    assert.equal(lower.findingsOf('ryan@example.com').length, 1, 'the option decides what counts as a hub');
  });

  test('VPN exits and the company\'s own egress place the laptop nowhere', () => {
    const run = runRule(rule, {
      identities: ryan(),
      events: [checkIn('C02A', '2026-08-29T01:00:00Z', '198.51.100.66', 'NL'), checkIn('C02A', '2026-08-30T01:00:00Z', '203.0.113.7', 'GB')],
      imports: { ipRanges: [{ cidr: '198.51.100.64/28', class: 'vpn', provider: 'Example VPN', dataset: 'test-vpn', date: '2026-10-01' }] },
      corporateCidrs: ['203.0.113.0/24'],
    });
    assert.deepEqual(run.findings, []);
  });

  test('IT staging before the ship date is ignored, and a laptop reassigned later is judged per shipment', () => {
    const run = runRule(rule, {
      identities: [
        ...ryan(),
        hrPerson('lena', 'Lena Fox', { home: LONDON, start: '2026-10-01' }),
        shipmentTo('lena', 'SH-2', '2026-10-01', [LONDON], 'C02A'),
      ],
      events: [
        checkIn('C02A', '2026-08-20T10:00:00Z', '198.51.100.40', 'IE'), // depot enrollment
        checkIn('C02A', '2026-08-28T15:00:00Z', '198.51.100.10', 'US'),
        ...['2026-10-03', '2026-10-04', '2026-10-05'].map((d) => checkIn('C02A', `${d}T09:00:00Z`, '198.51.100.30', 'GB')),
      ],
    });
    assert.deepEqual(run.findings, []);
  });
});
