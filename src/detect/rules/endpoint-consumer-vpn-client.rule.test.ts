import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installed, ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-consumer-vpn-client.rule.js';

describe('endpoint.consumer-vpn-client (F-07)', () => {
  test('Astrill\'s Linux process tree: one high finding naming the processes', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [
        ran('ryan', '2026-09-02T01:00:00Z', '/usr/local/Astrill/astrill'),
        ran('ryan', '2026-09-02T01:00:01Z', '/usr/local/Astrill/asproxy'),
        ran('ryan', '2026-09-02T01:00:02Z', '/usr/local/Astrill/asovpnc'),
        ran('ryan', '2026-09-03T01:00:00Z', '/usr/local/Astrill/astrill'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-07');
    assert.equal(finding.severity, 'high');
    assert.equal(finding.confidence, 0.75);
    assert.equal(
      finding.summary,
      'Astrill VPN (the VPN named in DPRK IT-worker reporting) on ryan-laptop from 2026-09-02: /usr/local/Astrill/astrill, /usr/local/Astrill/asproxy, /usr/local/Astrill/asovpnc',
    );
    assert.equal(finding.evidence.length, 3);
    assert.equal(finding.facets.new_hire, true);
  });

  test('a streaming fan\'s NordVPN is a low-severity finding, a Clash proxy lower still', () => {
    const run = runRule(rule, {
      identities: worker('dana', { start: '2020-01-01' }),
      events: [installed('dana', '2026-10-05T10:00:00Z', 'NordVPN', 'macos_app'), installed('dana', '2026-10-05T10:00:00Z', 'Clash Verge')],
    });
    const byName = Object.fromEntries(run.findings.map((f) => [f.summary.split(' (')[0], f]));
    assert.deepEqual([byName.NordVPN?.severity, byName.NordVPN?.confidence], ['low', 0.35]);
    assert.deepEqual([byName.Clash?.severity, byName.Clash?.confidence], ['low', 0.3]);
  });

  test('corporate VPN and zero-trust clients never count; a permitted consumer brand neither', () => {
    const run = runRule(rule, {
      identities: worker('ivan', { start: '2020-01-01' }),
      options: { allowed: ['Proton VPN'] },
      events: [
        installed('ivan', '2026-10-05T10:00:00Z', 'GlobalProtect'),
        installed('ivan', '2026-10-05T10:00:00Z', 'Cisco Secure Client - AnyConnect VPN'),
        ran('ivan', '2026-10-05T10:00:00Z', 'C:\\Program Files\\Zscaler\\ZSATray\\ZSATray.exe'),
        installed('ivan', '2026-10-05T10:00:00Z', 'FortiClient VPN'),
        installed('ivan', '2026-10-05T10:00:00Z', 'NordLayer'),
        installed('ivan', '2026-10-05T10:00:00Z', 'Tailscale', 'macos_app'),
        installed('ivan', '2026-10-05T10:00:00Z', 'WireGuard', 'macos_app'),
        installed('ivan', '2026-10-05T10:00:00Z', 'Proton VPN'),
      ],
    });
    assert.deepEqual(run.findings, []);
  });
});
