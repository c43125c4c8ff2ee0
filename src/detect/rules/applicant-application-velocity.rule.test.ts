import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Event } from '../../model/event.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import { hostEvent, record } from '../../test-support/factories.js';
import { runRule, type RuleCase } from '../../test-support/rule-tester.js';
import rule from './applicant-application-velocity.rule.js';

const NAMES = ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker', 'Tom Sample', 'Adam Reed', 'Luke Grant', 'Noah Price'];

/** One applicant record per name and one application from `ip` per entry of `at`. */
function applications(entries: { name: string; id: string; ip: string; at: string }[]): { identities: IdentityRecord[]; events: Event[] } {
  const identities = new Map<string, IdentityRecord>();
  const events = entries.map((e, i) => {
    identities.set(e.id, record('ats.applicant', e.id, { name: e.name, applicant_id: e.id, identifiers: { emails: [`${e.id.toLowerCase()}@example.org`] } }));
    return hostEvent(`ats.applicant:ats-csv:${e.id}`, {
      id: `${e.id}:${i}`,
      at: e.at,
      dataset: 'ats.applications',
      action: 'application.submitted',
      category: [],
      source: { ip: e.ip },
    });
  });
  return { identities: [...identities.values()], events };
}

/** `n` different people applying from one address, a day apart. */
const personas = (n: number, ip = '198.51.100.77', stepDays = 1) =>
  applications(NAMES.slice(0, n).map((name, i) => ({ name, id: `A-${i}`, ip, at: new Date(Date.parse('2026-07-01T03:00:00Z') + i * stepDays * 86_400_000).toISOString() })));

const run = (fixture: { identities: IdentityRecord[]; events: Event[] }, extra: Partial<RuleCase> = {}) => runRule(rule, { ...fixture, ...extra });

describe('applicant.application-velocity (A-09)', () => {
  test('five different names from one address within a month: each gets a finding naming all five', () => {
    const r = run(personas(5));
    assert.equal(r.findings.length, 5);
    for (const f of r.findings) {
      assert.equal(f.indicator, 'A-09');
      assert.equal(
        f.summary,
        'IP 198.51.100.77 submitted applications under 5 different names within 30 days (Ryan Mitchell, Kevin Brooks, Ethan Walker, Tom Sample, Adam Reed)',
      );
      assert.equal(f.evidence.length, 5);
      assert.equal(f.evidence[0]?.values.ip, '198.51.100.77');
      assert.equal(f.related_subjects.length, 4);
      assert.equal(f.confidence, 0.5);
    }
  });

  test('four names (a shared flat, the example company\'s four applications) are below the threshold', () => {
    assert.deepEqual(run(personas(4)).findings, []);
    assert.equal(run(personas(4), { options: { minPersonas: 4 } }).findings.length, 4);
  });

  test('one person applying under several spellings of one name is one persona', () => {
    const spellings = ['Priya Example', 'Example, Priya', 'Priya M. Example', 'P. Example', 'Priya Example'];
    const r = run(applications(spellings.map((name, i) => ({ name, id: `P-${i}`, ip: '198.51.100.31', at: `2026-07-0${i + 1}T10:00:00Z` }))));
    assert.deepEqual(r.findings, []);
  });

  test('twenty applications within a day from one name weigh little; nineteen are nothing', () => {
    const burst = (n: number) => applications(Array.from({ length: n }, (_, i) => ({ name: 'Eager Seeker', id: 'S-1', ip: '198.51.100.50', at: new Date(Date.parse('2026-07-01T08:00:00Z') + i * 30 * 60_000).toISOString() })));
    const [finding, ...rest] = run(burst(20)).findings;
    assert.equal(rest.length, 0);
    assert.equal(finding?.summary, 'IP 198.51.100.50 submitted applications 20 times within 24 hours');
    assert.equal(finding?.confidence, 0.35);
    assert.deepEqual(run(burst(19)).findings, []);
  });

  test('personas and a burst together weigh more, and the burst\'s applications are evidence too', () => {
    const five = personas(5);
    const burst = applications(Array.from({ length: 20 }, (_, i) => ({ name: 'Ryan Mitchell', id: 'A-0', ip: '198.51.100.77', at: new Date(Date.parse('2026-07-02T08:00:00Z') + i * 600_000).toISOString() })));
    const r = run({ identities: five.identities, events: [...five.events, ...burst.events] });
    const [finding] = r.findings;
    assert.match(finding?.summary ?? '', /under 5 different names within 30 days \(.*\) and 22 times within 24 hours$/, '20 from the burst and two persona applications the same day');
    assert.equal(finding?.confidence, 0.6);
    assert.ok((finding?.evidence.length ?? 0) >= 20);
  });

  test('corporate egress, CGNAT and mobile carriers are shared by strangers and never evidence', () => {
    assert.deepEqual(run(personas(6, '203.0.113.20'), { corporateCidrs: ['203.0.113.0/24'] }).findings, []);
    assert.deepEqual(run(personas(6, '100.64.10.20')).findings, []);
    const mobile = { ipRanges: [{ cidr: '198.51.100.0/25', class: 'mobile', provider: 'Example Mobile', dataset: 'fixture', date: '2026-10-01' }] };
    assert.deepEqual(run(personas(6, '198.51.100.90'), { imports: mobile }).findings, []);
  });

  test('names spread over months are not one campaign; the window is an option', () => {
    const spread = personas(5, '198.51.100.77', 20);
    assert.deepEqual(run(spread).findings, []);
    assert.equal(run(spread, { options: { personaWindowDays: 120 } }).findings.length, 5);
  });

  test('an address used by more names than maxPersonas is a campus or library: a note, no findings', () => {
    const r = run(personas(7), { options: { maxPersonas: 6 } });
    assert.deepEqual(r.findings, []);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0]!, /^198\.51\.100\.77 submitted applications under more than 6 different names and was treated as shared egress/);
  });
});
