import type { EmailIntel } from '../enrichments.js';
import { defineIdentityEnricher } from '../define-enricher.js';
import { isDisposableDomain, isFreeProviderDomain, isRoleAccount, normalizeEmail, splitEmail } from '../email.js';

type Ioc = EmailIntel['ioc'][number];

/** Normalizes each personal e-mail on a record and flags disposable, webmail, role and IOC-listed addresses. */
export default defineIdentityEnricher({
  id: 'email.address',
  title: 'E-mail address normalization and reputation',
  description:
    'Gives every personal e-mail on an identity record a matching key (lower case; Gmail dots and googlemail.com ' +
    'folded; +tags dropped only at providers that ignore them), so recycled addresses link personas (A-01), and ' +
    'marks disposable domains, free webmail providers, role inboxes (hr@, info@…) and addresses or domains on ' +
    'imported IOC lists.',
  reads: ['identifiers.emails'],
  writes: 'emails',
  dataSources: [
    {
      id: 'disposable-email-domains',
      name: 'disposable-email-domains block list (via disposable-email-domains-js 1.26.0)',
      origin: 'package',
      licence: 'CC0-1.0',
      // The package carries no list date; this is its npm publish time.
      date: '2026-09-21',
      url: 'https://github.com/disposable-email-domains/disposable-email-domains',
    },
    {
      id: 'email-providers.all',
      name: 'email-providers list of free e-mail provider domains (email-providers 2.26.0, all.json)',
      origin: 'package',
      licence: 'ISC',
      // The package carries no list date; this is its npm publish time.
      date: '2026-09-07',
      url: 'https://github.com/derhuerst/email-providers',
    },
  ],
  prepare(ctx) {
    const iocs = new Map<string, Ioc[]>();
    for (const { value, label, dataset } of ctx.imports.emailIocs) {
      // Listed addresses get the same key as observed ones, so `J.Doe@gmail.com` on a list hits `jdoe@gmail.com`.
      const key = value.includes('@') ? normalizeEmail(value) : value.trim().toLowerCase().replace(/\.$/, '');
      const list = iocs.get(key) ?? [];
      list.push({ label, dataset });
      iocs.set(key, list);
    }
    const intel = (raw: string): EmailIntel => {
      const normalized = normalizeEmail(raw);
      const domain = splitEmail(normalized)?.domain ?? '';
      if (!domain) {
        return { raw, normalized, domain, disposable: false, free_provider: false, role_account: false, ioc: [], basis: 'not an e-mail address (no local part and domain around @)' };
      }
      const disposable = isDisposableDomain(domain);
      const free = isFreeProviderDomain(domain);
      const role = isRoleAccount(normalized);
      const ioc = [...(iocs.get(normalized) ?? []), ...(iocs.get(domain) ?? [])];
      const reasons = [
        disposable ? `${domain} is on the disposable-email-domains list` : '',
        free ? `${domain} is a free provider on the email-providers list` : '',
        role ? 'the local part names a role inbox, not a person' : '',
        ...ioc.map((hit) => `listed by ${hit.dataset}: ${hit.label}`),
      ].filter(Boolean);
      const basis = reasons.length > 0 ? reasons.join('; ') : `${domain} is on no disposable, free-provider or IOC list`;
      return { raw, normalized, domain, disposable, free_provider: free, role_account: role, ioc, basis };
    };
    return (record) => record.identifiers.emails.map(intel);
  },
});
