import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IdentityRecordSchema, type IdentityRecord } from '../../model/identity-record.js';
import type { SourceContext } from '../define-source.js';
import { keyedFingerprint, sha256 } from '../hash.js';
import { readCsv } from '../readers/csv-reader.js';
import hr, { canonicalColumn, HR_COLUMNS } from './hr-directory-csv.source.js';

const ctx: SourceContext = {
  rawRef: { file: 'hr.csv', line: 2, sha256: sha256('row') },
  fingerprintKey: 'test-key',
};

async function* chunks(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

/** Reads a CSV text and returns its data rows as records (failing on malformed rows). */
async function rows(text: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const item of readCsv(chunks(text))) {
    assert.equal(item.kind, 'record', JSON.stringify(item));
    if (item.kind === 'record') out.push(item.value as Record<string, string>);
  }
  return out;
}

const fixture = (name: string): Promise<Record<string, string>[]> =>
  rows(readFileSync(new URL(`./__fixtures__/hr/${name}`, import.meta.url), 'utf8'));

function identity(record: unknown, context: SourceContext = ctx): IdentityRecord {
  const result = hr.normalize(record, context);
  assert.ok(result.ok, `expected ok, got ${JSON.stringify(result)}`);
  assert.deepEqual(result.value.events, []);
  assert.equal(result.value.identities.length, 1);
  return IdentityRecordSchema.parse(result.value.identities[0]);
}

function issuesOf(record: Record<string, string>): string[] {
  const result = hr.normalize(record, ctx);
  assert.equal(result.ok, false, `expected a rejection, got ${JSON.stringify(result)}`);
  return result.ok ? [] : result.issues;
}

const base = { employee_id: 'E1', full_name: 'Alex Doe', email: 'alex.doe@example.com' };

test('canonical columns make an hr.employee identity record', async () => {
  const [first, second] = await fixture('directory.csv');
  assert.deepEqual(identity(first), {
    id: 'hr.employee:hr-csv:E1001',
    kind: 'hr.employee',
    system: 'hr-csv',
    source_id: 'E1001',
    name: 'Alex Doe',
    employee_id: 'E1001',
    corporate_emails: ['alex.doe@example.com'],
    identifiers: {
      emails: ['alex.doe@example.com', 'alex.personal@example.org'],
      phones: ['+1 512 555 0100'],
      addresses: [
        { role: 'home', line: '12 Example Street, Apt 3', city: 'Austin', region: 'TX', postal_code: '78701', country: 'US' },
      ],
      payout_accounts: [],
      device_serials: [],
      keys: [],
    },
    attributes: {
      job_title: 'Software Engineer',
      department: 'Engineering',
      employment_type: 'full_time',
      work_arrangement: 'remote',
      timezone: 'America/Chicago',
      manager_email: 'manager@example.com',
      start_date: '2024-01-15',
    },
    raw_ref: ctx.rawRef,
  });

  const contractor = identity(second);
  assert.equal(contractor.id, 'hr.employee:hr-csv:E1002');
  assert.deepEqual(contractor.identifiers.emails, ['sam.lee@example.com']);
  assert.deepEqual(contractor.identifiers.phones, []);
  assert.deepEqual(contractor.identifiers.addresses, [], 'no home fields → no address');
  assert.equal(contractor.attributes.end_date, '2024-12-31');
  assert.equal(contractor.attributes.referred_by, 'E1001');
  assert.equal(contractor.attributes.personal_email, undefined);
});

test('every canonical column is recognized by its own name', () => {
  for (const column of HR_COLUMNS) assert.equal(canonicalColumn(column), column);
});

test('header aliases and case/space/underscore/hyphen variants map to canonical columns', async () => {
  const [row] = await fixture('aliases.csv');
  const record = identity(row);
  assert.equal(record.id, 'hr.employee:hr-csv:77');
  assert.equal(record.employee_id, '77');
  assert.equal(record.name, 'Jordan Smith');
  assert.deepEqual(record.corporate_emails, ['jordan.smith@example.com']);
  assert.deepEqual(record.identifiers.emails, ['jordan.smith@example.com', 'jsmith1999@example.net']);
  assert.deepEqual(record.identifiers.phones, ['+44 20 7946 0000']);
  assert.deepEqual(record.identifiers.addresses, [{ role: 'home', region: 'London', postal_code: 'SW1A 1AA' }]);
  assert.equal(record.attributes.job_title, 'Designer');
  assert.equal(record.attributes.start_date, '2023-06-01');

  const variants: [string, string][] = [
    ['Employee ID', 'employee_id'],
    ['EMPLOYEE_ID', 'employee_id'],
    ['employee-id', 'employee_id'],
    ['Full Name', 'full_name'],
    ['FULLNAME', 'full_name'],
    ['Display Name', 'full_name'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['Personal Email', 'personal_email'],
    ['Phone Number', 'phone'],
    ['Start Date', 'start_date'],
    ['Termination Date', 'end_date'],
    ['Home Zip Code', 'home_postal_code'],
    ['Manager Email', 'manager_email'],
    ['Worker ID', 'employee_id'],
    ['Location', 'work_arrangement'],
  ];
  for (const [header, column] of variants) assert.equal(canonicalColumn(header), column, header);
  assert.equal(canonicalColumn('Shirt Size'), undefined);
});

test('extra columns are kept as attributes under their header; empty extras are dropped', () => {
  const record = identity({ ...base, 'Shirt Size': 'M', 'Cost Center': '  ', Notes: 'likes tea' });
  assert.equal(record.attributes['Shirt Size'], 'M');
  assert.equal(record.attributes.Notes, 'likes tea');
  assert.equal('Cost Center' in record.attributes, false);
});

test('sensitive extra columns are stored only as a keyed fingerprint and the last four characters', async () => {
  const [row] = await fixture('aliases.csv');
  const result = hr.normalize(row, ctx);
  assert.ok(result.ok);
  const attributes = result.value.identities[0]!.attributes;
  assert.equal(attributes['Bank Account Number'], `fp:${keyedFingerprint('GB29 NWBK 6016 1331 9268 19', 'test-key')} last4:6819`);
  assert.equal(attributes.SSN, `fp:${keyedFingerprint('987-65-4321', 'test-key')} last4:4321`);
  assert.match(attributes.SSN!, /^fp:[0-9a-f]{32} last4:4321$/);
  const json = JSON.stringify(result);
  for (const clear of ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819', '987-65-4321', '987654321', '60161331']) {
    assert.equal(json.includes(clear), false, `clear value ${clear} leaked`);
  }
});

test('sensitive columns are recognized by many header spellings', () => {
  const headers = [
    'SSN',
    'Social Security Number',
    'social_security_no',
    'National ID',
    'Tax ID',
    'Passport Number',
    'IBAN',
    'Bank Account',
    'Account Number',
    'Account No',
    'Routing Number',
    'Sort Code',
  ];
  const secret = '123-45-6780';
  for (const header of headers) {
    const record = identity({ ...base, [header]: secret });
    assert.match(record.attributes[header] ?? '', /^fp:[0-9a-f]{32} last4:6780$/, header);
    assert.equal(JSON.stringify(record).includes(secret), false, header);
    assert.equal(JSON.stringify(record).includes('123456780'), false, header);
  }
});

test('the fingerprint ignores spaces, hyphens and case, and depends on the key', () => {
  const fp = (value: string, key = 'test-key'): string =>
    identity({ ...base, IBAN: value }, { ...ctx, fingerprintKey: key }).attributes.IBAN!;
  assert.equal(fp('gb29 nwbk 6016 1331 9268 19'), fp('GB29-NWBK-6016-1331-9268-19'));
  assert.notEqual(fp('GB29 NWBK 6016 1331 9268 19'), fp('GB29 NWBK 6016 1331 9268 18'));
  assert.notEqual(fp('GB29 NWBK 6016 1331 9268 19'), fp('GB29 NWBK 6016 1331 9268 19', 'other-key'));
});

test('a row with email but no employee_id is keyed by the lowercased email', () => {
  const record = identity({ full_name: 'Sam Lee', email: 'Sam.Lee@Example.COM', employee_id: '' });
  assert.equal(record.id, 'hr.employee:hr-csv:sam.lee@example.com');
  assert.equal(record.source_id, 'sam.lee@example.com');
  assert.equal(record.employee_id, undefined);
});

test('values are trimmed', () => {
  const record = identity({ employee_id: ' E9 ', full_name: '  Kim Park ', email: ' kim@example.com ' });
  assert.equal(record.id, 'hr.employee:hr-csv:E9');
  assert.equal(record.name, 'Kim Park');
  assert.deepEqual(record.corporate_emails, ['kim@example.com']);
});

test('missing or blank full_name is rejected with its path', () => {
  assert.ok(issuesOf({ employee_id: 'E1', email: 'a@example.com' }).some((i) => i.startsWith('full_name: ')));
  assert.ok(issuesOf({ ...base, full_name: '   ' }).some((i) => i.startsWith('full_name: ')));
});

test('invalid emails are rejected with their path', () => {
  assert.ok(issuesOf({ ...base, email: 'not-an-email' }).some((i) => i.startsWith('email: ')));
  assert.ok(issuesOf({ ...base, personal_email: 'me at example.com' }).some((i) => i.startsWith('personal_email: ')));
});

test('dates not written as YYYY-MM-DD are rejected with their path', () => {
  for (const bad of ['03/15/2024', '15.03.2024', 'March 15, 2024']) {
    assert.ok(issuesOf({ ...base, start_date: bad }).some((i) => i.startsWith('start_date: ')), bad);
    assert.ok(issuesOf({ ...base, end_date: bad }).some((i) => i.startsWith('end_date: ')), bad);
  }
});

test('a row with neither employee_id nor email is rejected', () => {
  const issues = issuesOf({ full_name: 'Nobody', employee_id: ' ', email: '' });
  assert.deepEqual(issues, ['employee_id: a row needs employee_id or email']);
});

test('sniff: confident for an HR header, 0 otherwise', () => {
  assert.equal(hr.sniff(['employee_id', 'full_name', 'email', 'start_date']), 0.95);
  assert.equal(hr.sniff(['Employee Number', 'Legal Name', 'Title']), 0.95);
  assert.equal(hr.sniff(['Worker ID', 'Work Email']), 0.7);
  for (const header of [['full_name', 'email', 'start_date'], ['employee_id', 'department'], ['a', 'b', 'c'], []]) {
    assert.equal(hr.sniff(header), 0, JSON.stringify(header));
  }
  assert.equal(hr.sniff({ employee_id: 'E1', full_name: 'A' }), 0);
  assert.equal(hr.sniff('employee_id,full_name'), 0);
  assert.equal(hr.sniff(undefined), 0);
});

test('two headers for one field: an empty one never erases the other, different values are rejected', () => {
  const kept = identity({ employee_id: 'E1', full_name: 'Alex Doe', email: 'alex.doe@example.com', 'Work Email': '' });
  assert.deepEqual(kept.corporate_emails, ['alex.doe@example.com']);
  const issues = issuesOf({ employee_id: 'E1', full_name: 'Alex Doe', email: 'alex.doe@example.com', 'Work Email': 'other@example.com' });
  assert.equal(issues.length, 1);
  assert.match(issues[0]!, /^email: columns "email" and "Work Email" disagree/);
});

test('dates must exist on the calendar', () => {
  assert.match(issuesOf({ ...base, start_date: '2024-13-45' }).join('\n'), /^start_date: expected a calendar date/);
  assert.match(issuesOf({ ...base, end_date: '2025-02-29' }).join('\n'), /^end_date: expected a calendar date/);
  assert.equal(hr.normalize({ ...base, start_date: '2024-02-29' }, ctx).ok, true);
  assert.equal(hr.normalize({ ...base, start_date: '2024-02-29T09:00:00Z' }, ctx).ok, true);
});
