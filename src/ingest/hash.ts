import { createHash, createHmac } from 'node:crypto';

/** SHA-256 hex of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A keyed fingerprint for sensitive values (bank accounts, national ids): equal inputs under one
 * key give equal fingerprints, and the value cannot be recovered or brute-forced without the key.
 */
export function keyedFingerprint(value: string, key: string): string {
  const canonical = value.replace(/[\s-]/g, '').toUpperCase();
  return createHmac('sha256', key).update(canonical).digest('hex').slice(0, 32);
}

/**
 * The last four characters of a sensitive value, which is all that is kept in clear. Short values
 * keep fewer, so that at most half of any value is ever shown.
 */
export function lastFour(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return compact.slice(compact.length - Math.min(4, Math.floor(compact.length / 2)));
}
