import { z } from 'zod';
import type { Event } from '../../model/event.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import type { ParseResult } from '../../model/parse-result.js';
import { defineColumns, email, optional } from '../csv-columns.js';
import { csvEvent, csvIdentity, csvTimestamp, parseCsvRow, requiredText, withAttributes } from '../csv-records.js';
import { defineSource } from '../define-source.js';
import { isRedacted, keyedFingerprint, lastFour } from '../hash.js';
import { isEmailAddress } from '../../model/email-address.js';

type PayoutAccount = IdentityRecord['identifiers']['payout_accounts'][number];

/** The canonical payroll payee columns (docs/sources/csv-imports.md). */
export const PAYROLL_COLUMNS = [
  'employee_id',
  'effective_date',
  'method',
  'payee_name',
  'bank_name',
  'bank_country',
  'routing_number',
  'account_number',
  'wallet_address',
  'wallet_chain',
] as const;

/**
 * The worker's own name, kept apart from `payee_name` (the account holder): an account held by someone
 * other than the worker is exactly what reviewers look for, so the two must never be merged into one column.
 */
export const PAYROLL_HELPER_COLUMNS = ['employee_name'] as const;
type PayrollColumn = (typeof PAYROLL_COLUMNS)[number] | (typeof PAYROLL_HELPER_COLUMNS)[number];

/** Workday, ADP and BambooHR-like payment election export headers, compared after normalizeHeader. */
const ALIASES: Record<string, PayrollColumn> = {
  workerid: 'employee_id',
  employeenumber: 'employee_id',
  employeeno: 'employee_id',
  'employee#': 'employee_id',
  associateid: 'employee_id',
  employeecode: 'employee_id',
  eeid: 'employee_id',
  effectivedate: 'effective_date',
  effectiveon: 'effective_date',
  effectiveasof: 'effective_date',
  changedate: 'effective_date',
  paymethod: 'method',
  paymentmethod: 'method',
  paymenttype: 'method',
  payoutmethod: 'method',
  disbursementmethod: 'method',
  payee: 'payee_name',
  accountholder: 'payee_name',
  accountholdername: 'payee_name',
  nameonaccount: 'payee_name',
  beneficiary: 'payee_name',
  beneficiaryname: 'payee_name',
  employeename: 'employee_name',
  workername: 'employee_name',
  worker: 'employee_name',
  name: 'employee_name',
  bank: 'bank_name',
  financialinstitution: 'bank_name',
  institutionname: 'bank_name',
  bankcountry: 'bank_country',
  bankcountrycode: 'bank_country',
  countryofbank: 'bank_country',
  routing: 'routing_number',
  routingno: 'routing_number',
  aba: 'routing_number',
  abanumber: 'routing_number',
  abaroutingnumber: 'routing_number',
  routingtransitnumber: 'routing_number',
  transitnumber: 'routing_number',
  rtn: 'routing_number',
  sortcode: 'routing_number',
  bsb: 'routing_number',
  bankcode: 'routing_number',
  accountno: 'account_number',
  'account#': 'account_number',
  acctnumber: 'account_number',
  acctno: 'account_number',
  account: 'account_number',
  bankaccount: 'account_number',
  bankaccountnumber: 'account_number',
  bankaccountno: 'account_number',
  iban: 'account_number',
  paypalemail: 'account_number',
  paypalaccount: 'account_number',
  payoneeremail: 'account_number',
  payoneerid: 'account_number',
  payoneeraccount: 'account_number',
  wiseemail: 'account_number',
  wiseaccount: 'account_number',
  wallet: 'wallet_address',
  cryptowallet: 'wallet_address',
  cryptowalletaddress: 'wallet_address',
  cryptoaddress: 'wallet_address',
  chain: 'wallet_chain',
  blockchain: 'wallet_chain',
  network: 'wallet_chain',
  walletnetwork: 'wallet_chain',
  cryptonetwork: 'wallet_chain',
};

const columns = defineColumns<PayrollColumn>([...PAYROLL_COLUMNS, ...PAYROLL_HELPER_COLUMNS], ALIASES, {
  sensitive: ['account_number', 'routing_number'],
});

/** Maps a header cell to its column (canonical or helper), or undefined for an extra column. */
export function canonicalColumn(header: string): PayrollColumn | undefined {
  return columns.columnOf(header);
}

/** The payout methods, with the words payroll exports use for them (lower case, single spaces). */
export const PAYOUT_METHODS = {
  ach: ['ach', 'direct deposit', 'dd', 'eft', 'electronic funds transfer', 'bank transfer', 'bank', 'sepa', 'bacs', 'checking', 'savings'],
  wire: ['wire', 'wire transfer', 'bank wire', 'international wire', 'swift', 'telegraphic transfer'],
  paypal: ['paypal'],
  payoneer: ['payoneer'],
  wise: ['wise', 'transferwise'],
  crypto: ['crypto', 'cryptocurrency', 'crypto wallet', 'wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'usdt', 'usdc', 'stablecoin'],
  check: ['check', 'cheque', 'paper check', 'live check'],
  other: ['other'],
} as const;
type Method = keyof typeof PAYOUT_METHODS;

const METHOD_BY_WORD = new Map<string, Method>(
  Object.entries(PAYOUT_METHODS).flatMap(([method, words]) => words.map((word) => [word, method as Method] as const)),
);

// The value is not echoed: a shifted column could put an account number here.
const method = z
  .string()
  .transform((value) => METHOD_BY_WORD.get(value.toLowerCase().replace(/[\s_-]+/g, ' ')))
  .refine((value) => value !== undefined, `expected one of ${Object.keys(PAYOUT_METHODS).join(', ')} (or a synonym such as direct deposit)`);

// Messages never include the value: these columns are sensitive and quarantine reasons are stored.
const BANK_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
// An already-redacted value (`fp:… last4:…`) is what stored evidence holds: it re-normalizes as is.
const routingNumber = z.string().refine((v) => isRedacted(v) || BANK_NUMBER.test(v), 'expected letters and digits (value not shown)');

const EVM = /^0x[0-9a-fA-F]{40}$/;
const BECH32 = /^[a-z]{1,20}1[ac-hj-np-z02-9]{20,}$/;
const BASE58 = /^(?=.*[A-Za-z])[1-9A-HJ-NP-Za-km-z]{25,110}$/;
const OTHER_WALLET = /^[A-Za-z0-9:_-]{20,128}$/;

/**
 * A wallet address as sanctions lists write it: EVM (`0x…`, case is only a checksum) and bech32 (case-
 * insensitive by spec) lower-cased, base58 kept as written. `strict` accepts only these three; otherwise
 * other chains' formats (Stellar, TON…) are kept as written too.
 */
export function normalizeWalletAddress(address: string, strict = false): string | undefined {
  if (/^0x/i.test(address)) return EVM.test(address) ? address.toLowerCase() : undefined;
  const lower = address.toLowerCase();
  if ((address === lower || address === address.toUpperCase()) && BECH32.test(lower)) return lower;
  if (BASE58.test(address)) return address;
  return !strict && OTHER_WALLET.test(address) ? address : undefined;
}

const walletAddress = z
  .string()
  .transform((value) => normalizeWalletAddress(value))
  .refine((value) => value !== undefined, 'expected a wallet address (0x + 40 hex digits, bech32 or base58)');

const PLATFORMS = ['paypal', 'payoneer', 'wise'] as const;
const isPlatform = (m: Method | undefined): m is (typeof PLATFORMS)[number] => PLATFORMS.some((p) => p === m);

const PayrollRow = z
  .object({
    employee_id: requiredText,
    effective_date: requiredText.pipe(csvTimestamp),
    method: optional(method),
    account_number: optional(z.string()),
    routing_number: optional(routingNumber),
    wallet_address: optional(walletAddress),
  })
  .loose()
  .superRefine((row, ctx) => {
    const m = row.method;
    if ((m === 'ach' || m === 'wire' || isPlatform(m)) && !row.account_number) {
      ctx.addIssue({ code: 'custom', message: `required for method ${m}`, path: ['account_number'] });
    }
    if (m === 'crypto' && !row.wallet_address && !row.account_number) {
      ctx.addIssue({ code: 'custom', message: 'required for method crypto', path: ['wallet_address'] });
    }
  });
type PayrollData = z.output<typeof PayrollRow>;

const SENSITIVE = ['account_number', 'routing_number'] as const;

/**
 * The row as it may be stored: bank and routing numbers redacted. The account column stays in clear
 * only where it is not a bank number — a payment platform's e-mail (kept as an identifier anyway) or a
 * crypto payee's public wallet in a recognized format — so stored evidence re-normalizes identically.
 */
function redactRow(record: unknown, key: string): unknown {
  const redacted = columns.redact(record, key);
  if (!redacted || typeof redacted !== 'object' || !record || typeof record !== 'object') return redacted;
  const row = record as Record<string, unknown>;
  const methodHeader = Object.keys(row).find((h) => columns.columnOf(h) === 'method');
  const word = typeof row[methodHeader ?? ''] === 'string' ? (row[methodHeader!] as string).toLowerCase().trim().replace(/[\s_-]+/g, ' ') : '';
  const m = METHOD_BY_WORD.get(word);
  for (const [header, value] of Object.entries(row)) {
    if (columns.columnOf(header) !== 'account_number' || typeof value !== 'string') continue;
    const clear = value.trim();
    const keep = (isPlatform(m) && isEmailAddress(clear)) || (m === 'crypto' && normalizeWalletAddress(clear, true) !== undefined);
    if (keep) (redacted as Record<string, unknown>)[header] = value;
  }
  return redacted;
}

/**
 * The row's payout accounts. What the account column holds depends on the method: a bank number, a
 * payment platform id (usually an e-mail, which is also a personal identifier), or a crypto payee's wallet.
 * A wallet read from the account column must be a known format, so a misfiled bank number is never taken
 * for a public address and stored in clear.
 */
function payoutAccounts(data: PayrollData, chain: string | undefined, key: string): ParseResult<{ accounts: PayoutAccount[]; emails: string[] }> {
  const accounts: PayoutAccount[] = [];
  const emails: string[] = [];
  const m = data.method;
  const account = data.account_number;
  let wallet = data.wallet_address;
  if (account !== undefined && m === 'crypto' && !wallet) {
    wallet = normalizeWalletAddress(account, true);
    if (!wallet) return { ok: false, issues: ['account_number: expected a wallet address for method crypto (value not shown)'] };
  } else if (account !== undefined && isPlatform(m)) {
    const address = account.includes('@') ? email.safeParse(account) : undefined;
    if (address && !address.success) return { ok: false, issues: ['account_number: expected an e-mail address or account id (value not shown)'] };
    const id = address?.data ?? account;
    accounts.push({ kind: m, fingerprint: keyedFingerprint(id, key), last4: lastFour(id) });
    if (address?.data) emails.push(address.data);
  } else if (account !== undefined) {
    if (!isRedacted(account) && !BANK_NUMBER.test(account)) return { ok: false, issues: ['account_number: expected letters and digits (value not shown)'] };
    accounts.push({ kind: m === 'other' || m === 'crypto' ? 'other' : 'bank', fingerprint: keyedFingerprint(account, key), last4: lastFour(account) });
  }
  if (wallet) accounts.push({ kind: 'wallet', fingerprint: keyedFingerprint(wallet, key), last4: lastFour(wallet), address: wallet, ...(chain ? { chain } : {}) });
  return { ok: true, value: { accounts, emails } };
}

/** Payroll payment elections: one row per employee and effective date, bank numbers kept only as fingerprints. */
export default defineSource({
  id: 'payroll.payees-csv',
  title: 'Payroll payees CSV',
  description:
    'Payroll payment elections (Workday, ADP, BambooHR-like or canonical columns): one payroll.payee record per employee ' +
    'and effective date, and a payout.effective event. Account and routing numbers are kept only as keyed fingerprints.',
  dataset: 'payroll.changes',
  framings: ['csv'],
  expects: `a CSV header with employee_id, method or effective_date, and account or wallet columns (columns: ${PAYROLL_COLUMNS.join(', ')})`,
  example: 'employee_id,effective_date,method,payee_name,bank_country,routing_number,account_number,wallet_address,wallet_chain',
  sniff(first) {
    if (!Array.isArray(first) || columns.covers(first, ['employee_id']) === 0) return 0;
    const signals = columns.covers(first, ['method', 'effective_date']);
    const money = columns.covers(first, ['account_number', 'routing_number', 'wallet_address', 'wallet_chain']);
    // An HR directory may carry a bank account column; only the payment columns together make a payroll file.
    if (signals > 0 && money > 0) return 0.97;
    if (signals === 2) return 0.9;
    return money >= 2 ? 0.6 : 0;
  },
  redact: redactRow,
  normalize(record, ctx) {
    const parsed = parseCsvRow(columns, PayrollRow, record, ctx.fingerprintKey, SENSITIVE);
    if (!parsed.ok) return parsed;
    const { data, row, attributes } = parsed.value;
    const key = ctx.fingerprintKey;
    const m = data.method;
    const chain = row.wallet_chain?.toLowerCase();
    const payout = payoutAccounts(data, chain, key);
    if (!payout.ok) return payout;
    const { accounts, emails } = payout.value;
    const effectiveDay = data.effective_date.slice(0, 10);
    // Split deposits give one employee several accounts on one date: the account keeps each its own record.
    const sourceId = `${data.employee_id}:${effectiveDay}${accounts[0] ? `:${accounts[0].fingerprint.slice(0, 12)}` : ''}`;
    withAttributes(attributes, {
      method: m,
      effective_date: data.effective_date,
      payee_name: row.payee_name,
      employee_name: row.employee_name,
      bank_name: row.bank_name,
      bank_country: row.bank_country,
      routing_fp: data.routing_number ? keyedFingerprint(data.routing_number, key) : undefined,
      wallet_chain: chain,
    });
    const identity = csvIdentity({
      kind: 'payroll.payee',
      system: 'payroll-csv',
      sourceId,
      rawRef: ctx.rawRef,
      name: row.payee_name ?? row.employee_name,
      employeeId: data.employee_id,
      identifiers: { emails, payout_accounts: accounts },
      attributes,
    });
    const event: Event = {
      ...csvEvent({
        id: sourceId,
        dataset: 'payroll.changes',
        action: 'payout.effective',
        timestamp: data.effective_date,
        rawRef: ctx.rawRef,
        identityId: identity.id,
        type: ['change'],
      }),
      payroll: {
        ...(m ? { method: m } : {}),
        ...(row.bank_country ? { bank_country: row.bank_country } : {}),
        ...(chain ? { wallet_chain: chain } : {}),
        payout_accounts: accounts,
      },
    };
    return { ok: true, value: { events: [event], identities: [identity] } };
  },
});
