import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-day-one-recon.rule.js';

const SYS32 = 'C:\\Windows\\System32\\';
const recon = (who: string, day: string) => [
  ran(who, `${day}T15:02:00Z`, `${SYS32}dxdiag.exe`, 'dxdiag /t C:\\Users\\me\\dx.txt'),
  ran(who, `${day}T15:05:00Z`, `${SYS32}systeminfo.exe`, 'systeminfo'),
  ran(who, `${day}T15:09:00Z`, `${SYS32}wbem\\WMIC.exe`, 'wmic cpu get name'),
];

describe('endpoint.day-one-recon (F-08)', () => {
  test('dxdiag, systeminfo, wmic and a location check in the first day after enrollment', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01', enrolledAt: '2026-08-31T13:05:00Z' }),
      events: [...recon('ryan', '2026-08-31'), ran('ryan', '2026-08-31T15:12:00Z', `${SYS32}curl.exe`, 'curl -s https://ipinfo.io/json')],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-08');
    assert.equal(finding.confidence, 0.75);
    assert.equal(finding.summary, '4 reconnaissance signals on ryan-laptop by 2 h after the MDM enrollment: dxdiag, systeminfo, wmic, IP-geolocation lookup (ipinfo.io)');
    assert.deepEqual(finding.evidence.map((e) => e.values.command_line), ['dxdiag /t C:\\Users\\me\\dx.txt', 'systeminfo', 'wmic cpu get name', 'curl -s https://ipinfo.io/json']);
    assert.equal(finding.facets.new_hire, true);
  });

  test('the same commands ten days later, or a single wmic call by an app, are not day-one recon', () => {
    const late = runRule(rule, { identities: worker('a', { start: '2026-09-01', enrolledAt: '2026-08-31T13:05:00Z' }), events: recon('a', '2026-09-10') });
    assert.deepEqual(late.findings, []);
    const app = runRule(rule, {
      identities: worker('b', { start: '2026-09-01', enrolledAt: '2026-08-31T13:05:00Z' }),
      events: [ran('b', '2026-08-31T16:00:00Z', `${SYS32}wbem\\WMIC.exe`, 'wmic os get Caption /value'), ran('b', '2026-08-31T16:01:00Z', `${SYS32}wbem\\WMIC.exe`, 'wmic bios get serialnumber')],
    });
    assert.deepEqual(app.findings, [], 'two wmic calls are one signal');
  });

  test('without an enrollment date, a host that appears after logging began is new; one there from the start is not', () => {
    const identities = [...worker('old'), ...worker('fresh')];
    const run = runRule(rule, {
      identities,
      events: [installed('old', '2026-10-01T00:00:00Z', 'Slack'), ...recon('old', '2026-10-01'), installed('fresh', '2026-10-06T14:00:00Z', 'Slack'), ...recon('fresh', '2026-10-07')],
    });
    assert.deepEqual(run.findings.map((f) => f.summary), ['3 reconnaissance signals on fresh-laptop by 25 h after the first osquery.result event of the host: dxdiag, systeminfo, wmic']);
  });

  test('the start date serves when nothing dates the laptop, and the window is configurable', () => {
    const identities = worker('kim', { start: '2026-10-05' });
    const events = [installed('kim', '2026-10-01T00:00:00Z', 'Slack'), ...recon('kim', '2026-10-07')];
    assert.match(runRule(rule, { identities, events }).findings[0]?.summary ?? '', /by 63 h after the start date/);
    assert.deepEqual(runRule(rule, { identities, events, options: { windowHours: 24 } }).findings, []);
  });
});
