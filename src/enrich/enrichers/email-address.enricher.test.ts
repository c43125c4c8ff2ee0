import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { employee } from '../../test-support/factories.js';
import type { ImportedIntel } from '../define-enricher.js';
import { NO_IMPORTS } from '../define-enricher.js';
import { isFreeProviderDomain, normalizeEmail } from '../email.js';
import enricher from './email-address.enricher.js';

function person(emails: string[]): IdentityRecord {
  const record = employee('E200', 'sam.roe@example.com', 'Sam Roe');
  return { ...record, identifiers: { ...record.identifiers, emails } };
}

const ctx = (imports: ImportedIntel = NO_IMPORTS) => ({ corporateCidrs: [], corporateNetworks: 'auto' as const, imports });

describe('email.address enricher', () => {
  const enrich = enricher.prepare(ctx());

  test('Gmail: dots and +tags dropped, googlemail folded into gmail', () => {
    assert.equal(normalizeEmail('John.Smith+x@googlemail.com'), 'johnsmith@gmail.com');
    assert.equal(normalizeEmail(' J.O.H.N.smith@Gmail.com '), 'johnsmith@gmail.com');
    const [intel] = enrich(person(['John.Smith+x@googlemail.com']))!;
    assert.equal(intel?.normalized, 'johnsmith@gmail.com');
    assert.equal(intel?.domain, 'gmail.com');
    assert.equal(intel?.free_provider, true);
    assert.equal(intel?.disposable, false);
    assert.match(intel!.basis, /free provider/);
  });

  test('+tags are dropped only at providers that ignore them; dots are kept outside Gmail', () => {
    assert.equal(normalizeEmail('Jane.Doe+jobs@Outlook.com'), 'jane.doe@outlook.com');
    assert.equal(normalizeEmail('jane.doe+x@proton.me'), 'jane.doe@proton.me');
    // A corporate domain may route a+b to a different mailbox: only case is folded.
    assert.equal(normalizeEmail('Jane.Doe+Build@Example.COM'), 'jane.doe+build@example.com');
    const [corporate] = enrich(person(['Jane.Doe+Build@Example.COM']))!;
    assert.deepEqual(corporate, {
      raw: 'Jane.Doe+Build@Example.COM',
      normalized: 'jane.doe+build@example.com',
      domain: 'example.com',
      disposable: false,
      free_provider: false,
      role_account: false,
      ioc: [],
      basis: 'example.com is on no disposable, free-provider or IOC list',
    });
  });

  test('a disposable domain is disposable', () => {
    const [intel] = enrich(person(['someone@mailinator.com']))!;
    assert.equal(intel?.disposable, true);
    assert.match(intel!.basis, /disposable-email-domains list/);
  });

  test('reserved documentation domains are never free providers, though the package lists example.com', () => {
    assert.equal(isFreeProviderDomain('example.com'), false);
    assert.equal(isFreeProviderDomain('mail.example'), false);
    assert.equal(isFreeProviderDomain('yahoo.com'), true);
  });

  test('role inboxes are role accounts; personal addresses are not', () => {
    const [hr, support, person1] = enrich(person(['hr@example.com', 'Support+ticket@example.org', 'hrishi@example.com']))!;
    assert.equal(hr?.role_account, true);
    assert.equal(support?.role_account, true);
    assert.equal(person1?.role_account, false);
  });

  test('IOC entries match the normalized address or the domain, case-insensitively', () => {
    const withIocs = enricher.prepare(
      ctx({
        ...NO_IMPORTS,
        emailIocs: [
          { value: 'Bad-Domain.example', label: 'fake university domain', dataset: 'test-iocs', date: '2026-01-01' },
          { value: 'John.Smith@gmail.com', label: 'recycled persona e-mail', dataset: 'test-iocs', date: '2026-01-01' },
          { value: 'other@gmail.com', label: 'unrelated', dataset: 'test-iocs', date: '2026-01-01' },
        ],
      }),
    );
    const [byDomain, byAddress, clean] = withIocs(person(['alumni@BAD-DOMAIN.example', 'johnsmith+cv@googlemail.com', 'pat@example.net']))!;
    assert.deepEqual(byDomain?.ioc, [{ label: 'fake university domain', dataset: 'test-iocs' }]);
    assert.deepEqual(byAddress?.ioc, [{ label: 'recycled persona e-mail', dataset: 'test-iocs' }]);
    assert.match(byAddress!.basis, /listed by test-iocs: recycled persona e-mail/);
    assert.deepEqual(clean?.ioc, []);
  });

  test('a string that is not an address still gets an entry', () => {
    const [intel] = enrich(person(['not-an-address']))!;
    assert.equal(intel?.domain, '');
    assert.equal(intel?.normalized, 'not-an-address');
    assert.match(intel!.basis, /not an e-mail address/);
  });

  test('one entry per e-mail in order; a record without e-mails gives []', () => {
    assert.deepEqual(enrich(person(['a@example.com', 'b@gmail.com']))?.map((e) => e.normalized), ['a@example.com', 'b@gmail.com']);
    assert.deepEqual(enrich(person([])), []);
  });

  test('the record is not modified', () => {
    const record = person(['John.Smith+x@googlemail.com', 'hr@example.com']);
    const before = JSON.stringify(record);
    enrich(record);
    assert.equal(JSON.stringify(record), before);
  });
});
