import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ran, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule, { maskCrdSecrets } from './endpoint-crd-fixed-pin.rule.js';

const PS = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const START = '& "${Env:PROGRAMFILES(X86)}\\Google\\Chrome Remote Desktop\\CurrentVersion\\remoting_start_host.exe"';
const OAUTH = '--code="4/0AexampleCODE" --redirect-url="https://remotedesktop.google.com/_/oauthredirect" --name=$Env:COMPUTERNAME';

describe('endpoint.crd-fixed-pin (F-03)', () => {
  test('PowerShell registering the host with --pin= on a new hire\'s laptop: high, secrets masked in evidence', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [ran('ryan', '2026-09-02T03:10:00Z', PS, `powershell -ExecutionPolicy Bypass -Command ${START} ${OAUTH} --pin=123456`)],
    });
    const [finding] = run.findingsOf('ryan@example.com');
    assert.equal(finding?.indicator, 'F-03');
    assert.equal(finding?.severity, 'high');
    assert.equal(finding?.confidence, 0.9);
    assert.equal(finding?.summary, 'Chrome Remote Desktop host registered with a fixed PIN 1 time on ryan-laptop from a shell (PowerShell/cmd); first 2026-09-02');
    const line = String(finding?.evidence[0]?.values.command_line);
    assert.match(line, /--pin=<redacted>/);
    assert.match(line, /--code=<redacted>/);
    assert.doesNotMatch(line, /123456|4\/0Aexample/);
    assert.deepEqual(finding?.facets.tools, ['Chrome Remote Desktop']);
  });

  test('the Linux start-host with a separate --pin argument counts too', () => {
    const run = runRule(rule, {
      identities: worker('kim', { start: '2024-01-01' }),
      events: [ran('kim', '2026-10-02T03:10:00Z', '/opt/google/chrome-remote-desktop/start-host', '/opt/google/chrome-remote-desktop/start-host --code=4/x --redirect-url=https://remotedesktop.google.com/_/oauthredirect --name=box --pin 654321')],
    });
    assert.equal(run.findings[0]?.confidence, 0.8);
    assert.equal(run.findings[0]?.facets.new_hire, false);
  });

  test('the interactive setup (no --pin), a grep through logs, and other CRD processes do not fire', () => {
    const run = runRule(rule, {
      identities: worker('erin', { start: '2026-09-01' }),
      events: [
        ran('erin', '2026-09-02T03:10:00Z', PS, `powershell -Command ${START} ${OAUTH}`),
        ran('erin', '2026-09-02T03:20:00Z', '/usr/bin/grep', 'grep -r -- --pin= /opt/google/chrome-remote-desktop/start-host.log'),
        ran('erin', '2026-09-02T03:30:00Z', 'C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\CurrentVersion\\remoting_host.exe', 'remoting_host.exe --type=daemon'),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('IT\'s sanctioned headless deployment stays visible as suppressed', () => {
    const run = runRule(rule, {
      identities: worker('lab', { start: '2024-01-01' }),
      policy: { sanctionedRemoteTools: ['Chrome Remote Desktop'] },
      suppressions: { sanctioned_remote_tools: [{ tool: 'Chrome Remote Desktop', reason: 'lab machines are reached through CRD' }] },
      events: [ran('lab', '2026-10-02T03:10:00Z', PS, `powershell -Command ${START} ${OAUTH} --pin=000111`)],
    });
    assert.equal(run.findings[0]?.suppressed?.kind, 'sanctioned_tool');
  });

  test('maskCrdSecrets masks quoted and bare values', () => {
    assert.equal(maskCrdSecrets('x --pin="12 34" --code 4/abc --name=y'), 'x --pin=<redacted> --code <redacted> --name=y');
  });
});
