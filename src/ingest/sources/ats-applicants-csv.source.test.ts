import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EventSchema } from '../../model/event.js';
import { IdentityRecordSchema } from '../../model/identity-record.js';
import ats, { ATS_COLUMNS, ATS_HELPER_COLUMNS, canonicalColumn, parseLocation, RESUME_TEXT_LIMIT } from './ats-applicants-csv.source.js';
import { accept, assertSniffWinner, csvHeader, csvRows, ctx, reject } from './__fixtures__/csv/harness.js';

const text = (name: string): string => readFileSync(new URL(`./__fixtures__/csv/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => csvRows(text(name));

const base = { applicant_id: 'A1', full_name: 'Robin Example', email: 'robin@example.com' };

test('canonical columns make an ats.applicant record and an application.submitted event', async () => {
  const [first] = await fixture('ats-applicants.csv');
  const { identities, events } = accept(ats, first);
  assert.equal(identities.length, 1);
  const identity = IdentityRecordSchema.parse(identities[0]);
  assert.deepEqual(identity, {
    id: 'ats.applicant:ats-csv:A-1001',
    kind: 'ats.applicant',
    system: 'ats-csv',
    source_id: 'A-1001',
    name: 'Robin Example',
    applicant_id: 'A-1001',
    corporate_emails: [],
    identifiers: {
      emails: ['robin.example@example.com'],
      phones: ['+1 555 0199'],
      addresses: [{ role: 'home', city: 'Denver', region: 'CO', country: 'US' }],
      payout_accounts: [],
      device_serials: [],
      keys: [],
    },
    attributes: {
      linkedin_url: 'https://www.linkedin.com/in/robin-example',
      github_url: 'https://github.com/robin-example',
      portfolio_url: 'https://robin.example.com',
      source_channel: 'job_board',
      education: 'BSc Computer Science, Example University',
      status: 'interviewing',
      referred_by: 'E1001',
      resume_file: 'resumes/a-1001.pdf',
      photo_file: 'photos/a-1001.jpg',
      resume_text: 'Senior engineer, 8 years of TypeScript.',
      applied_at: '2026-03-02T15:04:05.000Z',
      application_ip: '192.0.2.44',
    },
    raw_ref: ctx.rawRef,
  });
  assert.equal(events.length, 1);
  const event = EventSchema.parse(events[0]);
  assert.equal(event['@timestamp'], '2026-03-02T15:04:05.000Z');
  assert.deepEqual(event.event, {
    id: 'A-1001:2026-03-02T15:04:05.000Z',
    dataset: 'ats.applications',
    action: 'application.submitted',
    kind: 'event',
    category: [],
    type: ['info'],
    outcome: 'unknown',
  });
  assert.deepEqual(event.source, { ip: '192.0.2.44' });
  assert.equal(event.molehunt.identity_id, identity.id);
  assert.deepEqual(event.molehunt.raw_ref, ctx.rawRef);
});

test('a phone is enough without an e-mail; a date-time without a zone is UTC; no IP means no source', async () => {
  const [, second] = await fixture('ats-applicants.csv');
  const { identities, events } = accept(ats, second);
  const identity = identities[0]!;
  assert.deepEqual(identity.identifiers.emails, []);
  assert.deepEqual(identity.identifiers.phones, ['+44 20 7946 0111']);
  assert.deepEqual(identity.identifiers.addresses, []);
  assert.deepEqual(identity.corporate_emails, []);
  assert.equal(events[0]!['@timestamp'], '2026-03-05T09:30:00.000Z');
  assert.equal(events[0]!.source, undefined);
});

test('Greenhouse export: first and last name are joined, several e-mails, a US date and a City, ST location', async () => {
  const [row] = await fixture('ats-greenhouse.csv');
  const { identities, events } = accept(ats, row);
  const identity = IdentityRecordSchema.parse(identities[0]);
  assert.equal(identity.id, 'ats.applicant:ats-csv:4000123');
  assert.equal(identity.name, 'Morgan Testperson');
  assert.deepEqual(identity.identifiers.emails, ['morgan.t@example.org', 'm.testperson@example.net']);
  assert.deepEqual(identity.identifiers.phones, ['+1 (555) 010-2233']);
  assert.deepEqual(identity.identifiers.addresses, [{ role: 'home', city: 'Austin', region: 'TX' }]);
  assert.equal(identity.attributes.location, 'Austin, TX');
  assert.equal(identity.attributes.source_channel, 'LinkedIn (Prospecting)');
  assert.equal(identity.attributes.resume_file, 'https://files.example.com/resumes/4000123.pdf');
  assert.equal(identity.attributes.referred_by, 'Sam Referrer');
  assert.equal(identity.attributes.status, 'Active');
  assert.equal(identity.attributes['Current Stage'], 'Technical Interview', 'extra columns are kept under their header');
  assert.equal(identity.attributes.portfolio_url, undefined);
  const event = EventSchema.parse(events[0]);
  assert.equal(event.event.id, '9000456', 'the application id keys the event');
  assert.equal(event['@timestamp'], '2026-03-04T14:15:00.000Z');
});

test('Lever export: Created At stands in for the application date; Links are sorted into profile URLs', async () => {
  const [row] = await fixture('ats-lever.csv');
  const { identities, events } = accept(ats, row);
  const identity = identities[0]!;
  assert.equal(identity.source_id, 'c0ffee01-0000-4000-8000-000000000001');
  assert.equal(identity.name, 'Jordan Fictional');
  assert.deepEqual(identity.identifiers.addresses, [{ role: 'home', city: 'Lagos', country: 'Nigeria' }]);
  assert.equal(identity.attributes.linkedin_url, 'https://www.linkedin.com/in/jordan-fictional');
  assert.equal(identity.attributes.github_url, 'https://github.com/jfictional');
  assert.equal(identity.attributes.portfolio_url, 'https://jordan.example.net');
  assert.equal(identity.attributes.source_channel, 'AngelList');
  assert.equal(identity.attributes.Origin, 'applied');
  assert.equal(events[0]!.event.id, '0pp00001-0000-4000-8000-000000000001');
  assert.equal(events[0]!['@timestamp'], '2026-02-27T08:00:00.000Z');
});

test('explicit links win over the combined Links cell', () => {
  const { identities } = accept(ats, { ...base, LinkedIn: 'https://linkedin.com/in/own', Links: 'https://linkedin.com/in/other https://github.com/gh' });
  assert.equal(identities[0]!.attributes.linkedin_url, 'https://linkedin.com/in/own');
  assert.equal(identities[0]!.attributes.github_url, 'https://github.com/gh');
});

test('a free-text location is split only when it is unambiguous', () => {
  assert.deepEqual(parseLocation('Austin, Texas, United States'), { city: 'Austin', region: 'Texas', country: 'United States' });
  assert.deepEqual(parseLocation('Austin, TX, US'), { city: 'Austin', region: 'TX', country: 'US' });
  assert.deepEqual(parseLocation('Berlin, Germany'), { city: 'Berlin', country: 'Germany' });
  assert.deepEqual(parseLocation('Toronto, ON'), { city: 'Toronto', region: 'ON' });
  assert.deepEqual(parseLocation('Vietnam'), { country: 'Vietnam' });
  assert.deepEqual(parseLocation('Remote - anywhere'), { city: 'Remote - anywhere' });
  assert.deepEqual(parseLocation('Flat 2, 10 Example Road, SW1A 1AA'), { city: 'Flat 2, 10 Example Road, SW1A 1AA' });
});

test('explicit location columns win over the free-text Location', () => {
  const { identities } = accept(ats, { ...base, City: 'Lyon', Country: 'FR', Location: 'Paris, France' });
  assert.deepEqual(identities[0]!.identifiers.addresses, [{ role: 'home', city: 'Lyon', country: 'FR' }]);
  assert.equal(identities[0]!.attributes.location, 'Paris, France');
});

test('resume text is capped at 100 KB on a character boundary, and the cut is recorded', () => {
  const long = 'é'.repeat(RESUME_TEXT_LIMIT); // two bytes each: 200 KB
  const { identities } = accept(ats, { ...base, resume_text: long });
  const kept = identities[0]!.attributes.resume_text!;
  assert.ok(Buffer.byteLength(kept, 'utf8') <= RESUME_TEXT_LIMIT);
  assert.equal(kept, 'é'.repeat(RESUME_TEXT_LIMIT / 2));
  assert.equal(identities[0]!.attributes.resume_text_truncated, `cut to ${RESUME_TEXT_LIMIT} of ${RESUME_TEXT_LIMIT * 2} bytes`);
  const short = accept(ats, { ...base, resume_text: 'short' }).identities[0]!;
  assert.equal(short.attributes.resume_text, 'short');
  assert.equal(short.attributes.resume_text_truncated, undefined);
});

test('a row without an application date still makes the record, but no event', () => {
  const { identities, events } = accept(ats, base);
  assert.equal(identities.length, 1);
  assert.deepEqual(events, []);
});

test('a hired candidate\'s employee id is set, so resolution joins the application to the employee', () => {
  const { identities } = accept(ats, { ...base, 'Employee ID': 'E1007' });
  assert.equal(identities[0]!.employee_id, 'E1007');
  assert.equal(accept(ats, base).identities[0]!.employee_id, undefined);
});

test('an applicant never has corporate e-mails, even when the address is on the company domain', () => {
  const { identities } = accept(ats, { ...base, email: 'robin@example.com' });
  assert.deepEqual(identities[0]!.corporate_emails, []);
  assert.deepEqual(identities[0]!.identifiers.emails, ['robin@example.com']);
});

test('missing applicant_id, name, or both e-mail and phone are rejected with their paths', () => {
  assert.deepEqual(reject(ats, { full_name: 'X', email: 'x@example.com' }), ['applicant_id: required']);
  assert.deepEqual(reject(ats, { applicant_id: 'A1', email: 'x@example.com', full_name: ' ' }), ['full_name: required (or first_name and last_name)']);
  assert.deepEqual(reject(ats, { applicant_id: 'A1', full_name: 'X', email: '', phone: '' }), ['email: a row needs email or phone']);
});

test('bad e-mails, phones, dates and IPs are rejected with their paths', () => {
  assert.match(reject(ats, { ...base, email: 'robin at example.com' }).join('\n'), /^email\.0: /);
  assert.match(reject(ats, { ...base, email: 'ok@example.com, broken@' }).join('\n'), /^email\.1: /);
  assert.match(reject(ats, { ...base, phone: 'n/a' }).join('\n'), /^phone: expected a phone number/);
  for (const bad of ['2026-02-30', '31/01/2026', '2026-01-31 25:00', 'yesterday', '01/31/2026 13:00 PM']) {
    assert.match(reject(ats, { ...base, applied_at: bad }).join('\n'), /^applied_at: expected a date like/, bad);
  }
  assert.match(reject(ats, { ...base, 'Created At': 'soon' }).join('\n'), /^created_at: expected a date/);
  for (const bad of ['256.1.1.1', '192.0.2', 'example.com', '192.0.2.1/24']) {
    assert.deepEqual(reject(ats, { ...base, application_ip: bad }), ['application_ip: expected an IPv4 or IPv6 address'], bad);
  }
  assert.equal(accept(ats, { ...base, applied_at: '2026-01-31', application_ip: '2001:db8::1' }).events[0]!.source?.ip, '2001:db8::1');
});

test('two headers for one field with different values are rejected; equal or empty ones are fine', () => {
  const issues = reject(ats, { ...base, 'Email Address': 'other@example.com' });
  assert.equal(issues.length, 1);
  assert.match(issues[0]!, /^email: columns "email" and "Email Address" disagree/);
  assert.equal(accept(ats, { ...base, 'Email Address': 'robin@example.com', 'Candidate Name': '' }).identities[0]!.name, 'Robin Example');
});

test('a record that is not a CSV row is rejected, not thrown', () => {
  assert.deepEqual(reject(ats, null), ['(root): expected a CSV row (header cell → text)']);
  assert.deepEqual(reject(ats, ['A1', 'x']), ['(root): expected a CSV row (header cell → text)']);
  assert.deepEqual(reject(ats, { applicant_id: 7 }), ['(root): expected a CSV row (header cell → text)']);
});

test('sniff: the applicant headers win among all CSV sources', () => {
  for (const name of ['ats-applicants.csv', 'ats-greenhouse.csv', 'ats-lever.csv']) assertSniffWinner(csvHeader(text(name)), 'ats.applicants-csv');
  assertSniffWinner(csvHeader(ats.example!), 'ats.applicants-csv');
  assert.equal(ats.sniff(['Candidate ID', 'Candidate Name']), 0.9);
  assert.equal(ats.sniff(csvHeader(text('ats-applicants.csv'))), 0.97);
  assertSniffWinner(['Candidate ID', 'Employee ID', 'Name', 'Email', 'Start Date', 'Applied On'], 'ats.applicants-csv');
  for (const header of [['employee_id', 'full_name', 'email', 'start_date'], ['applicant_id', 'status'], ['full_name', 'email'], []]) {
    assert.equal(ats.sniff(header), 0, JSON.stringify(header));
  }
  assert.equal(ats.sniff('applicant_id,full_name'), 0);
});

test('every column is recognized by its own name, and Greenhouse and Lever headers by theirs', () => {
  for (const column of [...ATS_COLUMNS, ...ATS_HELPER_COLUMNS]) assert.equal(canonicalColumn(column), column);
  const variants: [string, string][] = [
    ['Candidate ID', 'applicant_id'],
    ['Contact ID', 'applicant_id'],
    ['Candidate Name', 'full_name'],
    ['Name', 'full_name'],
    ['First Name', 'first_name'],
    ['Last Name', 'last_name'],
    ['Email Address', 'email'],
    ['Phone Number', 'phone'],
    ['Source', 'source_channel'],
    ['Applied On', 'applied_at'],
    ['Application Date', 'applied_at'],
    ['Created At', 'created_at'],
    ['LinkedIn', 'linkedin_url'],
    ['GitHub', 'github_url'],
    ['Website', 'portfolio_url'],
    ['Portfolio', 'portfolio_url'],
    ['Location', 'location'],
    ['Links', 'links'],
    ['Resume', 'resume_file'],
    ['Resume Text', 'resume_text'],
    ['Referred By', 'referred_by'],
    ['Application ID', 'application_id'],
    ['Opportunity ID', 'application_id'],
    ['Employee ID', 'employee_id'],
    ['Hired Employee ID', 'employee_id'],
    ['IP Address', 'application_ip'],
  ];
  for (const [header, column] of variants) assert.equal(canonicalColumn(header), column, header);
  for (const extra of ['Current Stage', 'Origin', 'Tags']) assert.equal(canonicalColumn(extra), undefined, extra);
});

test('the demo sample: every row goes in; three hires and a rejected applicant share one phone and one IP', async () => {
  assertSniffWinner(csvHeader(text('sample-ats-applicants.csv')), 'ats.applicants-csv');
  const outputs = (await fixture('sample-ats-applicants.csv')).map((row) => accept(ats, row));
  assert.equal(outputs.length, 6);
  const shared = outputs.filter((o) => o.identities[0]!.identifiers.phones[0] === '+1 615 555 0177');
  assert.deepEqual(shared.map((o) => o.identities[0]!.name), ['Ryan Mitchell', 'Kevin Brooks', 'Tom Sample']);
  assert.equal(outputs.filter((o) => o.events[0]!.source?.ip === '198.51.100.77').length, 4);
});

test('photo_phash: a 64-bit perceptual hash in hex (any case, 0x allowed) is kept lower-case; a malformed one is rejected', () => {
  assert.equal(accept(ats, { ...base, photo_phash: '0xC3A5E1F00F1E5A3C' }).identities[0]!.attributes.photo_phash, 'c3a5e1f00f1e5a3c');
  for (const header of ['Photo Hash', 'photo_hash', 'pHash', 'Perceptual Hash']) {
    assert.equal(canonicalColumn(header), 'photo_phash', header);
    assert.equal(accept(ats, { ...base, [header]: 'c3a5e1f00f1e5a3c' }).identities[0]!.attributes.photo_phash, 'c3a5e1f00f1e5a3c', header);
  }
  for (const bad of ['c3a5e1f00f1e5a3', 'c3a5e1f00f1e5a3c00', 'photos/a-1.jpg', 'zzzzzzzzzzzzzzzz']) {
    assert.deepEqual(reject(ats, { ...base, photo_phash: bad }), ['photo_phash: expected 16 hex digits (a 64-bit perceptual hash)'], bad);
  }
  assert.equal(accept(ats, base).identities[0]!.attributes.photo_phash, undefined);
});

test('accept_language: the browser header is kept as an attribute; a Languages (spoken) column is not mapped to it', () => {
  const header = 'ko-KR,ko;q=0.9,en-US;q=0.8';
  assert.equal(accept(ats, { ...base, accept_language: header }).identities[0]!.attributes.accept_language, header);
  assert.equal(accept(ats, { ...base, 'Accept-Language': header }).identities[0]!.attributes.accept_language, header);
  assert.equal(canonicalColumn('Browser Language'), 'accept_language');
  for (const spoken of ['Languages', 'Language', 'Spoken Languages']) assert.equal(canonicalColumn(spoken), undefined, spoken);
  const attributes = accept(ats, { ...base, Languages: 'English, Korean' }).identities[0]!.attributes;
  assert.equal(attributes.accept_language, undefined);
  assert.equal(attributes.Languages, 'English, Korean');
});
