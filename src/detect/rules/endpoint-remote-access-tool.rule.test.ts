import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-remote-access-tool.rule.js';

describe('endpoint.remote-access-tool (F-01)', () => {
  test('AnyDesk running on a new hire\'s laptop in the first days: high, confidence doubled, tool facet', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [
        ran('ryan', '2026-09-03T18:00:00Z', '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk', 'AnyDesk --service'),
        ran('ryan', '2026-09-04T18:00:00Z', '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk', 'AnyDesk --service'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-01');
    assert.equal(finding.severity, 'high');
    assert.equal(finding.confidence, 0.95, '(0.45 + 0.1 ran) × 2, capped');
    assert.match(finding.summary, /^AnyDesk \(named in DPRK IT-worker reporting\) ran on ryan-laptop; first seen 2026-09-03 \(66 h after the start date\), last 2026-09-04$/);
    assert.deepEqual(finding.facets, { tools: ['AnyDesk'], from: Date.parse('2026-09-03T18:00:00Z'), to: Date.parse('2026-09-04T18:00:00Z'), new_hire: true });
    assert.equal(finding.evidence.length, 1, 'one entry per distinct executable');
    assert.equal(finding.evidence[0]!.values.value, '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk');
  });

  test('an installed VNC server on a long-tenured employee\'s laptop is a medium lead, not doubled', () => {
    const run = runRule(rule, {
      identities: worker('dana', { start: '2023-02-01' }),
      events: [installed('dana', '2026-10-05T14:00:00Z', 'TightVNC 2.8.81')],
    });
    const [finding] = run.findingsOf('dana@example.com');
    assert.equal(finding?.severity, 'medium');
    assert.equal(finding?.confidence, 0.35);
    assert.equal(finding?.facets.new_hire, false);
    assert.match(finding?.summary ?? '', /^TightVNC is installed on dana-laptop; first seen 2026-10-05 \(day 1342 after the start date\)/);
  });

  test('an IT admin\'s sanctioned tools stay visible but suppressed, also when config spells one by an alias', () => {
    const run = runRule(rule, {
      identities: worker('ivan', { start: '2021-03-01' }),
      policy: { sanctionedRemoteTools: ['TeamViewer', 'ConnectWise Control'] },
      suppressions: {
        sanctioned_remote_tools: [
          { tool: 'TeamViewer', reason: 'IT helpdesk standard' },
          { tool: 'ConnectWise Control', reason: 'MSP tooling' },
        ],
      },
      events: [
        installed('ivan', '2026-10-05T14:00:00Z', 'TeamViewer', 'macos_app'),
        ran('ivan', '2026-10-05T15:00:00Z', 'C:\\Program Files (x86)\\ScreenConnect Client (0f1e2d3c4b5a6978)\\ScreenConnect.ClientService.exe'),
      ],
    });
    const findings = run.findingsOf('ivan@example.com');
    assert.deepEqual(findings.map((f) => f.facets.tools?.[0]).sort(), ['ConnectWise Control', 'TeamViewer']);
    assert.ok(findings.every((f) => f.suppressed?.kind === 'sanctioned_tool'));
    assert.equal(run.subjects[0]!.level, 'none');
  });

  test('a tool on half the fleet is the standard: noted, not flagged; a tool on one laptop still is', () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const run = runRule(rule, {
      identities: people.flatMap((p) => worker(p, { start: '2024-01-01' })),
      events: [
        ...people.map((p) => installed(p, '2026-10-05T14:00:00Z', 'Slack')),
        ...people.slice(0, 3).map((p) => installed(p, '2026-10-05T14:00:00Z', 'Splashtop Streamer')),
        installed('p5', '2026-10-05T14:00:00Z', 'RustDesk'),
      ],
    });
    assert.deepEqual(run.findings.map((f) => f.facets.tools?.[0]), ['RustDesk']);
    assert.match(run.notes.join('\n'), /Splashtop is on 3 of 5 inventoried hosts/);
  });

  test('meeting apps, viewers, browser extensions, mesh and corporate VPNs are not remote access into the laptop', () => {
    const run = runRule(rule, {
      identities: worker('erin', { start: '2026-09-01' }),
      events: [
        installed('erin', '2026-09-02T10:00:00Z', 'GoTo Meeting'),
        installed('erin', '2026-09-02T10:00:00Z', 'VNC Viewer'),
        installed('erin', '2026-09-02T10:00:00Z', 'Remote Utilities - Viewer'),
        installed('erin', '2026-09-02T10:00:00Z', 'Chrome Remote Desktop', 'chrome_extension'),
        installed('erin', '2026-09-02T10:00:00Z', 'Tailscale', 'macos_app'),
        installed('erin', '2026-09-02T10:00:00Z', 'LogMeIn Hamachi'),
        installed('erin', '2026-09-02T10:00:00Z', 'Zoho Meeting'),
        ran('erin', '2026-09-02T10:00:00Z', '/usr/libexec/gnome-remote-desktop-daemon'),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('newHireFactor is configurable, and an unknown sanctioned name gets a note saying what to write', () => {
    const run = runRule(rule, {
      identities: worker('kim', { start: '2026-09-01' }),
      options: { newHireFactor: 1 },
      policy: { sanctionedRemoteTools: ['Acme Remote'] },
      events: [ran('kim', '2026-09-03T18:00:00Z', 'C:\\Program Files\\RustDesk\\rustdesk.exe')],
    });
    assert.equal(run.findingsOf('kim@example.com')[0]?.confidence, 0.55);
    assert.match(run.notes.join('\n'), /"Acme Remote" is not in molehunt's remote-access catalog/);
  });
});
