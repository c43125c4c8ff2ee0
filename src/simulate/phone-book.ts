import { CITIES, type Place } from './places.js';

/**
 * Hands out unique fictional phone numbers (NANP 555-01xx per area code, Ofcom drama ranges in
 * the UK). Two people share a number only when a scenario gives them the same one on purpose.
 */
export class PhoneBook {
  private readonly next = new Map<string, number>();

  /** A fresh number near `where` (another city of the same country when its range is used up), or '' when none is left. */
  take(where: Place): string {
    const candidates = [where, ...(CITIES[where.country] ?? [])].filter((p) => p.phone.prefix !== '');
    for (const p of candidates) {
      const { prefix, digits } = p.phone;
      const n = this.next.get(prefix) ?? 0;
      if (n >= 10 ** digits) continue;
      this.next.set(prefix, n + 1);
      const serial = String(n).padStart(digits, '0');
      return `${prefix}${serial}`;
    }
    return '';
  }
}
