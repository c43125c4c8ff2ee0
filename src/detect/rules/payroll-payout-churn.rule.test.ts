import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankAccount, hrPerson, payoutOf } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './payroll-payout-churn.rule.js';

const A = bankAccount('fp-a', '1111');
const B = bankAccount('fp-b', '2222');
const C = bankAccount('fp-c', '3333');

const elections = (...list: [string, ...(typeof A)[]][]) => [
  hrPerson('w', 'Ethan Walker', { start: '2026-08-01' }),
  ...list.map(([date, ...accounts]) => payoutOf('w', date, { payee: 'Ethan Walker', accounts })),
];
const findingsOf = (identities: ReturnType<typeof elections>, options?: Record<string, unknown>) =>
  runRule(rule, { identities, events: [], ...(options ? { options } : {}) }).findingsOf('w@example.com');

describe('payroll.payout-churn (G-05)', () => {
  test('flags two new payout accounts within the window after the first election', () => {
    const [finding, ...rest] = findingsOf(elections(['2026-08-01', A], ['2026-08-20', B], ['2026-09-30', C]));
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'G-05');
    assert.equal(finding.summary, '2 new payout accounts within 41 days (2026-08-20 → 2026-09-30; window 90 days)');
    assert.equal(finding.confidence, 0.5);
    assert.deepEqual(finding.evidence.map((e) => e.values.accounts), ['bank …2222', 'bank …3333']);
  });

  test('changing banks (add the new account, then drop the old one) is one change and does not flag', () => {
    assert.deepEqual(findingsOf(elections(['2026-08-01', A], ['2026-09-01', A, B], ['2026-09-15', B], ['2026-10-01', A])), []);
  });

  test('changes spread over a year do not flag unless the window is widened', () => {
    const spread = elections(['2026-01-05', A], ['2026-03-01', B], ['2026-10-01', C]);
    assert.deepEqual(findingsOf(spread), []);
    assert.equal(findingsOf(spread, { windowDays: 365 }).length, 1);
  });

  test('flags a payee who shares no name word with the worker, more when it is another worker\'s name', () => {
    const stranger = [hrPerson('w', 'Ethan Walker'), payoutOf('w', '2026-09-28', { payee: 'Daniel Brooks', accounts: [A] })];
    const [finding] = runRule(rule, { identities: stranger, events: [] }).findingsOf('w@example.com');
    assert.equal(finding?.confidence, 0.55);
    assert.equal(finding?.summary, 'payee name "Daniel Brooks" shares no name word with the legal name "Ethan Walker"');
    const colleague = runRule(rule, { identities: [...stranger, hrPerson('d', 'Daniel Brooks')], events: [] }).findingsOf('w@example.com')[0];
    assert.equal(colleague?.confidence, 0.7);
    assert.match(colleague?.summary ?? '', /Daniel Brooks is another worker here/);
    assert.equal(colleague?.related_subjects.length, 1);
  });

  test('nicknames, maiden names, word order and joint accounts are the same person', () => {
    for (const [legal, payee] of [['Robert Martinez', 'Bob Martinez'], ['Grace Kim', 'Grace Park'], ['Ethan Walker', 'WALKER, ETHAN J'], ['Henry Kim', 'Grace & Henry Kim']]) {
      const run = runRule(rule, { identities: [hrPerson('p', legal!), payoutOf('p', '2026-09-01', { payee, accounts: [A] })], events: [] });
      assert.deepEqual(run.findings, [], `${legal} / ${payee}`);
    }
  });

  test('company payees (G-04\'s) and names in another script are not judged; checkPayeeName turns the name check off', () => {
    const company = runRule(rule, { identities: [hrPerson('c', 'Ethan Walker'), payoutOf('c', '2026-09-01', { payee: 'Example Holdings Ltd', accounts: [A] })], events: [] });
    const script = runRule(rule, { identities: [hrPerson('s', 'Alice Chen'), payoutOf('s', '2026-09-01', { payee: '陈爱丽', accounts: [A] })], events: [] });
    const off = runRule(rule, { identities: [hrPerson('o', 'Ethan Walker'), payoutOf('o', '2026-09-01', { payee: 'Daniel Brooks', accounts: [A] })], events: [], options: { checkPayeeName: false } });
    assert.deepEqual([...company.findings, ...script.findings, ...off.findings], []);
  });
});
