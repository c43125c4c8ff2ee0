import { createRequire } from 'node:module';
import { disposableEmailBlocklist } from 'disposable-email-domains-js';

// email-providers ships only JSON (its index.js loads it the same way); createRequire reads it without fs.
const require = createRequire(import.meta.url);

/** Gmail ignores dots in the local part; googlemail.com is the same mailbox as gmail.com. */
const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * Consumer providers documented to deliver `local+tag@` to `local@` (sub-addressing): Gmail, Microsoft
 * Outlook.com, Fastmail, Apple iCloud and Proton. Elsewhere — notably corporate domains — `a+b` may be
 * a different mailbox, so the tag is kept. Yahoo is absent on purpose: its aliases use `-`, not `+`.
 */
export const PLUS_ADDRESSING_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'hotmail.co.uk',
  'outlook.co.uk',
  'live.co.uk',
  'fastmail.com',
  'fastmail.fm',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
]);

/**
 * Local parts that name a function, not a person (RFC 2142 mailbox names plus common team inboxes):
 * an applicant or employee whose personal address is one of these is using a shared or throwaway inbox.
 */
export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'abuse',
  'accounts',
  'admin',
  'administrator',
  'billing',
  'careers',
  'contact',
  'enquiries',
  'finance',
  'hello',
  'help',
  'hostmaster',
  'hr',
  'info',
  'inquiries',
  'jobs',
  'mail',
  'marketing',
  'no-reply',
  'noc',
  'noreply',
  'office',
  'postmaster',
  'recruiting',
  'recruitment',
  'sales',
  'security',
  'support',
  'team',
  'webmaster',
]);

/** Splits at the last `@` (a quoted local part may contain one); domain lower-cased without a trailing dot. */
export function splitEmail(address: string): { local: string; domain: string } | undefined {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return undefined;
  return { local: trimmed.slice(0, at), domain: trimmed.slice(at + 1).toLowerCase().replace(/\.$/, '') };
}

/**
 * The matching key of an address (A-01: recycled e-mails across personas): lower case; for Gmail
 * dots are dropped and googlemail.com becomes gmail.com; a `+tag` is dropped only where the provider
 * is documented to ignore it ({@link PLUS_ADDRESSING_DOMAINS}). A string without `@` is only trimmed
 * and lower-cased.
 */
export function normalizeEmail(address: string): string {
  const parts = splitEmail(address);
  if (!parts) return address.trim().toLowerCase();
  let local = parts.local.toLowerCase();
  let domain = parts.domain;
  if (PLUS_ADDRESSING_DOMAINS.has(domain)) {
    const plus = local.indexOf('+');
    // A local part that starts with '+' has no mailbox before the tag; leave it alone.
    if (plus > 0) local = local.slice(0, plus);
  }
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/**
 * True when the local part names a role inbox ({@link ROLE_LOCAL_PARTS}). Any `+tag` is ignored here,
 * on every domain: `support+x@` is still the support inbox, even where it is a separate mailbox.
 */
export function isRoleAccount(address: string): boolean {
  const parts = splitEmail(address);
  if (!parts) return false;
  const local = parts.local.toLowerCase();
  const plus = local.indexOf('+');
  return ROLE_LOCAL_PARTS.has(plus > 0 ? local.slice(0, plus) : local);
}

/**
 * Names reserved for documentation and testing (RFC 2606, RFC 6761). email-providers lists example.com,
 * which would make every synthetic fixture — and every doc example — look like webmail.
 */
function reserved(domain: string): boolean {
  return /^example\.(com|net|org)$/.test(domain) || /\.(test|example|invalid|localhost)$/.test(domain);
}

let disposableSet: ReadonlySet<string> | undefined;
let freeSet: ReadonlySet<string> | undefined;

/** True when the domain is on the disposable-email-domains block list (mailinator.com, yopmail.com…). */
export function isDisposableDomain(domain: string): boolean {
  // The package's own isDisposableEmailDomain rebuilds its Set on every call; build it once.
  disposableSet ??= new Set(disposableEmailBlocklist());
  return disposableSet.has(domain.trim().toLowerCase());
}

/** True when the domain is a consumer mail provider on the email-providers list (gmail.com, outlook.com, yahoo.com…). */
export function isFreeProviderDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase();
  if (reserved(d)) return false;
  freeSet ??= new Set(require('email-providers/all.json') as string[]);
  return freeSet.has(d);
}
