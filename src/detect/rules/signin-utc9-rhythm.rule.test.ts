import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff, type StaffFacts } from '../../test-support/staff.js';
import rule from './signin-utc9-rhythm.rule.js';

/** Weekdays (Mon–Fri) of two weeks in October 2026, in UTC. */
const WEEKDAYS = ['05', '06', '07', '08', '09', '12', '13', '14', '15', '16'];

/** Sign-ins at the given UTC hours on each weekday (minute 20). */
function rhythm(who: string, utcHours: number[], days = WEEKDAYS) {
  return days.flatMap((d) => utcHours.map((h) => signIn({ id: `${who}-${d}-${h}`, at: `2026-10-${d}T${String(h).padStart(2, '0')}:20:00Z`, identity: who })));
}
const person = (id: string, timezone: string, facts: StaffFacts = {}) => staff(id, { timezone, home: { country: 'US' }, ...facts });

describe('signin.utc9-rhythm (E-06)', () => {
  test('flags Pyongyang office hours from someone who claims New York, as corroboration only', () => {
    // 01–07 UTC every weekday = 09–16 in UTC+9 = 21:00–04:00 in New York (EDT); plus one at 15:00 UTC, which on
    // Fridays is already Saturday in UTC+9 and so not a weekday there.
    const run = runRule(rule, { identities: person('kim', 'America/New_York'), events: rhythm('kim', [1, 3, 5, 7, 15]) });
    const [finding, ...rest] = run.findingsOf('kim@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-06');
    assert.equal(finding.summary, '40 of 48 weekday sign-ins (83%) fell in 00:00–09:00 UTC (09:00–18:00 in UTC+9); 100% of those were outside 7:00–19:00 in the claimed zone America/New_York');
    assert.equal(finding.corroborating_only, true);
    assert.equal(finding.severity, 'medium');
    assert.deepEqual(finding.evidence[0]!.values, { claimed_zone: 'America/New_York', zone_basis: 'HR timezone of E-kim', weekday_signins: 48, in_utc9_office_hours: 40, share: 0.83, outside_local_day: 40 });
    assert.deepEqual([finding.evidence[1]!.values.local_hour, finding.evidence[1]!.values.utc9_hour], [21, 10]);
    assert.equal(run.subjects[0]?.score, 0, 'corroborating only: no score on its own');
  });

  test('flags the same rhythm from someone who claims Berlin (02–11 local, mostly before the working day)', () => {
    const run = runRule(rule, { identities: person('berlin', 'Europe/Berlin'), events: rhythm('berlin', [0, 1, 2, 3, 4, 6]) });
    assert.match(run.findingsOf('berlin@example.com')[0]?.summary ?? '', /^60 of 60 weekday sign-ins \(100%\).*83% of those were outside/);
  });

  test('night-shift staff, by job title or by a schedule column, are not judged', () => {
    const run = runRule(rule, {
      identities: [
        ...person('erin', 'America/New_York', { title: 'Support Engineer (night shift)' }),
        ...person('otto', 'America/Chicago', { title: 'NOC Analyst', attributes: { shift: 'Overnight 22-06' } }),
      ],
      events: [...rhythm('erin', [1, 3, 5, 7]), ...rhythm('otto', [2, 4, 6, 8])],
    });
    assert.deepEqual(run.findings, []);
  });

  test('never fires on a claimed Asia-Pacific zone, even if configured to', () => {
    const events = [...rhythm('seoul', [0, 2, 4, 6, 8]), ...rhythm('sydney', [0, 2, 4, 6])];
    const identities = [...person('seoul', 'Asia/Seoul'), ...person('sydney', 'Australia/Sydney')];
    assert.deepEqual(runRule(rule, { identities, events }).findings, []);
    assert.deepEqual(runRule(rule, { identities, events, options: { claimedZonePrefixes: ['Asia/', 'Australia/'] } }).findings, []);
  });

  test('ordinary days do not fire: New York 9–17, a Helsinki early riser, a San Francisco late worker', () => {
    const run = runRule(rule, {
      identities: [...person('ny', 'America/New_York'), ...person('hel', 'Europe/Helsinki'), ...person('sf', 'America/Los_Angeles')],
      events: [
        ...rhythm('ny', [13, 15, 17, 19, 21]),
        // 07:00–15:00 in Helsinki (EEST) = 04–12 UTC.
        ...rhythm('hel', [4, 5, 6, 7, 8, 10, 12]),
        // 10:00–18:00 plus evening mail until 22:00 in San Francisco (PDT) = 17–05 UTC.
        ...rhythm('sf', [17, 19, 21, 23, 1, 3, 5]),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('too few sign-ins are no rhythm, unless minSignIns is lowered', () => {
    const events = rhythm('new', [1, 3], WEEKDAYS.slice(0, 5));
    assert.deepEqual(runRule(rule, { identities: person('new', 'America/Denver'), events }).findings, []);
    const lowered = runRule(rule, { identities: person('new', 'America/Denver'), events, options: { minSignIns: 10 } });
    assert.equal(lowered.findings.length, 1);
    assert.equal(lowered.findings[0]!.severity, 'low');
  });
});

test('a night-shift pattern that is not a regular expression is rejected by config validation', () => {
  assert.throws(() => rule.options.parse({ nightShiftPattern: 'night(' }), /not a valid regular expression/);
});
