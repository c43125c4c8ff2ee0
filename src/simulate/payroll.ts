import type { PayrollRow } from './company.js';
import type { Rng } from './prng.js';

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join('');

/** A 9-digit ABA routing number with a valid check digit (synthetic: no bank is meant). */
export function abaRouting(rng: Rng): string {
  const d = Array.from({ length: 8 }, () => rng.int(0, 9));
  d[0] = rng.int(0, 1);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return `${d.join('')}${(10 - (sum % 10)) % 10}`;
}

/** An IBAN with valid check digits (ISO 13616 mod 97) over a synthetic bank code and account. */
export function iban(rng: Rng, country: 'DE' | 'PT' | 'GB'): string {
  const bban = country === 'DE' ? digits(rng, 18) : country === 'PT' ? digits(rng, 21) : `EXMP${digits(rng, 14)}`;
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  const check = String(98 - remainder).padStart(2, '0');
  return `${country}${check}${bban}`;
}

const BANKS: Record<string, readonly string[]> = {
  US: ['Example Federal Bank', 'Example National Bank', 'Example Mountain Credit Union', 'Example Savings Bank'],
  CA: ['Example Bank of Canada', 'Example Credit Union CA'],
  GB: ['Example Bank UK', 'Example Building Society'],
  DE: ['Example Sparkasse', 'Example Bank AG'],
  PT: ['Example Banco PT'],
  IN: ['Example Bank of India'],
};

/** The ordinary payout election of a new employee: a local bank account, sometimes split in two. */
export function defaultPayroll(rng: Rng, payee: string, country: string, effective: number): PayrollRow[] {
  const bankName = rng.pick(BANKS[country] ?? BANKS.US!);
  const row = (): PayrollRow => {
    switch (country) {
      case 'DE':
      case 'PT':
        return { effective, method: 'ach', payeeName: payee, bankName, bankCountry: country, account: iban(rng, country) };
      case 'GB':
        return { effective, method: 'ach', payeeName: payee, bankName, bankCountry: 'GB', routing: digits(rng, 6), account: digits(rng, 8) };
      case 'IN':
        return { effective, method: 'wire', payeeName: payee, bankName, bankCountry: 'IN', routing: `EXMP0${digits(rng, 6)}`, account: digits(rng, 14) };
      case 'CA':
        return { effective, method: 'ach', payeeName: payee, bankName, bankCountry: 'CA', routing: `0${digits(rng, 8)}`, account: digits(rng, 7) };
      default:
        return { effective, method: 'ach', payeeName: payee, bankName, bankCountry: 'US', routing: abaRouting(rng), account: digits(rng, rng.int(10, 12)) };
    }
  };
  // About one in eight splits a paycheck between checking and savings (two rows, one date).
  return country === 'US' && rng.chance(0.12) ? [row(), row()] : [row()];
}

/** A synthetic wallet address (EVM or TRON-style base58); random, so it matches no real list. */
export function syntheticWallet(rng: Rng, chain: 'ethereum' | 'tron'): string {
  if (chain === 'ethereum') return `0x${rng.hex(40)}`;
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return `T${Array.from({ length: 33 }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('')}`;
}

export { digits as randomDigits };
