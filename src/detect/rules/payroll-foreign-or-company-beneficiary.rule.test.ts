import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankAccount, hrPerson, payoutOf, type Address } from '../../test-support/people.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './payroll-foreign-or-company-beneficiary.rule.js';

const COLUMBUS: Address = { line: '77 High St', city: 'Columbus', postal_code: '43215', country: 'US' };
const HONG_KONG: Address = { line: '1 Example Road', city: 'Hong Kong', country: 'HK' };

const worker = (over: Parameters<typeof payoutOf>[2], employmentType?: string, home: Address = COLUMBUS) => [
  hrPerson('w', 'Ethan Walker', { home, ...(employmentType ? { employmentType } : {}) }),
  payoutOf('w', '2026-10-12', { accounts: [bankAccount('fp-w')], ...over }),
];
const findingOf = (identities: ReturnType<typeof worker>, options?: Record<string, unknown>) =>
  runRule(rule, { identities, events: [], ...(options ? { options } : {}) }).findingsOf('w@example.com');

describe('payroll.foreign-or-company-beneficiary (G-04)', () => {
  test('flags pay to a bank in China for a worker who claims to live in the US', () => {
    const [finding, ...rest] = findingOf(worker({ payee: 'Ethan Walker', bankCountry: 'China' }));
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'G-04');
    assert.equal(finding.summary, 'bank in CN (claimed home US); effective 2026-10-12');
    assert.equal(finding.confidence, 0.65);
    assert.deepEqual([finding.evidence[0]!.values.bank_country, finding.evidence[0]!.values.claimed_home_country], ['China', 'US']);
  });

  test('flags an employee\'s pay to someone\'s company, and more when the bank is in Hong Kong too', () => {
    const [company] = findingOf(worker({ payee: 'Shenyang Example Trading Co., Ltd.' }));
    assert.equal(company?.confidence, 0.7);
    assert.match(company?.summary ?? '', /payee "Shenyang Example Trading Co\., Ltd\." is a company \(Co\.\), not the worker/);
    const [both] = findingOf(worker({ payee: '沈阳示例贸易有限公司', bankCountry: 'HK' }));
    assert.equal(both?.confidence, 0.85);
  });

  test('contractors paid through a company, above all their own, get little weight; so does an employee\'s own company', () => {
    assert.equal(findingOf(worker({ payee: 'Walker Consulting LLC' }, 'Contractor'))[0]?.confidence, 0.15);
    assert.equal(findingOf(worker({ payee: 'Example Dev Services Ltd' }, 'contractor'))[0]?.confidence, 0.3);
    assert.equal(findingOf(worker({ payee: 'Ethan Walker LLC' }))[0]?.confidence, 0.45);
  });

  test('a bank in the country the worker lives in is never flagged, nor is the worker\'s own name', () => {
    assert.deepEqual(findingOf(worker({ payee: 'Ethan Walker', bankCountry: 'HK' }, undefined, HONG_KONG)), []);
    assert.deepEqual(findingOf(worker({ payee: 'Ethan Walker', bankCountry: 'US' })), []);
  });

  test('the bank country list and company payees are configurable', () => {
    assert.deepEqual(findingOf(worker({ bankCountry: 'CN' }), { bankCountries: ['MO'] }), []);
    assert.equal(findingOf(worker({ bankCountry: 'MO' }), { bankCountries: ['MO'] }).length, 1);
    assert.deepEqual(findingOf(worker({ payee: 'Example Holdings Ltd' }), { companyPayees: false }), []);
  });
});
