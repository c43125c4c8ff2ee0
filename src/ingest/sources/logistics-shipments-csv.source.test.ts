import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EventSchema } from '../../model/event.js';
import { IdentityRecordSchema } from '../../model/identity-record.js';
import shipments, { canonicalColumn, SHIPMENT_COLUMNS, SHIPMENT_HELPER_COLUMNS } from './logistics-shipments-csv.source.js';
import { accept, assertSniffWinner, csvHeader, csvRows, ctx, reject } from './__fixtures__/csv/harness.js';

const text = (name: string): string => readFileSync(new URL(`./__fixtures__/csv/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => csvRows(text(name));

const base = { shipment_id: 'S1', ship_date: '2026-08-20', device_serial: 'ABC123' };

test('canonical columns make a shipment.recipient record with the ship-to address and a device.shipped event', async () => {
  const [first] = await fixture('shipments.csv');
  const { identities, events } = accept(shipments, first);
  const identity = IdentityRecordSchema.parse(identities[0]);
  assert.deepEqual(identity, {
    id: 'shipment.recipient:shipments-csv:SH-5001',
    kind: 'shipment.recipient',
    system: 'shipments-csv',
    source_id: 'SH-5001',
    name: 'Jake Thompson',
    employee_id: 'E1006',
    corporate_emails: [],
    identifiers: {
      emails: [],
      phones: [],
      addresses: [{ role: 'ship_to', line: '900 Pine St, Apt 12', city: 'Seattle', region: 'WA', postal_code: '98101', country: 'US' }],
      payout_accounts: [],
      device_serials: ['C02XY0AAJG5H'],
      keys: [],
    },
    attributes: { asset_tag: 'IT-0421', carrier: 'UPS', status: 'delivered', ship_date: '2026-08-20T00:00:00.000Z' },
    raw_ref: ctx.rawRef,
  });
  assert.equal(events.length, 1);
  const event = EventSchema.parse(events[0]);
  assert.equal(event['@timestamp'], '2026-08-20T00:00:00.000Z');
  assert.deepEqual(event.event, {
    id: 'SH-5001',
    dataset: 'logistics.shipments',
    action: 'device.shipped',
    kind: 'event',
    category: [],
    type: ['info'],
    outcome: 'unknown',
  });
  assert.deepEqual(event.device, { serial_number: 'C02XY0AAJG5H' });
  assert.deepEqual(event.logistics, { asset_tag: 'IT-0421', carrier: 'UPS', status: 'delivered' });
  assert.equal(event.molehunt.identity_id, identity.id);
});

test('an asset tag without a serial is enough; a date-time with an offset is converted to UTC', async () => {
  const [, second] = await fixture('shipments.csv');
  const { identities, events } = accept(shipments, second);
  assert.deepEqual(identities[0]!.identifiers.device_serials, []);
  assert.deepEqual(identities[0]!.identifiers.addresses, [{ role: 'ship_to', line: '1200 Example Pike', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' }]);
  assert.equal(events[0]!['@timestamp'], '2026-08-27T21:00:00.000Z');
  assert.equal(events[0]!.device, undefined);
});

test('asset-management export: Order ID, Serial Number, Ship To Name, Address 1/2, State, Zip, a US date-time', async () => {
  const [row] = await fixture('shipments-asset-export.csv');
  const { identities, events } = accept(shipments, row);
  const identity = identities[0]!;
  assert.equal(identity.id, 'shipment.recipient:shipments-csv:ORD-7001');
  assert.equal(identity.employee_id, 'E1008');
  assert.equal(identity.name, 'Kevin Brooks');
  assert.deepEqual(identity.identifiers.addresses, [{ role: 'ship_to', line: '1200 Example Pike, Unit B', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' }]);
  assert.deepEqual(identity.identifiers.device_serials, ['FVFEXAMPLE01']);
  assert.equal(identity.attributes.tracking_number, '7700 0000 0001', 'a tracking number beside an id stays an attribute');
  assert.equal(identity.attributes.status, 'Delivered');
  assert.equal(events[0]!['@timestamp'], '2026-09-10T10:30:00.000Z');
});

test('a tracking number stands in for the shipment id when the export has no id column', async () => {
  const [row] = await fixture('shipments-tracking-only.csv');
  const { identities, events } = accept(shipments, row);
  assert.equal(identities[0]!.source_id, '1Z999AA10000000001');
  assert.equal(events[0]!.event.id, '1Z999AA10000000001');
  assert.equal(identities[0]!.name, 'Lee Courier');
  assert.deepEqual(identities[0]!.identifiers.addresses, [{ role: 'ship_to', line: '1 Example Road', city: 'Toronto', region: 'ON', postal_code: 'M5V 0A1', country: 'CA' }]);
  assert.deepEqual(identities[0]!.identifiers.device_serials, ['PF-EXAMPLE-9']);
  assert.equal(identities[0]!.attributes.carrier, 'Example Express');
});

test('a shipment with no address parts has no address; extra columns are kept', () => {
  const { identities } = accept(shipments, { ...base, 'Cost Center': 'CC-12' });
  assert.deepEqual(identities[0]!.identifiers.addresses, []);
  assert.equal(identities[0]!.attributes['Cost Center'], 'CC-12');
  assert.equal(identities[0]!.employee_id, undefined);
});

test('missing id, date or device, and bad dates or serials are rejected with their paths', () => {
  assert.deepEqual(reject(shipments, { ...base, shipment_id: '' }), ['shipment_id: required (or tracking_number)']);
  assert.deepEqual(reject(shipments, { ...base, ship_date: '' }), ['ship_date: required']);
  assert.deepEqual(reject(shipments, { ...base, device_serial: '' }), ['device_serial: a row needs device_serial or asset_tag']);
  for (const bad of ['2026-02-29', '20/08/2026', '2026-08-20T24:00:00Z', 'next week']) {
    assert.match(reject(shipments, { ...base, ship_date: bad }).join('\n'), /^ship_date: expected a date like/, bad);
  }
  assert.match(reject(shipments, { ...base, device_serial: 'ABC 123' }).join('\n'), /^device_serial: expected a serial number/);
});

test('two headers for one field with different values are rejected', () => {
  const issues = reject(shipments, { ...base, 'Serial Number': 'XYZ999' });
  assert.equal(issues.length, 1);
  assert.match(issues[0]!, /^device_serial: columns "device_serial" and "Serial Number" disagree/);
  assert.equal(accept(shipments, { ...base, Serial: 'ABC123' }).identities[0]!.identifiers.device_serials[0], 'ABC123');
});

test('sniff: shipment headers win among all CSV sources', () => {
  for (const name of ['shipments.csv', 'shipments-asset-export.csv', 'shipments-tracking-only.csv']) {
    assertSniffWinner(csvHeader(text(name)), 'logistics.shipments-csv');
  }
  assertSniffWinner(csvHeader(shipments.example!), 'logistics.shipments-csv');
  assert.equal(shipments.sniff(['Order ID', 'Serial Number']), 0.9);
  assert.equal(shipments.sniff(['shipment_id', 'ship_date', 'address_line1']), 0.5);
  for (const header of [['device_serial', 'hostname', 'os'], ['employee_id', 'full_name', 'email'], ['serial_number', 'ship_date'], []]) {
    assert.equal(shipments.sniff(header), 0, JSON.stringify(header));
  }
});

test('every column is recognized by its own name, and logistics export headers by theirs', () => {
  for (const column of [...SHIPMENT_COLUMNS, ...SHIPMENT_HELPER_COLUMNS]) assert.equal(canonicalColumn(column), column);
  const variants: [string, string][] = [
    ['Shipment ID', 'shipment_id'],
    ['Order ID', 'shipment_id'],
    ['Tracking Number', 'tracking_number'],
    ['Serial Number', 'device_serial'],
    ['Serial', 'device_serial'],
    ['S/N', 'device_serial'],
    ['Asset Tag', 'asset_tag'],
    ['Ship To Name', 'recipient_name'],
    ['Address 1', 'address_line1'],
    ['Address 2', 'address_line2'],
    ['State', 'region'],
    ['Province', 'region'],
    ['State/Province', 'region'],
    ['Zip', 'postal_code'],
    ['ZIP Code', 'postal_code'],
    ['Postcode', 'postal_code'],
    ['Ship Date', 'ship_date'],
    ['Shipped At', 'ship_date'],
  ];
  for (const [header, column] of variants) assert.equal(canonicalColumn(header), column, header);
  assert.equal(canonicalColumn('Cost Center'), undefined);
});

test('the demo sample: every row goes in; three laptops go to one Nashville address none of them lives at', async () => {
  const outputs = (await fixture('sample-shipments.csv')).map((row) => accept(shipments, row));
  assert.equal(outputs.length, 5);
  const nashville = outputs.filter((o) => o.identities[0]!.identifiers.addresses[0]!.city === 'Nashville');
  assert.deepEqual(nashville.map((o) => o.identities[0]!.employee_id), ['E1007', 'E1008', 'E1009']);
});
