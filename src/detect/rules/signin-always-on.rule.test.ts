import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-always-on.rule.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-10-05T15:00:00Z');

/** One sign-in in each listed hour after T0 (minute 12), alternating between the given IPs. */
function atHours(who: string, hourOffsets: number[], ips = ['198.51.100.10'], outcome?: 'failure') {
  return hourOffsets.map((h, i) =>
    signIn({ id: `${who}-${h}`, at: new Date(T0 + h * HOUR + 12 * 60_000).toISOString(), identity: who, ip: ips[i % ips.length]!, ...(outcome ? { outcome } : {}) }),
  );
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
/** `perDay` consecutive hours starting `startHour` hours after T0, on each of `days` days. */
const shifts = (days: number, startHour: number, perDay: number) => range(0, days).flatMap((d) => range(d * 24 + startHour, perDay));

describe('signin.always-on (E-05)', () => {
  test('flags two days of round-the-clock sign-ins from two connections taking turns', () => {
    const run = runRule(rule, {
      identities: staff('ops', { start: '2026-09-28' }),
      events: atHours('ops', range(0, 48), ['198.51.100.10', '198.51.100.11']),
    });
    const [finding, ...rest] = run.findingsOf('ops@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-05');
    assert.equal(finding.summary, 'Active in 24, 24 of 24 hourly bins on 2 consecutive days from 2026-10-05T15:00Z (48 sign-ins, 2 IP addresses)');
    assert.equal(finding.confidence, 0.6);
    assert.equal(finding.evidence.length, 12);
    assert.equal(finding.evidence[0]!.timestamp, '2026-10-05T15:12:00.000Z');
    assert.equal(finding.evidence.at(-1)!.timestamp, '2026-10-07T14:12:00.000Z');
    assert.deepEqual([finding.facets.from, finding.facets.new_hire], [T0 + 12 * 60_000, true]);
  });

  test('the night-shift worker (10 hours a night for two weeks) does not fire', () => {
    const run = runRule(rule, { identities: staff('erin', { title: 'Support Engineer (night shift)' }), events: atHours('erin', shifts(14, 11, 10)) });
    assert.deepEqual(run.findings, []);
  });

  test('long days with evening e-mail (16 hours) for a week do not fire', () => {
    const run = runRule(rule, { identities: staff('busy'), events: atHours('busy', shifts(7, 0, 16)) });
    assert.deepEqual(run.findings, []);
  });

  test('a single 24-hour incident does not fire unless minDays is lowered', () => {
    const events = atHours('oncall', range(0, 24));
    assert.deepEqual(runRule(rule, { identities: staff('oncall'), events }).findings, []);
    const lowered = runRule(rule, { identities: staff('oncall'), events, options: { minDays: 1 } });
    assert.match(lowered.findings[0]?.summary ?? '', /^Active in 24 of 24 hourly bins on 1 day from/);
  });

  test('a multi-day incident is cleared by a finding suppression', () => {
    const run = runRule(rule, {
      identities: staff('sre'),
      events: atHours('sre', range(0, 50)),
      suppressions: { findings: [{ rule: 'signin.always-on', subject: 'sre@example.com', reason: 'INC-2231 outage, on call 5-7 Oct' }] },
    });
    assert.equal(run.findings[0]?.suppressed?.kind, 'finding');
  });

  test('hourly failed sign-ins (someone guessing the password) are not the person', () => {
    const run = runRule(rule, { identities: staff('target'), events: atHours('target', range(0, 72), ['198.51.100.12'], 'failure') });
    assert.deepEqual(run.findings, []);
  });
});
