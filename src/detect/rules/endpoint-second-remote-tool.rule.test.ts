import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-second-remote-tool.rule.js';

const CRD = 'C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\CurrentVersion\\remoting_host.exe';

describe('endpoint.second-remote-tool (F-02)', () => {
  test('AnyDesk then Chrome Remote Desktop on a new hire\'s laptop beside the sanctioned RMM: one high finding, escalated', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      policy: { sanctionedRemoteTools: ['NinjaOne'] },
      events: [
        installed('ryan', '2026-09-01T09:00:00Z', 'NinjaRMMAgent'),
        ran('ryan', '2026-09-02T18:00:00Z', 'C:\\Users\\ryan\\Downloads\\AnyDesk.exe'),
        ran('ryan', '2026-09-05T02:00:00Z', CRD),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-02');
    assert.equal(finding.confidence, 0.6);
    assert.equal(
      finding.summary,
      '2 unsanctioned remote-access products on ryan-laptop within 7 days (2026-09-02 to 2026-09-05): AnyDesk, Chrome Remote Desktop; sanctioned or standard, not counted: NinjaOne',
    );
    assert.deepEqual(finding.facets.tools, ['AnyDesk', 'Chrome Remote Desktop']);
    assert.equal(finding.facets.new_hire, true);
    assert.deepEqual(finding.evidence.map((e) => e.values.tool), ['AnyDesk', 'Chrome Remote Desktop']);
    assert.deepEqual(run.subjects[0]!.escalations.map((e) => e.id), ['§7.2']);
  });

  test('the IT administrator with several sanctioned tools does not fire', () => {
    const run = runRule(rule, {
      identities: worker('ivan', { start: '2021-03-01' }),
      policy: { sanctionedRemoteTools: ['TeamViewer', 'ScreenConnect', 'Splashtop'] },
      events: [
        installed('ivan', '2026-10-05T14:00:00Z', 'TeamViewer Host'),
        installed('ivan', '2026-10-05T14:00:00Z', 'ScreenConnect Client (0f1e2d3c4b5a6978)'),
        installed('ivan', '2026-10-05T14:00:00Z', 'Splashtop Streamer'),
        installed('ivan', '2026-10-05T14:00:00Z', 'AnyDesk'),
      ],
    });
    assert.deepEqual(run.findings, [], 'one unsanctioned tool (AnyDesk) is F-01\'s business, not a second tool');
  });

  test('two tools on two different laptops, or more than a week apart, are not layering', () => {
    const run = runRule(rule, {
      identities: [...worker('a', { start: '2024-01-01' }), ...worker('b', { start: '2024-01-01' })],
      events: [
        installed('a', '2026-09-01T10:00:00Z', 'AnyDesk'),
        installed('b', '2026-09-01T10:00:00Z', 'RustDesk'),
        ran('b', '2026-09-20T10:00:00Z', CRD),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('three products score higher, and minTools is configurable', () => {
    const events = [
      installed('kim', '2026-10-01T10:00:00Z', 'AnyDesk'),
      installed('kim', '2026-10-02T10:00:00Z', 'RustDesk'),
      installed('kim', '2026-10-03T10:00:00Z', 'ToDesk'),
    ];
    const identities = worker('kim', { start: '2024-01-01' });
    const three = runRule(rule, { identities, events });
    assert.equal(three.findings[0]?.confidence, 0.7);
    assert.equal(three.findings[0]?.facets.new_hire, false);
    assert.deepEqual(runRule(rule, { identities, events, options: { minTools: 4 } }).findings, []);
  });
});
