import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { account, employee } from '../test-support/factories.js';
import { identifierKeys, placeholderReason } from './identifier-keys.js';
import { maskValue } from './mask-value.js';

describe('identifierKeys', () => {
  test('normalizes each kind and leaves corporate sign-in addresses out', () => {
    const hr = employee('E1', 'ann.lee@example.com', 'Ann Lee');
    hr.identifiers.emails.push('Ann.Lee+jobs@gmail.com');
    hr.identifiers.phones.push('(555) 010-0142', '+1 555 010 0142');
    hr.identifiers.addresses.push(
      { role: 'home', line: '123 Main Street, Apt 4', city: 'Portland', region: 'OR', postal_code: '97209-1234', country: 'US' },
      { role: 'ship_to', line: '123 main st #4', city: 'Portland', postal_code: '97209', country: 'USA' },
      { role: 'home', city: 'Portland', country: 'US' },
    );
    hr.identifiers.payout_accounts.push({ kind: 'bank', fingerprint: 'fp1', last4: '6789' }, { kind: 'wallet', fingerprint: 'w', last4: 'BEEF', address: '0xAbC0000000000000000000000000000000000bEeF' });
    hr.identifiers.device_serials.push(' c02xy12  ');
    hr.identifiers.keys.push({ kind: 'ssh-ed25519', fingerprint: 'SHA256:abc' }, { kind: 'okta_verify_push', fingerprint: 'dev-1' }, { kind: 'x509', fingerprint: 'ignored' });
    hr.identifiers.addresses.push({ role: 'home', country: 'US' });
    const keys = identifierKeys({ ...hr, identifiers: { ...hr.identifiers, addresses: hr.identifiers.addresses.map((a) => ({ ...a })) } });
    const byKind = (kind: string) => keys.filter((k) => k.kind === kind).map((k) => k.value);
    assert.deepEqual(byKind('email'), ['annlee@gmail.com']);
    // Read as a US number because the home address claims the US; both spellings give one key.
    assert.equal(byKind('phone').length, 1);
    assert.deepEqual(byKind('address'), ['US|97209||portland|123 main st #4'], 'two spellings of one flat; a town alone is no place');
    assert.deepEqual(byKind('payout'), ['bank:fp1|6789', 'wallet:0xabc0000000000000000000000000000000000beef']);
    assert.deepEqual(byKind('device_serial'), ['C02XY12']);
    assert.deepEqual(byKind('ssh_key'), ['SHA256:abc']);
    assert.deepEqual(byKind('mfa_device'), ['dev-1']);
  });

  test('an IdP account whose only e-mail is its corporate one has no personal identifiers', () => {
    assert.deepEqual(identifierKeys(account('u1')), []);
  });

  test('placeholders many unrelated records carry are recognised', () => {
    assert.ok(placeholderReason('device_serial', 'TO BE FILLED BY O.E.M.'));
    assert.ok(placeholderReason('device_serial', '0000000000'));
    assert.ok(placeholderReason('email', 'none@gmail.com'));
    assert.ok(placeholderReason('phone', '+15555555555'));
    assert.equal(placeholderReason('phone', '+15550100142'), undefined);
    assert.equal(placeholderReason('device_serial', 'C02XY12'), undefined);
  });
});

describe('maskValue', () => {
  test('shows enough to tell values apart, never the whole identifier', () => {
    assert.equal(maskValue('phone', '+15550100142'), '+1•••42');
    assert.equal(maskValue('email', 'annlee@gmail.com'), 'a•••@gmail.com');
    assert.equal(maskValue('payout', 'bank:fp1|6789'), 'bank ••••6789');
    assert.equal(maskValue('payout', 'wallet:0xabc0000000000000000000000000000000000beef'), 'wallet 0xab•••beef');
    assert.equal(maskValue('ip', '198.51.100.7'), '198.51.100.•');
    assert.equal(maskValue('ip', '2001:db8:1:2::7'), '2001:db8:1:•');
    assert.equal(maskValue('address', 'US|97209||portland|123 main st #4'), '••• portland, 97209, US');
    assert.equal(maskValue('device_serial', 'C02XY12'), 'C02•••12');
    assert.equal(maskValue('ssh_key', 'SHA256:abcdefghijkl'), 'SHA256:a•••');
  });
});
