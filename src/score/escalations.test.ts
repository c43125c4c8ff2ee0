import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../model/finding.js';
import { scoreSubject } from './score-subject.js';

const f = (rule: string, indicator: string, over: Partial<Finding> = {}): Finding => ({
  id: `${rule}`, rule, indicator, subject: 'sub_x', severity: 'medium', confidence: 0.7, summary: rule, evidence: [],
  citations: [{ indicator, source: 't' }], corroborating_only: false, strength: 'M', shadow: false, related_subjects: [], facets: {}, ...over,
});

describe('§7 escalations', () => {
  test('an IP-KVM finding alone lifts the subject to high, and points still add up to the score', () => {
    const s = scoreSubject([f('endpoint.ipkvm-usb', 'F-04', { severity: 'low' })]);
    assert.equal(s.level, 'high');
    assert.deepEqual(s.escalations.map((e) => e.id), ['§7.1']);
    assert.ok(Math.abs(s.contributions.reduce((a, c) => a + c.points, 0) - s.score) <= 0.2);
  });

  test('a second remote tool escalates only on a new hire (or beside E-07/D-06)', () => {
    assert.equal(scoreSubject([f('endpoint.second-remote-tool', 'F-02', { facets: { new_hire: false } })]).escalations.length, 0);
    assert.equal(scoreSubject([f('endpoint.second-remote-tool', 'F-02', { facets: { new_hire: true } })]).escalations[0]!.id, '§7.2');
    assert.equal(scoreSubject([f('endpoint.second-remote-tool', 'F-02'), f('signin.new-hire-unmanaged', 'E-07')]).escalations[0]!.id, '§7.2');
  });

  test('weak, shadow, suppressed and corroborating findings take no part', () => {
    const weak = f('shipping.shared-address', 'D-03', { confidence: 0.2 });
    const shadow = f('shipping.shared-address', 'D-03', { shadow: true });
    const suppressed = f('payroll.shared-payout-account', 'G-03', { suppressed: { kind: 'household', reason: 'joint account', source: 'x' } });
    for (const x of [weak, shadow, suppressed]) assert.deepEqual(scoreSubject([x]).escalations, [], x.rule);
    const shadowScore = scoreSubject([shadow]);
    assert.equal(shadowScore.score, 0);
    assert.equal(shadowScore.contributions[0]!.status, 'shadow');
    assert.equal(scoreSubject([suppressed]).contributions[0]!.status, 'suppressed');
  });

  test('VPN egress and an unmanaged first sign-in on a new hire escalate together, not apart', () => {
    assert.equal(scoreSubject([f('signin.astrill-egress', 'E-01')]).escalations.length, 0);
    assert.equal(scoreSubject([f('signin.astrill-egress', 'E-01'), f('signin.new-hire-unmanaged', 'E-07')]).escalations[0]!.id, '§7.3');
  });
});

describe('evidence families', () => {
  test('one shared connection seen by E-04 and E-13 counts once; the weaker is listed as folded', () => {
    const both = scoreSubject([f('signin.shared-ip-accounts', 'E-04', { confidence: 0.6 }), f('signin.residential-ip-identities', 'E-13', { confidence: 0.9 })]);
    const one = scoreSubject([f('signin.residential-ip-identities', 'E-13', { confidence: 0.9 })]);
    assert.equal(both.score, one.score);
    assert.deepEqual(both.contributions.map((c) => [c.rule, c.status]), [['signin.residential-ip-identities', 'counted'], ['signin.shared-ip-accounts', 'folded']]);
  });

  test('rules of different families still add up', () => {
    const two = scoreSubject([f('signin.shared-ip-accounts', 'E-04'), f('shipping.mail-drop', 'D-02')]);
    assert.ok(two.score > scoreSubject([f('shipping.mail-drop', 'D-02')]).score);
  });

  test('a folded F-02 still makes the §7.2 combination', () => {
    const s = scoreSubject([f('endpoint.remote-access-tool', 'F-01', { confidence: 0.9, severity: 'high' }), f('endpoint.second-remote-tool', 'F-02', { facets: { new_hire: true } })]);
    assert.equal(s.contributions.find((c) => c.rule === 'endpoint.second-remote-tool')!.status, 'folded');
    assert.deepEqual(s.escalations.map((e) => e.id), ['§7.2']);
  });
});
