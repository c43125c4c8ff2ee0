import { createHmac, hash } from 'node:crypto';

/** SHA-256 hex of a string (one-shot: this runs once per ingested record). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** A sensitive value as molehunt stores it: `fp:<keyed fingerprint> last4:<last characters>`. */
const REDACTED = /^fp:([0-9a-f]{32}) last4:(\S{0,4})$/;

/** True when a value is already in the stored, redacted form. */
export function isRedacted(value: string): boolean {
  return REDACTED.test(value);
}

/**
 * A keyed fingerprint for sensitive values (bank accounts, national ids): equal inputs under one
 * key give equal fingerprints, and the value cannot be recovered or brute-forced without the key.
 * An already-redacted value yields its own fingerprint, so stored evidence re-normalizes identically.
 */
export function keyedFingerprint(value: string, key: string): string {
  const redacted = REDACTED.exec(value);
  if (redacted) return redacted[1]!;
  const canonical = value.replace(/[\s-]/g, '').toUpperCase();
  return createHmac('sha256', key).update(canonical).digest('hex').slice(0, 32);
}

/**
 * The last four characters of a sensitive value, which is all that is kept in clear. Short values
 * keep fewer, so that at most half of any value is ever shown.
 */
export function lastFour(value: string): string {
  const redacted = REDACTED.exec(value);
  if (redacted) return redacted[2]!;
  const compact = value.replace(/[\s-]/g, '');
  return compact.slice(compact.length - Math.min(4, Math.floor(compact.length / 2)));
}

/** The stored form of a sensitive value: its keyed fingerprint and last four characters, never the value. */
export function redactValue(value: string, key: string): string {
  return isRedacted(value) ? value : `fp:${keyedFingerprint(value, key)} last4:${lastFour(value)}`;
}

/**
 * Masks what looks like an account, card or id number in text that could not be parsed (a broken CSV
 * row of a payroll file): any token with six or more digits keeps only its last four characters.
 * Dates and times are left readable.
 */
export function maskNumbers(text: string): string {
  return text.replace(/[A-Za-z0-9][A-Za-z0-9 -]*[A-Za-z0-9]/g, (token) => {
    if (/^\d{4}-\d{2}-\d{2}/.test(token) || (token.match(/\d/g)?.length ?? 0) < 6) return token;
    return `•••${token.replace(/[\s-]/g, '').slice(-4)}`;
  });
}
