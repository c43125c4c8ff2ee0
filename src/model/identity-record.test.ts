import assert from 'node:assert/strict';
import { test } from 'node:test';
import { account, employee } from '../test-support/factories.js';
import { identitySignature, mergeIdentityRecords } from './identity-record.js';

test('identitySignature ignores where a record was read, and changes with any content', () => {
  const a = employee('E1', 'a@example.com', 'Ann');
  assert.equal(identitySignature(a), identitySignature({ ...a, raw_ref: { ...a.raw_ref, line: 99 } }));
  const variants = [
    { ...a, name: 'Anne' },
    { ...a, employee_id: 'E2' },
    { ...a, corporate_emails: ['b@example.com'] },
    { ...a, identifiers: { ...a.identifiers, phones: ['+15550100'] } },
    { ...a, identifiers: { ...a.identifiers, addresses: [{ role: 'home' as const, city: 'Austin' }] } },
    { ...a, identifiers: { ...a.identifiers, payout_accounts: [{ kind: 'bank' as const, fingerprint: 'f', last4: '1234' }] } },
    { ...a, attributes: { department: 'Sales' } },
  ];
  for (const v of variants) assert.notEqual(identitySignature(v), identitySignature(a), JSON.stringify(v));
  assert.notEqual(identitySignature(account('u1')), identitySignature(account('u2')));
});

test('mergeIdentityRecords accumulates identifiers and lets newer names and attributes win', () => {
  const older = { ...employee('E1', 'a@example.com', 'Ann'), attributes: { title: 'Engineer', site: 'Austin' } };
  older.identifiers = { ...older.identifiers, phones: ['+15550100'], device_serials: ['SER1'] };
  const newer = { ...employee('E1', 'a@example.com', 'Ann Lee'), attributes: { title: 'Manager' } };
  newer.identifiers = { ...newer.identifiers, phones: ['+15550199'], payout_accounts: [{ kind: 'bank' as const, fingerprint: 'fp1', last4: '6819' }] };
  const merged = mergeIdentityRecords(older, newer);
  assert.equal(merged.name, 'Ann Lee');
  assert.deepEqual(merged.attributes, { title: 'Manager', site: 'Austin' });
  assert.deepEqual(merged.identifiers.phones, ['+15550100', '+15550199']);
  assert.deepEqual(merged.identifiers.device_serials, ['SER1']);
  assert.deepEqual(merged.identifiers.payout_accounts, [{ kind: 'bank', fingerprint: 'fp1', last4: '6819' }]);
  assert.deepEqual(merged.identifiers.emails, ['a@example.com']);
  assert.deepEqual(merged.raw_ref, older.raw_ref, 'the first place it was seen is kept');
  assert.deepEqual(mergeIdentityRecords(merged, merged), merged, 'merging is idempotent');
});
