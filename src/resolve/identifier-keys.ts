import { addressKey } from '../enrich/address-key.js';
import { normalizeEmail, splitEmail } from '../enrich/email.js';
import { claimedCountry, normalizePhone } from '../enrich/phone.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { isEmailAddress } from '../model/email-address.js';
import type { LinkKind } from './link-kinds.js';

/** One identifier of a record in matching form: two spellings of one value give one `value`. */
export interface IdentifierKey {
  kind: LinkKind;
  value: string;
  /** Where on the record it came from (address role, payout method, key kind). */
  role?: string;
}

const E164 = /^\+[1-9]\d{6,14}$/;
const phoneMemo = new Map<string, string | undefined>();

/** E.164 for a phone number, read in the record's claimed country when it has no country code. */
export function phoneKey(raw: string, country: string | undefined): string | undefined {
  const compact = raw.replace(/[\s\-().]/g, '');
  // Already E.164 (most exports): no need to run the numbering-plan parser.
  if (E164.test(compact)) return compact;
  const memoKey = `${country ?? ''}\u0000${raw}`;
  if (phoneMemo.has(memoKey)) return phoneMemo.get(memoKey);
  if (phoneMemo.size > 200_000) phoneMemo.clear();
  const value = normalizePhone(raw, country);
  phoneMemo.set(memoKey, value);
  return value;
}

const addressMemo = new Map<string, string | undefined>();

/**
 * The matching key of an address when it names one building: the postal.address key, only when
 * the street part has a house number and the place is known (a town alone is not one place).
 */
export function placeKey(address: IdentityRecord['identifiers']['addresses'][number]): string | undefined {
  if (!address.line) return undefined;
  const memoKey = `${address.line}|${address.city ?? ''}|${address.region ?? ''}|${address.postal_code ?? ''}|${address.country ?? ''}`;
  if (addressMemo.has(memoKey)) return addressMemo.get(memoKey);
  if (addressMemo.size > 200_000) addressMemo.clear();
  const key = addressKey(address);
  const [country = '', postal = '', , city = '', street = ''] = key.split('|');
  const value = /\d/.test(street) && (postal || city) && (country || postal) ? key : undefined;
  addressMemo.set(memoKey, value);
  return value;
}

function keyKind(kind: string): LinkKind | undefined {
  const k = kind.toLowerCase();
  if (/ssh|gpg|pgp/.test(k)) return 'ssh_key';
  if (/mfa|fido|webauthn|authenticator|totp|push|u2f|passkey/.test(k)) return 'mfa_device';
  return undefined;
}

/**
 * The identifiers of a record that distinct people should not share, in matching form: personal
 * e-mails (corporate sign-in addresses excluded), phones (E.164), payout accounts (keyed
 * fingerprint with last four, or wallet address), device serials, SSH/GPG and MFA key ids, and
 * home, ship-to and mailing addresses that name a building. Deduplicated, in a stable order.
 */
export function identifierKeys(record: IdentityRecord): IdentifierKey[] {
  const out: IdentifierKey[] = [];
  const ids = record.identifiers;
  const corporate = new Set(record.corporate_emails.map((e) => e.trim().toLowerCase()));
  for (const email of ids.emails) {
    const trimmed = email.trim();
    if (!isEmailAddress(trimmed) || corporate.has(trimmed.toLowerCase())) continue;
    out.push({ kind: 'email', value: normalizeEmail(trimmed) });
  }
  const country = ids.phones.length > 0 ? claimedCountry(record) : undefined;
  for (const phone of ids.phones) {
    const value = phoneKey(phone, country);
    if (value) out.push({ kind: 'phone', value });
  }
  for (const account of ids.payout_accounts) {
    const wallet = account.kind === 'wallet' && account.address;
    const address = wallet ? (/^0x/i.test(account.address!) ? account.address!.toLowerCase() : account.address!) : '';
    out.push({ kind: 'payout', value: wallet ? `wallet:${address}` : `${account.kind}:${account.fingerprint}|${account.last4}`, role: account.kind });
  }
  for (const serial of ids.device_serials) {
    const value = serial.trim().toUpperCase().replace(/\s+/g, ' ');
    if (value.length >= 4) out.push({ kind: 'device_serial', value });
  }
  for (const key of ids.keys) {
    const kind = keyKind(key.kind);
    if (kind && key.fingerprint.trim()) out.push({ kind, value: key.fingerprint.trim(), role: key.kind });
  }
  for (const address of ids.addresses) {
    if (address.role === 'other') continue;
    const value = placeKey(address);
    if (value) out.push({ kind: 'address', value, role: address.role });
  }
  const seen = new Set<string>();
  return out.filter((k) => {
    const id = `${k.kind}\u0000${k.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const PLACEHOLDER_SERIALS = new Set([
  'TO BE FILLED BY O.E.M.', 'DEFAULT STRING', 'SYSTEM SERIAL NUMBER', 'CHASSIS SERIAL NUMBER', 'NOT SPECIFIED', 'NOT APPLICABLE',
  'NONE', 'N/A', 'NULL', 'UNKNOWN', 'INVALID', '0123456789', '123456789', '1234567890', 'SERIAL', 'OEM', 'DEFAULT',
]);
const PLACEHOLDER_LOCALS = new Set(['none', 'noemail', 'no-email', 'na', 'n/a', 'null', 'test', 'unknown', 'noreply', 'no-reply', 'donotreply', 'nobody', 'example']);

/**
 * Why a value is a placeholder that many unrelated records carry (a BIOS default serial, a
 * none@ address, a 000-0000 phone), or undefined for a real value. Placeholders never link.
 */
export function placeholderReason(kind: LinkKind, value: string): string | undefined {
  if (kind === 'device_serial' && (PLACEHOLDER_SERIALS.has(value) || /^(.)\1+$/.test(value.replace(/[^A-Z0-9]/g, '')))) {
    return 'firmware placeholder serial';
  }
  if (kind === 'email') {
    const parts = splitEmail(value);
    if (parts && PLACEHOLDER_LOCALS.has(parts.local)) return 'placeholder e-mail address';
  }
  if (kind === 'phone') {
    const digits = value.replace(/\D/g, '');
    const national = digits.slice(-7);
    if (/^(\d)\1+$/.test(national) || national === '1234567' || /^(\d)\1{6,}/.test(digits.slice(1))) return 'placeholder phone number';
  }
  return undefined;
}
