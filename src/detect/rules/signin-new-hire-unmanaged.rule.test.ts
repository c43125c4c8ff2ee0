import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { record, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { DESKTOP_UA, PHONE_UA, signInWith } from '../../test-support/sign-in-with.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-new-hire-unmanaged.rule.js';

const home = { city: 'Miami', region: 'FL', country: 'US' };
const hire = (id: string, start = '2026-10-05') => staff(id, { start, home });
const on = (who: string, at: string, over: { country?: string; ip?: string; managed?: boolean; ua?: string } = {}) =>
  signInWith(signIn({ id: `${who}-${at}`, at, identity: who, ip: over.ip ?? '198.51.100.10', country: over.country ?? 'US' }), {
    userAgent: over.ua ?? DESKTOP_UA,
    ...(over.managed !== undefined ? { managed: over.managed } : {}),
  });
const shipment = (id: string, employeeId: string, shipDate: string) =>
  record('shipment.recipient', id, { employee_id: employeeId, attributes: { ship_date: shipDate } });

describe('signin.new-hire-unmanaged (E-07)', () => {
  test('flags a new hire whose first sign-ins come from an unmanaged computer abroad', () => {
    const run = runRule(rule, {
      identities: hire('kevin'),
      events: [
        on('kevin', '2026-10-05T01:00:00Z', { country: 'CN', managed: false }),
        on('kevin', '2026-10-05T03:00:00Z', { country: 'CN', managed: false }),
        on('kevin', '2026-10-06T14:00:00Z', { managed: true }),
      ],
    });
    const [finding, ...rest] = run.findingsOf('kevin@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-07');
    assert.equal(
      finding.summary,
      'New hire (started 2026-10-05): 2 sign-ins from an unmanaged computer (first 2026-10-05); the first sign-in came from CN, not the claimed US (2 of the first 3 located)',
    );
    assert.equal(finding.severity, 'high');
    assert.equal(finding.confidence, 0.78);
    assert.deepEqual(finding.facets.countries, ['CN']);
    assert.equal(finding.facets.new_hire, true);
    assert.equal(finding.evidence[0]!.values.managed, false);
    assert.equal(finding.evidence.at(-1)!.values.claimed_country, 'US');
  });

  test('flags working for days before the laptop even shipped, but not pre-boarding paperwork before the start date', () => {
    const identities = [...hire('ryan'), shipment('SH-1', 'E-ryan', '2026-10-09')];
    const run = runRule(rule, {
      identities,
      events: [on('ryan', '2026-09-30T16:00:00Z'), on('ryan', '2026-10-05T15:00:00Z'), on('ryan', '2026-10-06T15:00:00Z'), on('ryan', '2026-10-12T15:00:00Z')],
    });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding?.summary, 'New hire (started 2026-10-05): signed in from 2026-10-05, 4 days before the laptop shipped (2026-10-09)');
    assert.equal(finding?.confidence, 0.3);
    assert.equal(finding?.severity, 'medium');
    assert.equal(finding?.evidence.at(-1)!.values.ship_date, '2026-10-09');
    const preboarding = runRule(rule, { identities, events: [on('ryan', '2026-09-30T16:00:00Z'), on('ryan', '2026-10-12T15:00:00Z')] });
    assert.deepEqual(preboarding.findings, []);
  });

  test('BYOD phones are not unmanaged computers', () => {
    const run = runRule(rule, { identities: hire('mobile'), events: [on('mobile', '2026-10-05T15:00:00Z', { managed: false, ua: PHONE_UA })] });
    assert.deepEqual(run.findings, []);
  });

  test('tenured staff on a personal computer and a new hire at home on the managed laptop do not fire', () => {
    const run = runRule(rule, {
      identities: [...hire('old', '2021-05-17'), ...hire('fine')],
      events: [on('old', '2026-10-05T15:00:00Z', { managed: false }), on('fine', '2026-10-05T15:00:00Z', { managed: true })],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a first sign-in through a VPN exit abroad is VPN evidence (E-01/E-02), not a region', () => {
    const run = runRule(rule, {
      identities: hire('vpn'),
      imports: { ipRanges: [{ cidr: '198.51.100.200/32', class: 'vpn', provider: 'NordVPN', dataset: 'nord', date: '2026-10-01' }] },
      events: [on('vpn', '2026-10-05T15:00:00Z', { country: 'NL', ip: '198.51.100.200' })],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a new hire finishing a trip abroad is cleared by a travel suppression', () => {
    const run = runRule(rule, {
      identities: hire('trip'),
      events: [on('trip', '2026-10-05T15:00:00Z', { country: 'MX' }), on('trip', '2026-10-09T15:00:00Z')],
      suppressions: { travel: [{ subject: 'trip@example.com', countries: ['MX'], from: '2026-10-01', to: '2026-10-08', reason: 'Started while on holiday in Mexico (manager confirmed)' }] },
    });
    const [finding] = run.findingsOf('trip@example.com');
    assert.deepEqual(finding?.facets.countries, ['MX']);
    assert.equal(finding?.suppressed?.kind, 'travel');
  });

  test('options: phones count when configured, and a wider new-hire window reaches later sign-ins', () => {
    const phone = runRule(rule, { identities: hire('mobile'), events: [on('mobile', '2026-10-05T15:00:00Z', { managed: false, ua: PHONE_UA })], options: { ignoreMobileUnmanaged: false } });
    assert.equal(phone.findings.length, 1);
    const late = [on('late', '2026-11-20T15:00:00Z', { managed: false })];
    assert.deepEqual(runRule(rule, { identities: hire('late'), events: late }).findings, []);
    assert.equal(runRule(rule, { identities: hire('late'), events: late, policy: { newHireDays: 60 } }).findings.length, 1);
  });
});
