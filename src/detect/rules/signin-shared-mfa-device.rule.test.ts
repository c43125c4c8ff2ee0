import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostEvent, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { signInWith } from '../../test-support/sign-in-with.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-shared-mfa-device.rule.js';

const person = (id: string, line: string, city: string) => staff(id, { start: '2026-09-14', home: { line, city, postal: '00000', country: 'US' } });
const mfa = (who: string, at: string, device: string, outcome?: 'failure') =>
  signInWith(signIn({ id: `${who}-${at}`, at, identity: who, ...(outcome ? { outcome } : {}) }), { mfaDevice: device, mfaMethod: 'push' });
const oktaMfaEvent = (who: string, at: string, device: string) =>
  hostEvent(`idp.account:okta:${who}`, {
    id: `mfa-${who}-${at}`,
    at,
    dataset: 'okta.system',
    action: 'user.authentication.auth_via_mfa',
    category: ['authentication'],
    type: ['info'],
    molehunt: { mfa: { method: 'push', device_id: device, provider: 'okta' } },
  });
const trio = [...person('ryan', '15 Camelback Rd', 'Phoenix'), ...person('kevin', '220 Ocean Dr', 'Miami'), ...person('ethan', '77 High St', 'Columbus')];

describe('signin.shared-mfa-device (E-09, I-01)', () => {
  test('one enrolled device for three people who claim three homes: each gets a finding naming the others', () => {
    const run = runRule(rule, {
      identities: trio,
      events: [
        mfa('ryan', '2026-10-05T14:00:00Z', 'pfd8kq2exmple01'),
        mfa('ryan', '2026-10-06T14:00:00Z', 'pfd8kq2exmple01'),
        mfa('kevin', '2026-10-05T14:10:00Z', 'pfd8kq2exmple01'),
        mfa('ethan', '2026-10-07T14:00:00Z', 'PFD8KQ2EXMPLE01 '),
      ],
    });
    for (const who of ['ryan', 'kevin', 'ethan']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.ok(finding, who);
      assert.equal(rest.length, 0);
      assert.equal(finding.indicator, 'E-09');
      assert.equal(finding.summary, 'MFA device "pfd8kq2exmple01" completed sign-ins for 3 people: ryan, kevin, ethan; they declare 3 different homes');
      assert.equal(finding.severity, 'high');
      assert.equal(finding.confidence, 0.85);
      assert.equal(finding.related_subjects.length, 2);
      assert.deepEqual(finding.evidence.map((e) => e.values.account), ['ryan@example.com', 'kevin@example.com', 'ethan@example.com']);
      assert.equal(finding.facets.new_hire, true);
    }
    assert.equal(run.subjects[0]?.level, 'high', '§7.5 escalates a shared MFA device');
  });

  test('Okta MFA events (not sign-ins) count too', () => {
    const run = runRule(rule, {
      identities: trio,
      events: [oktaMfaEvent('ryan', '2026-10-05T14:00:00Z', 'pfdOKTA01'), oktaMfaEvent('kevin', '2026-10-05T15:00:00Z', 'pfdOKTA01')],
    });
    const [finding] = run.findingsOf('kevin@example.com');
    assert.match(finding?.summary ?? '', /for 2 people: ryan, kevin/);
    assert.equal(finding?.evidence[0]!.values.action, 'user.authentication.auth_via_mfa');
  });

  test('a masked Entra phone or a phone model matches by chance: low confidence, low severity', () => {
    const run = runRule(rule, {
      identities: trio,
      events: [
        mfa('ryan', '2026-10-05T14:00:00Z', '+1 XXXXXXX12'),
        mfa('kevin', '2026-10-05T15:00:00Z', '+1 XXXXXXX12'),
        mfa('ethan', '2026-10-05T16:00:00Z', 'iPhone 15 Pro'),
        mfa('kevin', '2026-10-06T15:00:00Z', 'iPhone 15 Pro'),
      ],
    });
    const masked = run.findingsOf('ryan@example.com')[0];
    assert.match(masked?.summary ?? '', /"\+1 XXXXXXX12" \(a masked number: may match by chance\)/);
    assert.deepEqual([masked?.confidence, masked?.severity], [0.3, 'low']);
    const model = run.findingsOf('ethan@example.com')[0];
    assert.deepEqual([model?.confidence, model?.severity], [0.15, 'low']);
    assert.ok(run.subjects.every((s) => s.escalations.length === 0));
  });

  test('a household sharing one phone gets little weight, and a declared household is suppressed', () => {
    const home: [string, string] = ['410 NW Flanders St', 'Portland'];
    const identities = [...person('grace', ...home), ...person('henry', ...home)];
    const events = [mfa('grace', '2026-10-05T14:00:00Z', '+1 555 0110'), mfa('henry', '2026-10-05T18:00:00Z', '+15550110')];
    const [finding] = runRule(rule, { identities, events }).findingsOf('grace@example.com');
    assert.match(finding?.summary ?? '', /same home address \(a household\?\)/);
    assert.deepEqual([finding?.confidence, finding?.severity], [0.2, 'low']);
    const declared = runRule(rule, { identities, events, suppressions: { households: [{ subjects: ['grace@example.com', 'henry@example.com'], reason: 'married, one phone for SMS' }] } });
    assert.ok(declared.findings.every((f) => f.suppressed?.kind === 'household'));
  });

  test('one person on many sign-ins and failed attempts with someone else\'s device are no finding', () => {
    const run = runRule(rule, {
      identities: trio,
      events: [mfa('ryan', '2026-10-05T14:00:00Z', 'dev-1'), mfa('ryan', '2026-10-06T14:00:00Z', 'dev-1'), mfa('kevin', '2026-10-06T15:00:00Z', 'dev-1', 'failure')],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a value shared by more people than maxSubjects is a label: a note, no findings', () => {
    const run = runRule(rule, {
      identities: trio,
      options: { maxSubjects: 2 },
      events: ['ryan', 'kevin', 'ethan'].map((w, i) => mfa(w, `2026-10-05T1${i}:00:00Z`, 'Microsoft Authenticator')),
    });
    assert.deepEqual(run.findings, []);
    assert.match(run.notes[0] ?? '', /"Microsoft Authenticator" was used by 3 people and treated as a label/);
  });
});
