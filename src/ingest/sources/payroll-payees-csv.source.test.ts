import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EventSchema } from '../../model/event.js';
import { IdentityRecordSchema } from '../../model/identity-record.js';
import { keyedFingerprint } from '../hash.js';
import { ingestStream } from '../ingest-stream.js';
import { readCsv } from '../readers/csv-reader.js';
import { chunks } from '../../test-support/streams.js';
import payroll, { canonicalColumn, normalizeWalletAddress, PAYROLL_COLUMNS, PAYROLL_HELPER_COLUMNS } from './payroll-payees-csv.source.js';
import { accept, assertSniffWinner, csvHeader, csvRows, ctx, reject } from './__fixtures__/csv/harness.js';

const text = (name: string): string => readFileSync(new URL(`./__fixtures__/csv/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => csvRows(text(name));
const fp = (value: string): string => keyedFingerprint(value, 'test-key');

/** Every account and routing number in the payroll fixtures, as written and compacted. */
const CLEAR_NUMBERS = [
  '000123456789',
  '110000000',
  '60-16-13',
  '601613',
  'GB29NWBK60161331926819',
  '60161331926819',
  '110000013',
  '987650001234',
  '987650005678',
  '555000111222',
  'PAYONEER-00991177',
  '00991177',
];

const base = { employee_id: 'E1', effective_date: '2026-01-15', method: 'ach', account_number: '000123456789' };

test('an ACH row: one payroll.payee record with a fingerprinted bank account and a payout.effective event', async () => {
  const [ach] = await fixture('payroll-payees.csv');
  const { identities, events } = accept(payroll, ach);
  const identity = IdentityRecordSchema.parse(identities[0]);
  const account = { kind: 'bank' as const, fingerprint: fp('000123456789'), last4: '6789' };
  const sourceId = `E2001:2026-01-15:${account.fingerprint.slice(0, 12)}`;
  assert.deepEqual(identity, {
    id: `payroll.payee:payroll-csv:${sourceId}`,
    kind: 'payroll.payee',
    system: 'payroll-csv',
    source_id: sourceId,
    name: 'Alex Payee',
    employee_id: 'E2001',
    corporate_emails: [],
    identifiers: { emails: [], phones: [], addresses: [], payout_accounts: [account], device_serials: [], keys: [] },
    attributes: {
      method: 'ach',
      effective_date: '2026-01-15T00:00:00.000Z',
      payee_name: 'Alex Payee',
      bank_name: 'Example Federal Bank',
      bank_country: 'US',
      routing_fp: fp('110000000'),
    },
    raw_ref: ctx.rawRef,
  });
  assert.equal(events.length, 1);
  const event = EventSchema.parse(events[0]);
  assert.equal(event['@timestamp'], '2026-01-15T00:00:00.000Z');
  assert.deepEqual(event.event, {
    id: sourceId,
    dataset: 'payroll.changes',
    action: 'payout.effective',
    kind: 'event',
    category: [],
    type: ['change'],
    outcome: 'unknown',
  });
  assert.deepEqual(event.payroll, { method: 'ach', bank_country: 'US', payout_accounts: [account] });
  assert.equal(event.molehunt.identity_id, identity.id);
});

test('wire to an IBAN, PayPal by e-mail, EVM and bech32 wallets, and a check', async () => {
  const [, wire, paypal, evm, bech32, check] = await fixture('payroll-payees.csv');
  const wireAccount = accept(payroll, wire).identities[0]!.identifiers.payout_accounts;
  assert.deepEqual(wireAccount, [{ kind: 'bank', fingerprint: fp('GB29NWBK60161331926819'), last4: '6819' }]);
  assert.equal(accept(payroll, wire).identities[0]!.attributes.routing_fp, fp('601613'), 'hyphens do not change the fingerprint');

  const pp = accept(payroll, paypal).identities[0]!;
  assert.deepEqual(pp.identifiers.payout_accounts, [{ kind: 'paypal', fingerprint: fp('cam.payee@example.net'), last4: '.net' }]);
  assert.deepEqual(pp.identifiers.emails, ['cam.payee@example.net']);
  assert.deepEqual(pp.corporate_emails, []);

  const eth = accept(payroll, evm);
  const address = '0xabcdef0123456789abcdef0123456789abcdef01';
  const wallet = { kind: 'wallet', fingerprint: fp(address), last4: 'ef01', address, chain: 'ethereum' };
  assert.deepEqual(eth.identities[0]!.identifiers.payout_accounts, [wallet]);
  assert.deepEqual(eth.events[0]!.payroll, { method: 'crypto', wallet_chain: 'ethereum', payout_accounts: [wallet] });

  const btc = accept(payroll, bech32).identities[0]!;
  assert.equal(btc.identifiers.payout_accounts[0]!.address, 'bc1qexampleexampleexampleexampleqqqqqq');
  assert.equal(btc.identifiers.payout_accounts[0]!.chain, 'bitcoin');
  assert.equal(btc.attributes.method, 'crypto', 'Cryptocurrency is a synonym of crypto');

  const paper = accept(payroll, check);
  assert.equal(paper.identities[0]!.source_id, 'E2006:2026-03-01');
  assert.deepEqual(paper.identities[0]!.identifiers.payout_accounts, []);
  assert.deepEqual(paper.events[0]!.payroll, { method: 'check', payout_accounts: [] });
});

test('Workday split deposit: two accounts on one date stay two records; account holder and worker stay apart', async () => {
  const [first, second] = await fixture('payroll-workday.csv');
  const a = accept(payroll, first);
  const b = accept(payroll, second);
  const [ra, rb] = [a.identities[0]!, b.identities[0]!];
  assert.notEqual(ra.id, rb.id);
  assert.notEqual(a.events[0]!.event.id, b.events[0]!.event.id);
  assert.equal(ra.employee_id, 'E2101');
  assert.equal(ra.name, 'Someone Else');
  assert.equal(ra.attributes.payee_name, 'Someone Else');
  assert.equal(ra.attributes.employee_name, 'Gale Worker');
  assert.equal(ra.attributes.method, 'ach', 'Direct Deposit is ACH');
  assert.equal(ra.attributes.effective_date, '2026-01-31T14:05:00.000Z', 'a date-time without a zone is UTC');
  assert.equal(ra.attributes['Account Type'], 'Checking');
  assert.equal(ra.attributes['Distribution Percent'], '80');
  assert.deepEqual(rb.identifiers.payout_accounts, [{ kind: 'bank', fingerprint: fp('987650005678'), last4: '5678' }]);
  assert.match(ra.source_id, /^E2101:2026-01-31:[0-9a-f]{12}$/);
});

test('ADP-like export: US dates, a TRON wallet kept as written, a Payoneer id that is not an e-mail', async () => {
  const [dd, crypto, payoneer] = await fixture('payroll-adp.csv');
  const first = accept(payroll, dd).identities[0]!;
  assert.equal(first.name, 'Hal Associate');
  assert.equal(first.attributes.effective_date, '2026-01-31T00:00:00.000Z');
  assert.equal(first.attributes.routing_fp, fp('110000000'));
  const tron = accept(payroll, crypto).identities[0]!.identifiers.payout_accounts;
  assert.deepEqual(tron, [
    { kind: 'wallet', fingerprint: fp('TXexampLEwaLLetAddressDoesNotExist9'), last4: 'ist9', address: 'TXexampLEwaLLetAddressDoesNotExist9', chain: 'tron' },
  ]);
  const po = accept(payroll, payoneer).identities[0]!;
  assert.deepEqual(po.identifiers.payout_accounts, [{ kind: 'payoneer', fingerprint: fp('PAYONEER-00991177'), last4: '1177' }]);
  assert.deepEqual(po.identifiers.emails, []);
});

test('account and routing numbers never appear in clear in anything a row produces', async () => {
  const outputs: unknown[] = [];
  for (const name of ['payroll-payees.csv', 'payroll-workday.csv', 'payroll-adp.csv']) {
    for (const row of await fixture(name)) outputs.push(accept(payroll, row));
  }
  const json = JSON.stringify(outputs);
  for (const clear of CLEAR_NUMBERS) assert.equal(json.includes(clear), false, `${clear} leaked`);
  // A sensitive extra column is fingerprinted by the shared column machinery.
  const extra = JSON.stringify(accept(payroll, { ...base, SSN: '987-65-4321' }));
  assert.equal(extra.includes('987-65-4321') || extra.includes('987654321'), false);
});

test('rejections never quote an account or routing number', () => {
  const secret = '000123456789';
  const other = '000999888777';
  const issues = [
    ...reject(payroll, { ...base, 'Bank Account Number': other }),
    ...reject(payroll, { ...base, routing_number: '110000000', ABA: '110000013' }),
    ...reject(payroll, { ...base, account_number: `${secret}#` }),
    ...reject(payroll, { ...base, routing_number: 'ABA:110000000' }),
    ...reject(payroll, { ...base, method: secret }),
    ...reject(payroll, { ...base, method: 'paypal', account_number: `${secret}@` }),
    ...reject(payroll, { ...base, method: 'crypto', account_number: secret }),
  ];
  assert.deepEqual(issues, [
    'account_number: columns "account_number" and "Bank Account Number" disagree (values not shown)',
    'routing_number: columns "routing_number" and "ABA" disagree (values not shown)',
    'account_number: expected letters and digits (value not shown)',
    'routing_number: expected letters and digits (value not shown)',
    'method: expected one of ach, wire, paypal, payoneer, wise, crypto, check, other (or a synonym such as direct deposit)',
    'account_number: expected an e-mail address or account id (value not shown)',
    'account_number: expected a wallet address for method crypto (value not shown)',
  ]);
  for (const clear of [secret, other, '110000000', '110000013']) assert.equal(JSON.stringify(issues).includes(clear), false, clear);
});

test('a crypto payee whose wallet sits in the account column gets a wallet, not a bank account', () => {
  const address = '0x1111111111111111111111111111111111111111';
  const { identities } = accept(payroll, { ...base, method: 'USDT', account_number: address, Network: 'Ethereum' });
  assert.deepEqual(identities[0]!.identifiers.payout_accounts, [{ kind: 'wallet', fingerprint: fp(address), last4: '1111', address, chain: 'ethereum' }]);
  // A bank number filed under a crypto method must not become a public address in clear.
  const issues = reject(payroll, { ...base, method: 'crypto', account_number: 'GB29NWBK60161331926819' });
  assert.deepEqual(issues, ['account_number: expected a wallet address for method crypto (value not shown)']);
});

test('method synonyms are matched case-insensitively; a missing method still records the account', () => {
  const cases: [string, string][] = [
    ['Direct Deposit', 'ach'],
    ['DIRECT_DEPOSIT', 'ach'],
    ['eft', 'ach'],
    ['Wire Transfer', 'wire'],
    ['SWIFT', 'wire'],
    ['TransferWise', 'wise'],
    ['Cheque', 'check'],
    ['OTHER', 'other'],
  ];
  for (const [word, method] of cases) {
    const account = method === 'wise' ? 'someone@example.com' : base.account_number;
    assert.equal(accept(payroll, { ...base, method: word, account_number: account }).identities[0]!.attributes.method, method, word);
  }
  const unknown = accept(payroll, { ...base, method: '' });
  assert.equal(unknown.identities[0]!.attributes.method, undefined);
  assert.equal(unknown.identities[0]!.identifiers.payout_accounts[0]!.kind, 'bank');
  assert.deepEqual(unknown.events[0]!.payroll, { payout_accounts: unknown.identities[0]!.identifiers.payout_accounts });
});

test('wallet addresses: EVM and bech32 lower-cased, base58 kept as written, broken ones refused', () => {
  assert.equal(normalizeWalletAddress('0xABCDEF0123456789ABCDEF0123456789ABCDEF01'), '0xabcdef0123456789abcdef0123456789abcdef01');
  assert.equal(normalizeWalletAddress('BC1QEXAMPLEEXAMPLEEXAMPLE'), 'bc1qexampleexampleexample');
  assert.equal(normalizeWalletAddress('1ExampLeBase58AddressXyzAbc'), '1ExampLeBase58AddressXyzAbc');
  assert.equal(normalizeWalletAddress('0x1234'), undefined);
  assert.equal(normalizeWalletAddress('0xZZcdef0123456789abcdef0123456789abcdef01'), undefined);
  assert.equal(normalizeWalletAddress('not a wallet'), undefined);
  const stellarLike = 'GEXAMPLEIOSTELLARLIKEADDRESS2345672345672345672345672345';
  assert.equal(normalizeWalletAddress(stellarLike), stellarLike, 'other chains are kept as written in the wallet column');
  assert.equal(normalizeWalletAddress(stellarLike, true), undefined);
  assert.equal(normalizeWalletAddress('000123456789', true), undefined, 'digits alone are no address');
  assert.equal(normalizeWalletAddress('GB29NWBK60161331926819', true), undefined, 'an IBAN is not base58');
  assert.deepEqual(reject(payroll, { ...base, method: 'crypto', wallet_address: '0x1234' }), [
    'wallet_address: expected a wallet address (0x + 40 hex digits, bech32 or base58)',
  ]);
});

test('required columns, dates and methods are checked with their paths', () => {
  assert.deepEqual(reject(payroll, { ...base, employee_id: '' }), ['employee_id: required']);
  assert.deepEqual(reject(payroll, { ...base, effective_date: ' ' }), ['effective_date: required']);
  for (const bad of ['2026-13-01', '31/01/2026', '2026-01-15T10:00:00+25:00', 'Jan 15']) {
    assert.match(reject(payroll, { ...base, effective_date: bad }).join('\n'), /^effective_date: expected a date like/, bad);
  }
  assert.match(reject(payroll, { ...base, method: 'venmo' }).join('\n'), /^method: expected one of ach, wire/);
  assert.deepEqual(reject(payroll, { ...base, method: 'wire', account_number: '' }), ['account_number: required for method wire']);
  assert.deepEqual(reject(payroll, { ...base, method: 'crypto', account_number: '' }), ['wallet_address: required for method crypto']);
});

test('an effective date with a zone is converted to UTC', () => {
  const { identities, events } = accept(payroll, { ...base, effective_date: '2026-01-15T01:00:00+02:00' });
  assert.equal(events[0]!['@timestamp'], '2026-01-14T23:00:00.000Z');
  assert.match(identities[0]!.source_id, /^E1:2026-01-14:/);
});

test('sniff: payroll headers win among all CSV sources, and HR headers are not taken for payroll', () => {
  for (const name of ['payroll-payees.csv', 'payroll-workday.csv', 'payroll-adp.csv']) assertSniffWinner(csvHeader(text(name)), 'payroll.payees-csv');
  assertSniffWinner(csvHeader(payroll.example!), 'payroll.payees-csv');
  // A Workday worker export with a department column: the HR sniff is confident too, payroll must be more.
  assertSniffWinner(['Worker ID', 'Name', 'Department', 'Pay Method', 'Effective Date', 'Bank Account Number'], 'payroll.payees-csv');
  assertSniffWinner(['employee_id', 'method', 'effective_date'], 'payroll.payees-csv');
  const hrAliases = csvHeader(readFileSync(new URL('./__fixtures__/hr/aliases.csv', import.meta.url), 'utf8'));
  assert.equal(payroll.sniff(hrAliases), 0, 'an HR export with a bank account column is not payroll');
  assertSniffWinner(hrAliases, 'hr.directory-csv');
  assert.equal(payroll.sniff(['employee_id', 'full_name', 'email', 'start_date']), 0);
  assert.equal(payroll.sniff(['employee_id', 'routing_number', 'account_number']), 0.6);
  assert.equal(payroll.sniff(['method', 'account_number', 'effective_date']), 0, 'no employee id');
  assert.equal(payroll.sniff(undefined), 0);
});

test('every column is recognized by its own name, and Workday, ADP and BambooHR-like headers by theirs', () => {
  for (const column of [...PAYROLL_COLUMNS, ...PAYROLL_HELPER_COLUMNS]) assert.equal(canonicalColumn(column), column);
  const variants: [string, string][] = [
    ['Worker ID', 'employee_id'],
    ['Associate ID', 'employee_id'],
    ['Employee #', 'employee_id'],
    ['Pay Method', 'method'],
    ['Payment Method', 'method'],
    ['Payment Type', 'method'],
    ['Effective Date', 'effective_date'],
    ['Bank Account Number', 'account_number'],
    ['Account No', 'account_number'],
    ['Account #', 'account_number'],
    ['IBAN', 'account_number'],
    ['PayPal Email', 'account_number'],
    ['ABA', 'routing_number'],
    ['Routing', 'routing_number'],
    ['Sort Code', 'routing_number'],
    ['Crypto Wallet', 'wallet_address'],
    ['Wallet Address', 'wallet_address'],
    ['Network', 'wallet_chain'],
    ['Account Holder Name', 'payee_name'],
    ['Employee Name', 'employee_name'],
    ['Bank', 'bank_name'],
  ];
  for (const [header, column] of variants) assert.equal(canonicalColumn(header), column, header);
  for (const extra of ['Account Type', 'Deposit Amount', 'SWIFT']) assert.equal(canonicalColumn(extra), undefined, extra);
});

test('the demo sample: every row goes in; two new hires are paid into one account', async () => {
  const outputs = (await fixture('sample-payroll-payees.csv')).map((row) => accept(payroll, row));
  assert.equal(outputs.length, 13);
  const byEmployee = (id: string) => outputs.filter((o) => o.identities[0]!.employee_id === id).map((o) => o.identities[0]!.identifiers.payout_accounts[0]!);
  assert.equal(byEmployee('E1007')[0]!.fingerprint, byEmployee('E1008')[0]!.fingerprint);
  assert.deepEqual(byEmployee('E1009').map((a) => a.kind), ['bank', 'wallet'], 'history is kept: one record per effective date');
  assert.equal(JSON.stringify(outputs).includes('000777888999'), false);
});

test(
  'nothing the ingest stream keeps of a payroll file holds an account or routing number in clear',
  async () => {
    // A good row (stored as evidence), a bad date (quarantined after parsing) and a broken row (quarantined raw).
    const csv =
      'employee_id,effective_date,method,account_number,routing_number\n' +
      'E1,2026-01-01,ach,000123456789,110000000\nE2,2026-13-01,ach,000987654321,110000013\nE3,2026-01-01,ach,GB29NWBK60161331926819\n';
    const batches = [];
    for await (const batch of ingestStream(readCsv(chunks(csv)), { source: payroll, file: 'p.csv', fingerprintKey: 'k' })) batches.push(batch);
    const json = JSON.stringify(batches);
    for (const clear of ['000123456789', '000987654321', '110000000', '110000013', 'GB29NWBK60161331926819', '60161331926819']) {
      assert.equal(json.includes(clear), false, clear);
    }
    assert.equal(batches.flatMap((b) => b.quarantined).length, 2);
    // The stored evidence re-normalizes to exactly the same output as the original row.
    const stored = JSON.parse(batches[0]!.rawText) as unknown;
    const rawRef = { file: 'p.csv', line: 2, index: 0, sha256: 'a'.repeat(64) };
    const original = payroll.normalize({ employee_id: 'E1', effective_date: '2026-01-01', method: 'ach', account_number: '000123456789', routing_number: '110000000' }, { rawRef, fingerprintKey: 'k' });
    assert.deepEqual(payroll.normalize(stored, { rawRef, fingerprintKey: 'k' }), original);
  },
);

test('redaction keeps a platform e-mail and a crypto wallet in the account column, and re-normalizes every fixture row identically', async () => {
  const rawRef = { file: 'p.csv', line: 2, index: 0, sha256: 'a'.repeat(64) };
  const rows = [
    { employee_id: 'E1', effective_date: '2026-01-01', method: 'PayPal', account_number: 'ann.paypal@mail.example.org' },
    { employee_id: 'E2', effective_date: '2026-01-01', method: 'crypto', account_number: '0x00000000000000000000000000000000000000aa' },
    { employee_id: 'E3', effective_date: '2026-01-01', method: 'direct deposit', account_number: '000123456789', routing_number: '110000000' },
  ];
  for (const row of rows) {
    const redacted = payroll.redact!(row, 'k') as Record<string, string>;
    assert.deepEqual(payroll.normalize(redacted, { rawRef, fingerprintKey: 'k' }), payroll.normalize(row, { rawRef, fingerprintKey: 'k' }), row.method);
  }
  assert.equal((payroll.redact!(rows[0], 'k') as Record<string, string>).account_number, 'ann.paypal@mail.example.org');
  assert.match((payroll.redact!(rows[2], 'k') as Record<string, string>).account_number!, /^fp:[0-9a-f]{32} last4:6789$/);
  for (const name of ['payroll-workday.csv', 'sample-payroll-payees.csv']) {
    for (const row of await fixture(name)) {
      assert.deepEqual(payroll.normalize(payroll.redact!(row, 'k'), { rawRef, fingerprintKey: 'k' }), payroll.normalize(row, { rawRef, fingerprintKey: 'k' }), `${name}: ${JSON.stringify(row)}`);
    }
  }
});
