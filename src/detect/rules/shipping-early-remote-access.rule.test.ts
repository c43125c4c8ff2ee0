import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './shipping-early-remote-access.rule.js';

const ENROLLED = '2026-08-31T13:05:00Z';

describe('shipping.early-remote-access (D-06)', () => {
  test('AnyDesk and Astrill within three days of enrollment: one finding with both, reported tools weigh more', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01', enrolledAt: ENROLLED }),
      events: [
        installed('ryan', '2026-08-31T14:00:00Z', 'Slack', 'macos_app'),
        ran('ryan', '2026-09-01T06:00:00Z', '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk'),
        installed('ryan', '2026-09-02T20:00:00Z', 'Astrill', 'macos_app'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'D-06');
    assert.equal(finding.confidence, 0.8);
    assert.equal(finding.summary, 'Within 72 h of the MDM enrollment of ryan-laptop: AnyDesk (17 h), Astrill VPN (55 h)');
    assert.deepEqual(finding.facets.tools, ['AnyDesk']);
    assert.equal(finding.facets.new_hire, true);
    assert.equal(finding.evidence[0]!.values.enrolled, '2026-08-31T13:05:00.000Z');
  });

  test('IT\'s sanctioned tool at provisioning, and a tool first seen weeks later, do not count', () => {
    const run = runRule(rule, {
      identities: worker('erin', { start: '2026-09-01', enrolledAt: ENROLLED }),
      policy: { sanctionedRemoteTools: ['TeamViewer'] },
      events: [installed('erin', '2026-08-31T14:00:00Z', 'TeamViewer Host'), installed('erin', '2026-09-20T10:00:00Z', 'RustDesk')],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a re-enrolled laptop\'s old tool is not "new on arrival"', () => {
    const run = runRule(rule, {
      identities: worker('dana', { start: '2020-01-01', enrolledAt: '2026-10-05T00:00:00Z' }),
      events: [installed('dana', '2026-09-01T10:00:00Z', 'AnyDesk'), installed('dana', '2026-10-05T10:00:00Z', 'AnyDesk')],
    });
    assert.deepEqual(run.findings, []);
  });

  test('dated only by its first event, a host\'s first inventory is what it came with; later starts are what arrived', () => {
    const run = runRule(rule, {
      identities: [...worker('old'), ...worker('ivan')],
      events: [
        installed('old', '2026-10-01T00:00:00Z', 'Slack'),
        installed('ivan', '2026-10-05T14:00:00Z', 'TeamViewer', 'macos_app'),
        ran('ivan', '2026-10-06T10:00:00Z', '/Applications/RustDesk.app/Contents/MacOS/RustDesk'),
      ],
    });
    assert.deepEqual(run.findings.map((f) => f.summary), ['Within 72 h of the first osquery.result event of the host of ivan-laptop: RustDesk (20 h)']);
  });

  test('the organization\'s own list of forbidden software counts, and its patterns are checked', () => {
    const identities = worker('kim', { start: '2026-09-01', enrolledAt: ENROLLED });
    const events = [installed('kim', '2026-09-01T10:00:00Z', 'qBittorrent 5.0')];
    assert.deepEqual(runRule(rule, { identities, events }).findings, []);
    const run = runRule(rule, { identities, events, options: { unauthorizedSoftware: ['^qbittorrent'] } });
    assert.equal(run.findings[0]?.summary, 'Within 72 h of the MDM enrollment of kim-laptop: forbidden software qBittorrent 5.0 (21 h)');
    assert.equal(run.findings[0]?.confidence, 0.6);
    assert.throws(() => runRule(rule, { identities, events, options: { unauthorizedSoftware: ['[bad'] } }), /regular expression/);
  });
});
