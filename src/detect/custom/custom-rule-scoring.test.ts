import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostEvent } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff } from '../../test-support/staff.js';
import type { RuleDefinition } from '../define-rule.js';
import { loadCustomRules } from './load-custom-rules.js';

function remoteDesktopRule(status: 'experimental' | 'stable'): RuleDefinition {
  const { rules, problems } = loadCustomRules(
    [
      {
        path: 'rules/remote-desktop.yml',
        text: `id: custom.remote-desktop
indicator: F-01
title: Remote-desktop software on a company laptop
description: A consumer remote-desktop tool is installed or running on a company laptop.
strength: M
status: ${status}
tools: [AnyDesk, TeamViewer]
logsource: { kind: event }
detection:
  installed:
    package.name|contains: [AnyDesk, TeamViewer]
  running:
    process.name|contains: [AnyDesk, TeamViewer]
  condition: 1 of them
`,
      },
    ],
    [],
  );
  assert.deepEqual(problems, []);
  return rules[0]!;
}

const identities = [...staff('ryan', { start: '2026-08-31' }), ...staff('ivan', { start: '2018-01-08' })];
const events = [
  hostEvent('idp.account:okta:ryan', { id: 'p1', at: '2026-09-03T18:00:00Z', action: 'process.added', process: { name: 'AnyDesk' } }),
  hostEvent('idp.account:okta:ivan', { id: 'a1', at: '2025-10-05T14:00:00Z', action: 'app.snapshot', package: { name: 'TeamViewer' } }),
];
const scoreOf = (run: ReturnType<typeof runRule>, name: string) => run.subjects.find((s) => s.display_name === name)!;

describe('custom rules in scoring, shadow mode and suppressions', () => {
  test('a stable custom rule scores like a built-in one', () => {
    const run = runRule(remoteDesktopRule('stable'), { identities, events });
    const ryan = scoreOf(run, 'ryan');
    assert.ok(ryan.score > 0);
    assert.deepEqual(ryan.contributions.map((c) => [c.rule, c.status]), [['custom.remote-desktop', 'counted']]);
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding!.shadow, false);
    assert.deepEqual(finding!.facets.tools, ['AnyDesk']);
    assert.equal(finding!.facets.new_hire, true, 'three days after the start date');
    assert.equal(run.findingsOf('ivan@example.com')[0]!.facets.new_hire, false);
  });

  test('an experimental custom rule runs in shadow: its finding is recorded, the score is unchanged', () => {
    const run = runRule(remoteDesktopRule('experimental'), { identities, events });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding!.shadow, true);
    assert.equal(finding!.rule, 'custom.remote-desktop');
    const ryan = scoreOf(run, 'ryan');
    assert.equal(ryan.score, 0);
    assert.equal(ryan.level, 'none');
    assert.deepEqual(ryan.contributions.map((c) => [c.rule, c.status, c.points]), [['custom.remote-desktop', 'shadow', 0]]);
  });

  test('suppressions apply: a sanctioned tool by the tools facet, a finding entry by rule id', () => {
    const sanctioned = runRule(remoteDesktopRule('stable'), {
      identities,
      events,
      suppressions: { sanctioned_remote_tools: [{ tool: 'TeamViewer', reason: 'IT support tool, ticket IT-42' }] },
    });
    assert.equal(sanctioned.findingsOf('ivan@example.com')[0]!.suppressed?.kind, 'sanctioned_tool');
    assert.equal(scoreOf(sanctioned, 'ivan').score, 0);
    assert.equal(sanctioned.findingsOf('ryan@example.com')[0]!.suppressed, undefined, 'AnyDesk is not sanctioned');
    const byRule = runRule(remoteDesktopRule('stable'), {
      identities,
      events,
      suppressions: { findings: [{ rule: 'custom.remote-desktop', subject: 'ryan@example.com', reason: 'reviewed: personal laptop test' }] },
    });
    assert.equal(byRule.findingsOf('ryan@example.com')[0]!.suppressed?.source, 'suppressions.findings[0]');
  });

  test('a disabled custom rule does not run', () => {
    const rule = remoteDesktopRule('stable');
    assert.deepEqual(runRule(rule, { identities, events, options: { enabled: false } }).findings, []);
  });
});
