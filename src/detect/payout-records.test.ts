import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { employee, record } from '../test-support/factories.js';
import { accountKey, accountLabel, isContractor, isCrypto, legalNameOf, payoutEvidence, payoutsOf } from './payout-records.js';

const subject = (...identities: IdentityRecord[]): ResolvedSubject => ({ id: 's', display_name: 's', identities, merge_reasons: [] });
const bank = (fingerprint: string, last4 = '1234') => ({ kind: 'bank' as const, fingerprint, last4 });
const payee = (id: string, attributes: Record<string, string>, accounts: IdentityRecord['identifiers']['payout_accounts']) =>
  record('payroll.payee', id, { attributes, identifiers: { payout_accounts: accounts } });

describe('payoutsOf', () => {
  test('orders elections by effective date, reads method, payee and bank country, and skips undated ones', () => {
    const s = subject(
      payee('b', { effective_date: '2026-10-12T00:00:00Z', method: 'CRYPTO', payee_name: ' Ethan Walker ' }, [{ kind: 'wallet', fingerprint: 'w', last4: 'ist9', address: 'TXexample', chain: 'tron' }]),
      payee('a', { effective_date: '2026-09-28T00:00:00Z', method: 'ach', bank_country: 'US' }, [bank('f1')]),
      payee('c', { method: 'ach' }, [bank('f2')]),
    );
    const payouts = payoutsOf(s);
    assert.deepEqual(payouts.map((p) => [p.day, p.method, p.payeeName, p.bankCountry]), [
      ['2026-09-28', 'ach', undefined, 'US'],
      ['2026-10-12', 'crypto', 'Ethan Walker', undefined],
    ]);
    assert.deepEqual(payouts.map(isCrypto), [false, true]);
    assert.equal(payoutEvidence(payouts[1]!).values.accounts, 'wallet TXexample (tron)');
  });
});

describe('accountKey', () => {
  const r = (routing?: string) => payee('x', routing ? { routing_fp: routing } : {}, []);

  test('EVM wallets compare case-insensitively; other chains as written', () => {
    const lower = { kind: 'wallet' as const, fingerprint: 'a', last4: 'abcd', address: '0xabcdef0123456789abcdef0123456789abcdef01' };
    const upper = { ...lower, fingerprint: 'b', address: '0xABCDEF0123456789ABCDEF0123456789ABCDEF01', chain: 'polygon' };
    assert.equal(accountKey(lower, r()), accountKey(upper, r()));
    const base58 = { kind: 'wallet' as const, fingerprint: 'c', last4: 'xyz9', address: 'TXexampLE' };
    assert.notEqual(accountKey(base58, r()), accountKey({ ...base58, address: 'txexample' }, r()));
  });

  test('a bank account is its number at its bank: one number at two banks is two accounts', () => {
    assert.equal(accountKey(bank('f'), r('rt1')), accountKey(bank('f'), r('rt1')));
    assert.notEqual(accountKey(bank('f'), r('rt1')), accountKey(bank('f'), r('rt2')));
    assert.equal(accountLabel(bank('f', '8999')), 'bank …8999');
  });
});

describe('isContractor and legalNameOf', () => {
  test('reads HR employment_type and the HR legal name, falling back to payroll\'s worker name', () => {
    const hr = { ...employee('E1', 'a@example.com', 'Ana Lima'), attributes: { employment_type: 'Contractor (1099)' } };
    assert.equal(isContractor(subject(hr)), true);
    assert.equal(isContractor(subject(employee('E2', 'b@example.com', 'Bo Lee'))), false);
    assert.equal(legalNameOf(subject(hr, payee('p', { employee_name: 'A. Lima' }, [])) ), 'Ana Lima');
    assert.equal(legalNameOf(subject(payee('p', { employee_name: 'A. Lima' }, []))), 'A. Lima');
  });
});
