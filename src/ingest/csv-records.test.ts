import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { EventSchema } from '../model/event.js';
import { IdentityRecordSchema } from '../model/identity-record.js';
import { defineColumns } from './csv-columns.js';
import { csvEvent, csvIdentity, parseCsvRow, parseCsvTimestamp, postalAddress, withAttributes } from './csv-records.js';
import { sha256 } from './hash.js';

const rawRef = { file: 'x.csv', line: 2, sha256: sha256('x') };

test('parseCsvTimestamp: ISO dates and date-times, with or without a zone (no zone = UTC)', () => {
  const cases: [string, string][] = [
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['2026-01-31T14:05:00Z', '2026-01-31T14:05:00.000Z'],
    ['2026-01-31T14:05:00.123456Z', '2026-01-31T14:05:00.123Z'],
    ['2026-01-31T14:05', '2026-01-31T14:05:00.000Z'],
    ['2026-01-31T14:05:00+02:00', '2026-01-31T12:05:00.000Z'],
    ['2026-01-31T00:30:00-0530', '2026-01-31T06:00:00.000Z'],
    ['2026-01-31 14:05:00', '2026-01-31T14:05:00.000Z'],
    ['2026-01-31 14:05:00.0000000', '2026-01-31T14:05:00.000Z'],
    ['2026-01-31 14:05:00 UTC', '2026-01-31T14:05:00.000Z'],
    [' 2026-01-31 ', '2026-01-31T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ];
  for (const [input, expected] of cases) assert.equal(parseCsvTimestamp(input), expected, input);
});

test('parseCsvTimestamp: US month-first dates, with an optional 24- or 12-hour time', () => {
  const cases: [string, string][] = [
    ['01/31/2026', '2026-01-31T00:00:00.000Z'],
    ['1/5/2026', '2026-01-05T00:00:00.000Z'],
    ['01/31/2026 14:05', '2026-01-31T14:05:00.000Z'],
    ['1/31/2026 2:05:09 PM', '2026-01-31T14:05:09.000Z'],
    ['1/31/2026, 12:00 AM', '2026-01-31T00:00:00.000Z'],
    ['1/31/2026 12:30 pm', '2026-01-31T12:30:00.000Z'],
  ];
  for (const [input, expected] of cases) assert.equal(parseCsvTimestamp(input), expected, input);
});

test('parseCsvTimestamp: impossible dates, times and zones, and other spellings are refused', () => {
  for (const bad of [
    '',
    '2026-02-29',
    '2026-13-01',
    '2026-1-31',
    '31/01/2026',
    '31.01.2026',
    'Jan 31, 2026',
    '2026-01-31T24:00:00Z',
    '2026-01-31T12:60:00Z',
    '2026-01-31T12:00:60Z',
    '2026-01-31T12:00:00+15:00',
    '2026-01-31T12:00:00 EST',
    '1/31/2026 0:30 AM',
    '1/31/2026 13:00 PM',
    '1714567890',
  ]) {
    assert.equal(parseCsvTimestamp(bad), undefined, bad);
  }
});

test('parseCsvRow: columns, validation issues with paths, and conflicts on sensitive columns without values', () => {
  const columns = defineColumns(['id', 'secret'] as const, { identifier: 'id', accountnumber: 'secret' });
  const schema = z.object({ id: z.string({ error: 'required' }) }).loose();
  const ok = parseCsvRow(columns, schema, { Identifier: ' 7 ', Note: 'hi' }, 'k');
  assert.deepEqual(ok, { ok: true, value: { data: { id: '7' }, row: { id: '7' }, attributes: { Note: 'hi' } } });
  assert.deepEqual(parseCsvRow(columns, schema, { Note: 'hi' }, 'k'), { ok: false, issues: ['id: required'] });
  assert.deepEqual(parseCsvRow(columns, schema, 'id,secret', 'k'), { ok: false, issues: ['(root): expected a CSV row (header cell → text)'] });
  const conflict = parseCsvRow(columns, schema, { id: '1', secret: '12345678', 'Account Number': '87654321' }, 'k', ['secret']);
  assert.deepEqual(conflict, { ok: false, issues: ['secret: columns "secret" and "Account Number" disagree (values not shown)'] });
  const plain = parseCsvRow(columns, schema, { id: '1', identifier: '2' }, 'k', ['secret']);
  assert.deepEqual(plain, { ok: false, issues: ['id: columns "id" and "identifier" disagree ("1" vs "2")'] });
});

test('builders: records and events that pass the model schemas, with no undefined keys', () => {
  const identity = csvIdentity({
    kind: 'device.owner',
    system: 'mdm-csv',
    sourceId: 'S1',
    rawRef,
    name: undefined,
    identifiers: { emails: ['a@example.com', 'a@example.com'] },
    attributes: withAttributes({}, { a: 'x', b: undefined, c: '' }),
  });
  assert.deepEqual(IdentityRecordSchema.parse(identity), identity);
  assert.equal('name' in identity, false);
  assert.deepEqual(identity.identifiers.emails, ['a@example.com']);
  assert.deepEqual(identity.attributes, { a: 'x' });
  const event = csvEvent({ id: 'e1', dataset: 'd', action: 'a', timestamp: '2026-01-31T00:00:00.000Z', rawRef, identityId: identity.id });
  assert.deepEqual(EventSchema.parse(event), event);
  assert.equal(postalAddress('home', { city: undefined, country: '' }), undefined);
  assert.deepEqual(postalAddress('ship_to', { city: 'Oslo', region: undefined }), { role: 'ship_to', city: 'Oslo' });
});
