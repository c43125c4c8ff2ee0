import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EventSchema, type Event } from '../../model/event.js';
import { IdentityRecordSchema } from '../../model/identity-record.js';
import mdm, { canonicalColumn, MDM_COLUMNS, MDM_HELPER_COLUMNS } from './mdm-devices-csv.source.js';
import { accept, assertSniffWinner, csvHeader, csvRows, ctx, reject } from './__fixtures__/csv/harness.js';

const text = (name: string): string => readFileSync(new URL(`./__fixtures__/csv/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => csvRows(text(name));

const base = { device_serial: 'SER123', hostname: 'host-1', last_check_in: '2026-10-05T12:00:00Z' };
const checkIn = (events: Event[]): Event => events.find((e) => e.event.action === 'device.checked_in')!;

test('canonical columns make a device.owner record and enrolled and checked-in events', async () => {
  const [first] = await fixture('mdm-devices.csv');
  const { identities, events } = accept(mdm, first);
  const identity = IdentityRecordSchema.parse(identities[0]);
  assert.deepEqual(identity, {
    id: 'device.owner:mdm-csv:C02XY0AAJG5H',
    kind: 'device.owner',
    system: 'mdm-csv',
    source_id: 'C02XY0AAJG5H',
    employee_id: 'E1006',
    corporate_emails: ['jake.thompson@example.com'],
    identifiers: {
      emails: ['jake.thompson@example.com'],
      phones: [],
      addresses: [],
      payout_accounts: [],
      device_serials: ['C02XY0AAJG5H'],
      keys: [],
    },
    attributes: {
      hostname: 'JAKE-MBP',
      os: 'macOS',
      os_version: '15.6',
      model: 'MacBook Pro (14-inch)',
      enrolled_at: '2026-08-24T15:00:00.000Z',
      last_check_in: '2026-10-05T13:00:00.000Z',
      last_ip: '198.51.100.61',
      managed: 'true',
    },
    raw_ref: ctx.rawRef,
  });
  assert.deepEqual(
    events.map((e) => [e.event.action, e['@timestamp'], e.event.kind]),
    [
      ['device.enrolled', '2026-08-24T15:00:00.000Z', 'event'],
      ['device.checked_in', '2026-10-05T13:00:00.000Z', 'state'],
    ],
  );
  const [enrolled, checked] = events.map((e) => EventSchema.parse(e));
  assert.deepEqual(checked!.event, {
    id: 'C02XY0AAJG5H:device.checked_in:2026-10-05T13:00:00.000Z',
    dataset: 'mdm.devices',
    action: 'device.checked_in',
    kind: 'state',
    category: ['host'],
    type: ['info'],
    outcome: 'unknown',
  });
  assert.deepEqual(checked!.source, { ip: '198.51.100.61' });
  assert.equal(enrolled!.source, undefined, 'the last IP belongs to the check-in, not the enrollment');
  for (const event of [enrolled!, checked!]) {
    assert.deepEqual(event.host, { name: 'JAKE-MBP', hostname: 'JAKE-MBP', os: { name: 'macOS', version: '15.6' } });
    assert.deepEqual(event.device, { serial_number: 'C02XY0AAJG5H', model: { name: 'MacBook Pro (14-inch)' } });
    assert.deepEqual(event.user, { email: 'jake.thompson@example.com' });
    assert.deepEqual(event.molehunt.device_posture, { managed: true });
    assert.equal(event.molehunt.identity_id, identity.id);
    assert.deepEqual(event.molehunt.raw_ref, ctx.rawRef);
  }
});

test('a row without enrollment or check-in dates makes the record and no events; a login name is not an e-mail', async () => {
  const [, second] = await fixture('mdm-devices.csv');
  const { identities, events } = accept(mdm, second);
  assert.deepEqual(events, []);
  assert.deepEqual(identities[0]!.corporate_emails, []);
  assert.deepEqual(identities[0]!.identifiers.emails, []);
  assert.equal(identities[0]!.attributes.user_login, 'ryan.mitchell');
  assert.equal(identities[0]!.attributes.managed, 'false');
});

test('Intune export: Managed by, Compliance, Ownership, UPN, display name and Intune date formats', async () => {
  const [row] = await fixture('mdm-intune.csv');
  const { identities, events } = accept(mdm, row);
  const identity = identities[0]!;
  assert.equal(identity.source_id, 'PF-EXAMPLE-1');
  assert.equal(identity.name, 'Kevin Brooks');
  assert.deepEqual(identity.corporate_emails, ['kevin.brooks@example.com']);
  assert.equal(identity.attributes.ownership, 'Corporate');
  assert.equal(identity.attributes.compliance, 'Noncompliant');
  assert.equal(identity.attributes.manufacturer, 'Example Computers');
  assert.equal(identity.attributes['Primary user email address'], 'kevin.brooks@example.com');
  assert.equal(identity.attributes['Device ID'], '6f1c0000-0000-4000-8000-00000000e008');
  assert.equal(identity.attributes.enrolled_at, '2026-09-14T09:05:00.000Z');
  const checked = checkIn(events);
  assert.equal(checked['@timestamp'], '2026-10-04T22:10:03.000Z');
  assert.equal(checked.source, undefined);
  assert.deepEqual(checked.molehunt.device_posture, { managed: true, compliant: false });
  assert.deepEqual(checked.device, { serial_number: 'PF-EXAMPLE-1', manufacturer: 'Example Computers', model: { name: 'ThinkPad Example' } });
  assert.deepEqual(checked.host?.os, { name: 'Windows', version: '10.0.22631.4037' });
});

test('Jamf export: the public IP Address wins over the device-reported one, which stays an attribute', async () => {
  const [row] = await fixture('mdm-jamf.csv');
  const { identities, events } = accept(mdm, row);
  const identity = identities[0]!;
  assert.equal(identity.source_id, 'C02EXAMPLE09');
  assert.equal(identity.name, 'Ethan Walker');
  assert.deepEqual(identity.corporate_emails, ['ethan.walker@example.com']);
  assert.equal(identity.attributes.username, 'ethan.walker');
  assert.equal(identity.attributes.reported_ip, '192.168.1.23');
  assert.equal(identity.attributes.Department, 'Engineering');
  const checked = checkIn(events);
  assert.deepEqual(checked.source, { ip: '198.51.100.77' });
  assert.equal(checked['@timestamp'], '2026-10-05T12:40:00.000Z');
  assert.deepEqual(checked.user, { email: 'ethan.walker@example.com', name: 'ethan.walker' });
  assert.deepEqual(checked.molehunt.device_posture, { managed: true });
  assert.equal(events.find((e) => e.event.action === 'device.enrolled')!['@timestamp'], '2026-09-28T16:20:00.000Z');
});

test('the device-reported IP is used when there is no other; a username that is an e-mail is the sign-in address', () => {
  const { identities, events } = accept(mdm, { ...base, 'Last Reported IP Address': '10.1.2.3', Username: 'Sam@Example.com' });
  assert.deepEqual(checkIn(events).source, { ip: '10.1.2.3' });
  assert.deepEqual(identities[0]!.corporate_emails, ['sam@example.com']);
});

test('managed is normalized to a boolean from the words MDM exports use', () => {
  const managedOf = (value: string) => checkIn(accept(mdm, { ...base, managed: value }).events).molehunt.device_posture?.managed;
  for (const yes of ['true', 'Yes', '1', 'MDM', 'Intune', 'Co-managed', 'MDM/ConfigMgr Agent', 'Managed', 'jamf']) assert.equal(managedOf(yes), true, yes);
  for (const no of ['false', 'NO', '0', 'Unmanaged', 'EAS', 'none']) assert.equal(managedOf(no), false, no);
  assert.equal(managedOf('Unknown'), undefined);
  assert.deepEqual(reject(mdm, { ...base, managed: 'maybe' }), [
    'managed: expected true/false, yes/no, 1/0, managed/unmanaged, or an MDM name (MDM, Intune, Jamf, ConfigMgr, EAS)',
  ]);
  assert.deepEqual(reject(mdm, { ...base, managed: 'constructor' }).length, 1, 'no prototype keys');
});

test('a compliance state that is no verdict is kept as an attribute, not an error', () => {
  const { identities, events } = accept(mdm, { ...base, Compliance: 'Not evaluated' });
  assert.equal(identities[0]!.attributes.compliance, 'Not evaluated');
  assert.equal(checkIn(events).molehunt.device_posture, undefined);
});

test('missing serial, bad dates, bad IPs and bad serials are rejected with their paths', () => {
  assert.deepEqual(reject(mdm, { ...base, device_serial: '' }), ['device_serial: required']);
  assert.match(reject(mdm, { ...base, device_serial: 'SER 123' }).join('\n'), /^device_serial: expected a serial number/);
  for (const bad of ['2026-10-32', '10/32/2026', '2026-10-05T12:00:00+15:00', 'never']) {
    assert.match(reject(mdm, { ...base, enrolled_at: bad }).join('\n'), /^enrolled_at: expected a date like/, bad);
    assert.match(reject(mdm, { ...base, last_check_in: bad }).join('\n'), /^last_check_in: expected a date like/, bad);
  }
  assert.deepEqual(reject(mdm, { ...base, last_ip: '198.51.100.300' }), ['last_ip: expected an IPv4 or IPv6 address']);
  assert.deepEqual(reject(mdm, { ...base, 'Last Reported IP Address': 'wifi' }), ['reported_ip: expected an IPv4 or IPv6 address']);
});

test('two headers for one field with different values are rejected', () => {
  const issues = reject(mdm, { ...base, 'Serial Number': 'OTHER1' });
  assert.equal(issues.length, 1);
  assert.match(issues[0]!, /^device_serial: columns "device_serial" and "Serial Number" disagree/);
  assert.match(reject(mdm, { ...base, last_ip: '198.51.100.1', 'IP Address': '198.51.100.2' }).join('\n'), /^last_ip: columns "last_ip" and "IP Address" disagree/);
});

test('sniff: MDM headers win among all CSV sources; a serial column alone is not enough', () => {
  for (const name of ['mdm-devices.csv', 'mdm-intune.csv', 'mdm-jamf.csv']) assertSniffWinner(csvHeader(text(name)), 'mdm.devices-csv');
  assertSniffWinner(csvHeader(mdm.example!), 'mdm.devices-csv');
  assert.equal(mdm.sniff(['Serial Number', 'Computer Name']), 0.9);
  for (const header of [['Serial Number', 'Model'], ['shipment_id', 'device_serial', 'ship_date'], ['employee_id', 'full_name', 'email'], []]) {
    assert.equal(mdm.sniff(header), 0, JSON.stringify(header));
  }
});

test('every column is recognized by its own name, and Intune and Jamf headers by theirs', () => {
  for (const column of [...MDM_COLUMNS, ...MDM_HELPER_COLUMNS]) assert.equal(canonicalColumn(column), column);
  const variants: [string, string][] = [
    ['Serial number', 'device_serial'],
    ['Device name', 'hostname'],
    ['Primary user UPN', 'user_email'],
    ['User principal name', 'user_email'],
    ['Primary user display name', 'display_name'],
    ['OS', 'os'],
    ['OS version', 'os_version'],
    ['Enrollment date', 'enrolled_at'],
    ['Last check-in', 'last_check_in'],
    ['Managed by', 'managed'],
    ['Ownership', 'ownership'],
    ['Compliance', 'compliant'],
    ['Computer Name', 'hostname'],
    ['Username', 'username'],
    ['Full Name', 'display_name'],
    ['Email Address', 'user_email'],
    ['Operating System Version', 'os_version'],
    ['Last Check-in', 'last_check_in'],
    ['IP Address', 'last_ip'],
    ['Last Reported IP Address', 'reported_ip'],
    ['Managed', 'managed'],
    ['Last Enrollment', 'enrolled_at'],
  ];
  for (const [header, column] of variants) assert.equal(canonicalColumn(header), column, header);
  for (const extra of ['Device ID', 'Primary user email address', 'Department']) assert.equal(canonicalColumn(extra), undefined, extra);
});

test('the demo sample: every row goes in; three laptops check in from one address', async () => {
  const outputs = (await fixture('sample-mdm-devices.csv')).map((row) => accept(mdm, row));
  assert.equal(outputs.length, 7);
  const farm = outputs.filter((o) => checkIn(o.events).source?.ip === '198.51.100.77');
  assert.deepEqual(farm.map((o) => o.identities[0]!.employee_id), ['E1007', 'E1008', 'E1009']);
  const shipped = (await fixture('sample-shipments.csv')).map((row) => row.device_serial);
  for (const o of farm) assert.ok(shipped.includes(o.identities[0]!.source_id), 'serials match the shipment sample');
});
