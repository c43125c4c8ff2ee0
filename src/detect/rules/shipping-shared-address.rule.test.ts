import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hrPerson, shipmentTo, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './shipping-shared-address.rule.js';

const home = (line: string, city: string, region: string, postal: string): Address => ({ line, city, region, postal_code: postal, country: 'US' });
const PHOENIX = home('15 Camelback Rd', 'Phoenix', 'AZ', '85016');
const MIAMI = home('220 Ocean Dr', 'Miami', 'FL', '33139');
const COLUMBUS = home('77 High St', 'Columbus', 'OH', '43215');
const FARM = home('1200 Example Pike, Unit 4', 'Nashville', 'TN', '37201');
const FLANDERS = home('410 NW Flanders St', 'Portland', 'OR', '97209');

describe('shipping.shared-address (D-03)', () => {
  test('three recent hires who claim three different cities have laptops shipped to one flat: everyone gets a finding naming the others', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('ryan', 'Ryan Mitchell', { home: PHOENIX }), shipmentTo('ryan', 'SH-1', '2026-08-26', [FARM], 'C02A'),
        hrPerson('kevin', 'Kevin Brooks', { home: MIAMI }), shipmentTo('kevin', 'SH-2', '2026-09-09', [{ ...FARM, line: '1200 EXAMPLE PIKE APT 4' }], 'C02B'),
        hrPerson('ethan', 'Ethan Walker', { home: COLUMBUS }), shipmentTo('ethan', 'SH-3', '2026-09-23', [FARM], 'C02C'),
      ],
      events: [],
    });
    const subjects = new Set(run.findings.map((f) => f.subject));
    assert.equal(subjects.size, 3);
    for (const who of ['ryan', 'kevin', 'ethan']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.ok(finding, who);
      assert.equal(rest.length, 0);
      assert.equal(finding.indicator, 'D-03');
      assert.match(finding.summary, /^3 people share 1200 Example Pike, Unit 4, Nashville, TN, US: .*; 3 laptops shipped there; they claim homes elsewhere, in 3 towns \(/);
      assert.match(finding.summary, /Phoenix, AZ, US/);
      assert.equal(finding.related_subjects.length, 2);
      assert.ok(!finding.related_subjects.includes(finding.subject));
      assert.equal(finding.confidence, 0.9);
      assert.equal(finding.evidence.filter((e) => e.values.role === 'ship_to').length, 3);
      assert.equal(finding.evidence.filter((e) => e.values.note === 'claimed home elsewhere').length, 3);
    }
  });

  test('two people shipping to one address while claiming different homes', () => {
    const run = runRule(rule, {
      identities: [hrPerson('a', 'Ann Lee', { home: PHOENIX }), shipmentTo('a', 'SH-1', '2026-09-01', [FARM]), hrPerson('b', 'Bo Chan', { home: MIAMI }), shipmentTo('b', 'SH-2', '2026-09-02', [FARM])],
      events: [],
    });
    assert.equal(run.findingsOf('a@example.com')[0]?.confidence, 0.7);
  });

  test('an undeclared couple at their declared home gets little weight, less with one surname', () => {
    const couple = (surname: string) =>
      runRule(rule, {
        identities: [hrPerson('g', 'Grace Kim', { home: FLANDERS }), shipmentTo('g', 'SH-1', '2026-09-20', [FLANDERS]), hrPerson('h', `Henry ${surname}`, { home: FLANDERS })],
        events: [],
      });
    const same = couple('Kim').findingsOf('g@example.com')[0];
    assert.equal(same?.confidence, 0.2);
    assert.match(same?.summary ?? '', /all declare it as their home \(a household\? declare it in suppressions\.households\); same surname/);
    assert.equal(couple('Park').findingsOf('h@example.com')[0]?.confidence, 0.3);
  });

  test('a declared household is suppressed', () => {
    const run = runRule(rule, {
      identities: [hrPerson('g', 'Grace Kim', { home: FLANDERS }), hrPerson('h', 'Henry Park', { home: FLANDERS })],
      events: [],
      suppressions: { households: [{ subjects: ['g@example.com', 'h@example.com'], reason: 'married, confirmed by HR 2026-09' }] },
    });
    assert.equal(run.findings.length, 2);
    assert.ok(run.findings.every((f) => f.suppressed?.kind === 'household'));
  });

  test('a relative\'s home receiving a family member\'s laptop (same surname, one lives there) stays weak', () => {
    const run = runRule(rule, {
      identities: [hrPerson('mom', 'Rosa Diaz', { home: PHOENIX }), hrPerson('son', 'Leo Diaz', { home: MIAMI }), shipmentTo('son', 'SH-1', '2026-09-02', [PHOENIX])],
      events: [],
    });
    assert.equal(run.findingsOf('son@example.com')[0]?.confidence, 0.35);
  });

  test('an office: listed ones are left out; office and hybrid workers at an unlisted one get little weight', () => {
    const identities = [
      hrPerson('x', 'Xia Ho', { home: PHOENIX, arrangement: 'office' }), shipmentTo('x', 'SH-1', '2026-09-01', [FARM]),
      hrPerson('y', 'Yan Li', { home: MIAMI, arrangement: 'hybrid' }), shipmentTo('y', 'SH-2', '2026-09-01', [FARM]),
    ];
    assert.deepEqual(runRule(rule, { identities, events: [], options: { officeAddresses: ['1200 Example Pike, Nashville, TN 37201'] } }).findings, []);
    const [finding] = runRule(rule, { identities, events: [] }).findingsOf('x@example.com');
    assert.equal(finding?.confidence, 0.2);
    assert.match(finding?.summary ?? '', /may be an office/);
  });

  test('an address shared by more than maxSubjects people is left out with a note', () => {
    const identities = ['a', 'b', 'c'].flatMap((id, i) => [hrPerson(id, `Person ${id}`), shipmentTo(id, `SH-${i}`, '2026-09-01', [FARM])]);
    const run = runRule(rule, { identities, events: [], options: { maxSubjects: 2 } });
    assert.deepEqual(run.findings, []);
    assert.ok(run.notes.some((n) => /3 people share US\|37201\|\|nashville\|1200 example pike #4; treated as an office/.test(n)));
  });

  test('addresses that name only a town never group, and minSubjects raises the bar', () => {
    const town: Address = { city: 'Nashville', region: 'TN', country: 'US' };
    const towns = runRule(rule, { identities: [hrPerson('a', 'Ann Lee', { home: town }), hrPerson('b', 'Bo Chan', { home: town })], events: [] });
    assert.deepEqual(towns.findings, []);
    const pair = [hrPerson('a', 'Ann Lee', { home: PHOENIX }), shipmentTo('a', 'SH-1', '2026-09-01', [FARM]), hrPerson('b', 'Bo Chan', { home: MIAMI }), shipmentTo('b', 'SH-2', '2026-09-02', [FARM])];
    assert.deepEqual(runRule(rule, { identities: pair, events: [], options: { minSubjects: 3 } }).findings, []);
  });
});
