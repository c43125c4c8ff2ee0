import { isIP } from 'node:net';
import { normalizeEmail } from '../enrich/email.js';
import { normalizePhone } from '../enrich/phone.js';
import type { IdentifierType } from './watch-entry.js';

/**
 * Matching keys for identifiers, shared by the list side and the applicant side so that one value
 * written two ways gives one key. Wallets match exactly: EVM addresses (0x + 40 hex) and bech32
 * addresses (bc1…, ltc1…) are case-insensitive by definition and are lower-cased; base58 addresses
 * (Bitcoin legacy, Tron, Monero…) are case-sensitive and are kept as written.
 */

const EVM = /^0x[0-9a-fA-F]{40}$/;
const BECH32 = /^(bc|tb|ltc|bcrt)1[02-9ac-hj-np-z]{6,87}$/i;

/** The matching key of a wallet address. */
export function walletKey(address: string): string {
  const value = address.trim();
  return EVM.test(value) || BECH32.test(value) ? value.toLowerCase() : value;
}

/** A guess at the chain of an address from its shape alone, for values a list gives without one. */
export function walletShape(address: string): string | undefined {
  const value = address.trim();
  if (EVM.test(value)) return 'EVM';
  if (/^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$/.test(value)) return 'XBT';
  if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(value)) return 'TRX';
  if (/^(ltc1|[LM])[a-zA-HJ-NP-Z0-9]{26,62}$/.test(value)) return 'LTC';
  return undefined;
}

/** The GitHub login in a profile URL or handle (`https://github.com/Octo-Cat/`, `@octo-cat`), lower-cased. */
export function githubHandle(value: string): string | undefined {
  const v = value.trim();
  const url = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:[/?#].*)?$/i.exec(v);
  if (url) return url[1]!.toLowerCase();
  const handle = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(v);
  return handle ? handle[1]!.toLowerCase() : undefined;
}

/** The host of a URL or bare domain, lower-case, without `www.` or a trailing dot. */
export function domainOf(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/]*@)?([a-z0-9.-]+\.[a-z]{2,63})\.?(?::\d+)?(?:[/?#].*)?$/.exec(v)?.[1];
  return host?.replace(/^www\./, '');
}

/** A URL without scheme, `www.`, query or trailing slash, lower-case: `https://X.com/a/` = `x.com/a`. */
export function urlKey(value: string): string | undefined {
  const domain = domainOf(value);
  if (!domain) return undefined;
  const path = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*([^?#]*)/i.exec(value.trim())?.[1] ?? '';
  return `${domain}${path.replace(/\/+$/, '').toLowerCase()}`;
}

/**
 * The matching key of a phone number: E.164 when it parses (national forms read in `country`); a
 * list number without `+` but with a country code (`8613621583465`, SDN style) is tried as international.
 */
export function phoneKey(value: string, country?: string): string | undefined {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return undefined;
  const parsed = normalizePhone(value, country) ?? (/^\s*\+/.test(value) ? undefined : normalizePhone(`+${digits}`));
  return parsed ?? `+${digits}`;
}

/** The matching key of any identifier, or undefined when the value is not one of its type. */
export function identifierKey(type: IdentifierType, value: string, country?: string): string | undefined {
  switch (type) {
    case 'email':
      return value.includes('@') ? normalizeEmail(value) : undefined;
    case 'domain':
      return domainOf(value);
    case 'phone':
      return phoneKey(value, country);
    case 'wallet':
      return value.trim().length >= 20 && !/\s/.test(value.trim()) ? walletKey(value) : undefined;
    case 'github':
      return githubHandle(value);
    case 'ipv4':
    case 'ipv6':
      return isIP(value.trim()) !== 0 ? value.trim().toLowerCase() : undefined;
    case 'url':
      return urlKey(value);
  }
}

/** What kind of value a free-text probe (`molehunt lists match <value>`) is; `name` when nothing else fits. */
export function classifyValue(value: string): IdentifierType | 'name' {
  const v = value.trim();
  if (isIP(v) === 4) return 'ipv4';
  if (isIP(v) === 6) return 'ipv6';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return 'email';
  if (/^(?:https?:\/\/)?(?:www\.)?github\.com\/[^/\s]+\/?$/i.test(v)) return 'github';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return 'url';
  if (walletShape(v) || (/^[A-Za-z0-9]{26,95}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v))) return 'wallet';
  if (/^\+?[\d\s().-]{7,}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7) return 'phone';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)) return 'domain';
  return 'name';
}
