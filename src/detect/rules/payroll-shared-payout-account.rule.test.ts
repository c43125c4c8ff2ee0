import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankAccount, hrPerson, payoutOf, wallet, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './payroll-shared-payout-account.rule.js';

const home = (line: string, city: string, postal: string): Address => ({ line, city, postal_code: postal, country: 'US' });
const PHOENIX = home('15 Camelback Rd', 'Phoenix', '85016');
const MIAMI = home('220 Ocean Dr', 'Miami', '33139');
const FLANDERS = home('410 NW Flanders St', 'Portland', '97209');
const shared = bankAccount('fp-777888999', '8999');

describe('payroll.shared-payout-account (G-03)', () => {
  test('two workers with different homes paid into one bank account: each finding names the other', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('ryan', 'Ryan Mitchell', { home: PHOENIX }), payoutOf('ryan', '2026-08-31', { payee: 'Ryan Mitchell', accounts: [shared], routing: 'rt-68' }),
        hrPerson('kevin', 'Kevin Brooks', { home: MIAMI }), payoutOf('kevin', '2026-09-14', { payee: 'Kevin Brooks', accounts: [shared], routing: 'rt-68' }),
      ],
      events: [],
    });
    for (const who of ['ryan', 'kevin']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.ok(finding, who);
      assert.equal(rest.length, 0);
      assert.equal(finding.indicator, 'G-03');
      assert.match(finding.summary, /^2 workers are paid into bank …8999: .*; payee names "Ryan Mitchell", "Kevin Brooks"$/);
      assert.equal(finding.confidence, 0.8);
      assert.equal(finding.related_subjects.length, 1);
      assert.equal(finding.evidence.length, 2);
    }
  });

  test('one EVM wallet written in different cases across three workers', () => {
    const address = '0xAbCdEf0123456789aBcDeF0123456789AbCdEf01';
    const identities = ['a', 'b', 'c'].flatMap((id, i) => [
      hrPerson(id, `Worker ${id.toUpperCase()}`, { home: [PHOENIX, MIAMI, FLANDERS][i] }),
      payoutOf(id, '2026-10-01', { method: 'crypto', accounts: [wallet(i === 1 ? address.toLowerCase() : address, i === 2 ? 'polygon' : 'ethereum')] }),
    ]);
    const [finding] = runRule(rule, { identities, events: [] }).findingsOf('a@example.com');
    assert.equal(finding?.confidence, 0.85);
    assert.match(finding?.summary ?? '', /^3 workers are paid into wallet 0x/);
  });

  test('the same account number at two different banks is two accounts', () => {
    const run = runRule(rule, {
      identities: [
        hrPerson('a', 'Ann Lee'), payoutOf('a', '2026-09-01', { accounts: [shared], routing: 'rt-1' }),
        hrPerson('b', 'Bo Chan'), payoutOf('b', '2026-09-01', { accounts: [shared], routing: 'rt-2' }),
      ],
      events: [],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a joint account of an undeclared couple at one home gets little weight; a declared household is suppressed', () => {
    const identities = [
      hrPerson('grace', 'Grace Kim', { home: FLANDERS }), payoutOf('grace', '2023-02-06', { payee: 'Grace and Henry Kim', accounts: [shared] }),
      hrPerson('henry', 'Henry Kim', { home: FLANDERS }), payoutOf('henry', '2023-06-19', { payee: 'Grace and Henry Kim', accounts: [shared] }),
    ];
    const [finding] = runRule(rule, { identities, events: [] }).findingsOf('grace@example.com');
    assert.equal(finding?.confidence, 0.25);
    assert.match(finding?.summary ?? '', /they claim the same home \(a joint account\?/);
    const declared = runRule(rule, {
      identities,
      events: [],
      suppressions: { households: [{ subjects: ['grace@example.com', 'henry@example.com'], reason: 'married; joint account confirmed by payroll' }] },
    });
    assert.ok(declared.findings.length === 2 && declared.findings.every((f) => f.suppressed?.kind === 'household'));
  });

  test('one surname and no street-level homes to compare stays below escalation', () => {
    const run = runRule(rule, {
      identities: [hrPerson('p', 'Pia Novak'), payoutOf('p', '2026-09-01', { accounts: [shared] }), hrPerson('q', 'Quin Novak'), payoutOf('q', '2026-09-01', { accounts: [shared] })],
      events: [],
    });
    assert.equal(run.findingsOf('p@example.com')[0]?.confidence, 0.45);
  });

  test('contractors paid into an agency\'s company account get little weight; big clearing accounts are left out with a note', () => {
    const agency = (ids: string[]) => ids.flatMap((id) => [
      hrPerson(id, `Contractor ${id}`, { employmentType: 'contractor' }),
      payoutOf(id, '2026-09-01', { payee: 'Example Staffing LLC', accounts: [shared] }),
    ]);
    assert.equal(runRule(rule, { identities: agency(['a', 'b']), events: [] }).findingsOf('a@example.com')[0]?.confidence, 0.3);
    const big = runRule(rule, { identities: agency(['a', 'b', 'c']), events: [], options: { maxSubjects: 2 } });
    assert.deepEqual(big.findings, []);
    assert.ok(big.notes.some((n) => /3 workers are paid into bank …8999; treated as an agency/.test(n)));
  });
});
