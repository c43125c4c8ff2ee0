import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostEvent, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-residential-ip-identities.rule.js';

const FARM = '198.51.100.77';
const person = (id: string, line: string, city: string) => staff(id, { start: '2026-09-14', home: { line, city, postal: '00000', country: 'US' } });
const trio = [...person('ryan', '15 Camelback Rd', 'Phoenix'), ...person('kevin', '220 Ocean Dr', 'Miami'), ...person('ethan', '77 High St', 'Columbus')];
const imports = {
  ipRanges: [
    { cidr: `${FARM}/32`, class: 'residential', provider: 'Example Fiber', dataset: 'isp', date: '2026-10-01' },
    { cidr: '198.51.100.80/32', class: 'mobile', provider: 'Example Mobile', dataset: 'isp', date: '2026-10-01' },
    { cidr: '198.51.100.81/32', class: 'hosting', provider: 'Example Cloud', dataset: 'isp', date: '2026-10-01' },
  ],
};
const on = (who: string, day: string, ip = FARM, hour = '14') => signIn({ id: `${who}-${day}-${ip}`, at: `2026-10-${day}T${hour}:00:00Z`, identity: who, ip });
const checkIn = (who: string, day: string, ip = FARM) =>
  hostEvent(`idp.account:okta:${who}`, { id: `mdm-${who}-${day}`, at: `2026-10-${day}T12:20:00Z`, dataset: 'mdm.devices', action: 'device.checked_in', kind: 'state', source: { ip }, device: { serial_number: `C02${who.toUpperCase()}` } });
/** Each listed person on each listed October day. */
const everyDay = (who: string[], days: string[], make = on) => who.flatMap((w) => days.map((d) => make(w, d)));

describe('signin.residential-ip-identities (E-13)', () => {
  test('three hires who claim three cities share one home line and their laptops check in from it all week', () => {
    // Everyone signs in at 14:00 and ties are listed by account, so ethan, kevin, ryan.
    const run = runRule(rule, {
      identities: trio,
      imports,
      events: [...everyDay(['ryan', 'kevin', 'ethan'], ['05', '06', '07', '08']), ...['ryan', 'kevin'].map((w) => checkIn(w, '06'))],
    });
    for (const who of ['ryan', 'kevin', 'ethan']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.ok(finding, who);
      assert.equal(rest.length, 0);
      assert.equal(finding.indicator, 'E-13');
      assert.equal(
        finding.summary,
        `Address ${FARM} (residential, Example Fiber) carried 3 people on 4 days within 7: ethan, kevin, ryan; 2 of their laptops checked in from it; they declare 3 different homes (Columbus, US / Miami, US / Phoenix, US)`,
      );
      assert.equal(finding.confidence, 0.9);
      assert.equal(finding.severity, 'high');
      assert.equal(finding.related_subjects.length, 2);
      assert.deepEqual(finding.evidence.map((e) => e.values.shared_days), [4, 4, 4]);
    }
  });

  test('laptop check-ins alone (no sign-ins on the line) are enough', () => {
    const run = runRule(rule, { identities: trio, imports, events: everyDay(['ryan', 'kevin'], ['05', '07', '09'], checkIn) });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.match(finding?.summary ?? '', /carried 2 people on 3 days within 7: kevin, ryan; 2 of their laptops checked in from it/);
    assert.equal(finding?.evidence[0]!.values.action, 'device.checked_in');
  });

  test('a single shared evening (E-04 territory) or days spread over weeks is not persistent', () => {
    const once = runRule(rule, { identities: trio, imports, events: everyDay(['ryan', 'kevin', 'ethan'], ['05']) });
    assert.deepEqual(once.findings, []);
    const spread = runRule(rule, { identities: trio, imports, events: everyDay(['ryan', 'kevin'], ['01', '09', '17', '25']) });
    assert.deepEqual(spread.findings, []);
    assert.equal(runRule(rule, { identities: trio, imports, events: everyDay(['ryan', 'kevin', 'ethan'], ['05']), options: { minDays: 1 } }).findings.length, 3);
  });

  test('a household is weak, and a declared one is suppressed', () => {
    const home: [string, string] = ['410 NW Flanders St', 'Portland'];
    const identities = [...person('grace', ...home), ...person('henry', ...home)];
    const events = everyDay(['grace', 'henry'], ['05', '06', '07', '08', '09']);
    const [finding] = runRule(rule, { identities, imports, events }).findingsOf('grace@example.com');
    assert.deepEqual([finding?.confidence, finding?.severity], [0.2, 'low']);
    const declared = runRule(rule, { identities, imports, events, suppressions: { households: [{ subjects: ['grace@example.com', 'henry@example.com'], reason: 'married couple' }] } });
    assert.ok(declared.findings.length > 0 && declared.findings.every((f) => f.suppressed?.kind === 'household'));
  });

  test('mobile carriers, hosting, CGNAT and corporate lines are shared by design', () => {
    const days = ['05', '06', '07', '08'];
    const run = runRule(rule, {
      identities: trio,
      imports,
      corporateCidrs: ['203.0.113.0/24'],
      events: [
        ...everyDay(['ryan', 'kevin'], days, (w, d) => on(w, d, '198.51.100.80')),
        ...everyDay(['ryan', 'kevin'], days, (w, d) => on(w, d, '198.51.100.81', '15')),
        ...everyDay(['ryan', 'ethan'], days, (w, d) => on(w, d, '100.64.3.3', '16')),
        ...everyDay(['kevin', 'ethan'], days, (w, d) => on(w, d, '203.0.113.10', '17')),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('an address carrying more people than maxIdentities is a hub: a note, no findings', () => {
    const run = runRule(rule, { identities: trio, imports, options: { maxIdentities: 2 }, events: everyDay(['ryan', 'kevin', 'ethan'], ['05', '06', '07']) });
    assert.deepEqual(run.findings, []);
    assert.match(run.notes[0] ?? '', /198\.51\.100\.77 carried 3 people's sign-ins or laptops and was treated as a hub/);
  });
});

test('IPv6: the devices of one home network share a /64, not an address', () => {
  const v6 = (who: string, d: string, host: string) => signIn({ id: `${who}-${d}`, at: `2026-10-${d}T14:00:00Z`, identity: who, ip: `2001:db8:12:34:${host}` });
  const run = runRule(rule, {
    identities: trio,
    events: ['05', '06', '07'].flatMap((d) => [v6('ryan', d, `a1b2:${d}ff:fe00:1`), v6('kevin', d, `c3d4:${d}ff:fe00:2`)]),
  });
  assert.match(run.findingsOf('ryan@example.com')[0]?.summary ?? '', /^Address 2001:db8:12:34::\/64 \(network class not curated\) carried 2 people on 3 days/);
});
