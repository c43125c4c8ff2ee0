import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankAccount, hrPerson, payoutOf, wallet } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './payroll-crypto-payout.rule.js';

const W = '0x1111222233334444555566667777888899990000';

describe('payroll.crypto-payout (G-01)', () => {
  test('flags a switch from a bank account to a wallet after the first paychecks', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('ethan', 'Ethan Walker', { start: '2026-09-28' }),
        payoutOf('ethan', '2026-09-28', { accounts: [bankAccount('fp-bank', '8123')] }),
        payoutOf('ethan', '2026-10-12', { method: 'crypto', accounts: [wallet(W, 'tron')] }),
      ],
      events: [],
    });
    const [finding, ...rest] = run.findingsOf('ethan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'G-01');
    assert.equal(finding.summary, `payout switched from bank …8123 to wallet ${W} (tron) effective 2026-10-12, 14 days after the previous election`);
    assert.equal(finding.confidence, 0.65);
    assert.deepEqual(finding.evidence.map((e) => [e.values.effective_date, e.values.note ?? null]), [['2026-09-28', 'previous election'], ['2026-10-12', null]]);
    assert.equal(finding.facets.new_hire, true);
  });

  test('crypto from the first election weighs less than a switch', () => {
    const run = runRule(rule, { identities: [hrPerson('d', 'Dee Moss'), payoutOf('d', '2026-09-01', { method: 'crypto', accounts: [wallet(W)] })], events: [] });
    const [finding] = run.findingsOf('d@example.com');
    assert.equal(finding?.confidence, 0.5);
    assert.match(finding?.summary ?? '', /^paid in crypto from the first election/);
  });

  test('part of the pay to a wallet beside a bank account (a split election) weighs less', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('s', 'Sam Reed'),
        payoutOf('s', '2026-09-01', { accounts: [bankAccount('fp-s')] }),
        payoutOf('s', '2026-09-01', { method: 'crypto', accounts: [wallet(W)] }),
      ],
      events: [],
    });
    const [finding] = run.findingsOf('s@example.com');
    assert.equal(finding?.confidence, 0.4);
    assert.match(finding?.summary ?? '', /part of the pay, beside a bank account/);
  });

  test('where crypto payroll is normal, day-one crypto is not reported and a switch weighs little', () => {
    const options = { cryptoPayrollIsNormal: true };
    const dayOne = runRule(rule, { identities: [hrPerson('d', 'Dee Moss'), payoutOf('d', '2026-09-01', { method: 'crypto', accounts: [wallet(W)] })], events: [], options });
    assert.deepEqual(dayOne.findings, []);
    const switched = runRule(rule, {
      identities: [hrPerson('e', 'Eli Park'), payoutOf('e', '2026-09-01', { accounts: [bankAccount('fp-e')] }), payoutOf('e', '2026-10-01', { method: 'crypto', accounts: [wallet(W)] })],
      events: [],
      options,
    });
    assert.equal(switched.findingsOf('e@example.com')[0]?.confidence, 0.3);
  });

  test('bank, platform and check payouts are not crypto', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('b', 'Bea Ruiz'),
        payoutOf('b', '2026-09-01', { accounts: [bankAccount('fp-b')] }),
        payoutOf('b', '2026-10-01', { method: 'wise', accounts: [{ kind: 'wise', fingerprint: 'fp-w', last4: '.com' }] }),
        payoutOf('b', '2026-10-15', { method: 'check' }),
      ],
      events: [],
    });
    assert.deepEqual(run.findings, []);
  });
});
