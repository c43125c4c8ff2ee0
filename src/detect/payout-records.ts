import type { Evidence } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { attributeOf, recordEvidence } from './subject-facts.js';

type PayoutAccount = IdentityRecord['identifiers']['payout_accounts'][number];

/** One payroll payment election: a payroll.payee record and when it took effect. */
export interface Payout {
  record: IdentityRecord;
  /** Epoch ms of the effective date. */
  at: number;
  /** The effective date as a calendar day (split deposits share one). */
  day: string;
  /** The payout method the payroll source recognised (ach, wire, paypal, payoneer, wise, crypto, check, other). */
  method?: string;
  accounts: PayoutAccount[];
  payeeName?: string;
  /** Beneficiary bank country as the export wrote it. */
  bankCountry?: string;
}

/** The subject's payment elections in effective-date order; records without a readable date are left out. */
export function payoutsOf(subject: ResolvedSubject): Payout[] {
  const out: Payout[] = [];
  for (const record of subject.identities) {
    if (record.kind !== 'payroll.payee') continue;
    const effective = record.attributes.effective_date;
    const at = effective ? Date.parse(effective) : Number.NaN;
    if (Number.isNaN(at)) continue;
    const a = record.attributes;
    out.push({
      record,
      at,
      day: new Date(at).toISOString().slice(0, 10),
      accounts: record.identifiers.payout_accounts,
      ...(a.method ? { method: a.method.toLowerCase() } : {}),
      ...(a.payee_name?.trim() ? { payeeName: a.payee_name.trim() } : {}),
      ...(a.bank_country?.trim() ? { bankCountry: a.bank_country.trim() } : {}),
    });
  }
  return out.sort((x, y) => x.at - y.at || (x.record.id < y.record.id ? -1 : 1));
}

/** True for a payout to a crypto wallet (method crypto, or a wallet account). */
export function isCrypto(payout: Payout): boolean {
  return payout.method === 'crypto' || payout.accounts.some((a) => a.kind === 'wallet');
}

/**
 * The key that says two payouts go to one account. Wallets compare by public address (EVM addresses
 * case-insensitively, whatever the chain: one key controls the address on every EVM chain); bank
 * accounts by account fingerprint together with the routing fingerprint, so two banks' identical
 * short account numbers are not taken for one account; platform accounts (PayPal, Payoneer, Wise) by
 * fingerprint.
 */
export function accountKey(account: PayoutAccount, record: IdentityRecord): string {
  if (account.kind === 'wallet' && account.address) {
    const address = account.address.trim();
    return `wallet:${/^0x/i.test(address) ? address.toLowerCase() : address}`;
  }
  if (account.kind === 'bank') return `bank:${account.fingerprint}@${record.attributes.routing_fp ?? ''}`;
  return `${account.kind}:${account.fingerprint}`;
}

/** What an analyst may see of an account: kind and last four (wallets in full: they are public). */
export function accountLabel(account: PayoutAccount): string {
  if (account.kind === 'wallet' && account.address) return `wallet ${account.address}${account.chain ? ` (${account.chain})` : ''}`;
  return `${account.kind} …${account.last4}`;
}

/** The standard evidence entry for a payment election. */
export function payoutEvidence(payout: Payout, values: Evidence['values'] = {}): Evidence {
  return {
    ...recordEvidence(payout.record, {
      effective_date: payout.day,
      method: payout.method ?? null,
      accounts: payout.accounts.map(accountLabel).join('; ') || null,
      ...values,
    }),
    timestamp: new Date(payout.at).toISOString(),
  };
}

/** True when HR says the person is a contractor (paid through their own company is normal for them). */
export function isContractor(subject: ResolvedSubject): boolean {
  const type = attributeOf(subject, 'employment_type', 'hr.employee')?.toLowerCase() ?? '';
  return /contract|freelanc|consult|1099|c2c|corp.?to.?corp|vendor|b2b/.test(type);
}

/** The person's own legal name: HR first, then the worker name payroll exports beside the payee. */
export function legalNameOf(subject: ResolvedSubject): string | undefined {
  return subject.identities.find((r) => r.kind === 'hr.employee' && r.name)?.name ?? attributeOf(subject, 'employee_name', 'payroll.payee');
}
