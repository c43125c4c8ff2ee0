import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Event } from '../../model/event.js';
import { readAll } from '../../test-support/streams.js';
import type { SourceContext } from '../define-source.js';
import { sha256 } from '../hash.js';
import { readNdjson } from '../readers/ndjson-reader.js';
import google from './google-workspace-login.source.js';
import okta from './okta-system-log.source.js';
import osquery from './osquery-result.source.js';
import { sourceTester } from '../../test-support/source-tester.js';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/osquery/${name}`, import.meta.url), 'utf8');
const lines = (name: string): Json[] =>
  fixture(name)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Json);

const ctx: SourceContext = {
  rawRef: { file: 'osqueryd.results.log', line: 1, sha256: sha256('fixture') },
  fingerprintKey: 'test-key',
};

type Json = Record<string, unknown>;

const { normalizeOk, onlyEvent, issuesOf } = sourceTester(osquery, ctx);

const osq = (event: Event): Json => event.osquery as Json;
const eventFormat = lines('event-format.ndjson');
const tables = lines('tables.ndjson');
/** The fixture line whose query name ends with `suffix`. */
const byName = (records: Json[], suffix: string): Json => {
  const found = records.find((r) => String(r.name).endsWith(suffix));
  assert.ok(found, suffix);
  return structuredClone(found);
};

const LAPTOP_HOST = { name: 'laptop-0042', id: '4C4C4544-0042-3010-8052-B7C04F4E3232', hostname: 'laptop-0042' };

test('event format: a PiKVM-like USB gadget (1d6b:0104) maps to molehunt.usb with the host and its owner', () => {
  const out = normalizeOk(eventFormat[0]);
  const event = out.events[0]!;
  assert.equal(out.events.length, 1);
  assert.equal(event['@timestamp'], '2024-03-05T14:22:31.000Z');
  assert.deepEqual(event.event, {
    id: event.event.id,
    dataset: 'osquery.result',
    action: 'usb_device.added',
    kind: 'event',
    category: ['host'],
    type: ['creation'],
    outcome: 'unknown',
  });
  assert.match(event.event.id, /^[0-9a-f]{32}$/);
  assert.deepEqual(event.host, LAPTOP_HOST);
  assert.deepEqual(event.device, { serial_number: 'C02EXAMPLE42' });
  assert.deepEqual(event.molehunt, {
    raw_ref: ctx.rawRef,
    identity_id: 'device.owner:osquery:laptop-0042',
    usb: {
      vendor_id: '1d6b',
      product_id: '0104',
      vendor: 'PiKVM',
      product: 'PiKVM Composite Device',
      serial: 'CAFEBABE',
      class: '0',
      subclass: '0',
      protocol: '0',
      removable: true,
    },
  });
  assert.equal(osq(event).name, 'pack_hardware-monitoring_usb_devices');
  assert.equal(osq(event).table, 'usb_devices');
  assert.equal(osq(event).counter, '3');
  assert.deepEqual(osq(event).columns, (eventFormat[0] as { columns: Json }).columns, 'the raw row is kept as it was');
  assert.deepEqual(out.identities, [
    {
      id: 'device.owner:osquery:laptop-0042',
      kind: 'device.owner',
      system: 'osquery',
      source_id: 'laptop-0042',
      corporate_emails: ['alex.doe@example.com'],
      identifiers: { emails: ['alex.doe@example.com'], phones: [], addresses: [], payout_accounts: [], device_serials: ['C02EXAMPLE42'], keys: [] },
      attributes: {
        host_uuid: '4C4C4544-0042-3010-8052-B7C04F4E3232',
        hostname: 'laptop-0042',
        hardware_serial: 'C02EXAMPLE42',
        user_email: 'Alex.Doe@example.com',
      },
      raw_ref: ctx.rawRef,
    },
  ]);
});

test('event format: an ordinary keyboard, added then removed; upper-case ids are normalized and -1 is no value', () => {
  const added = onlyEvent(eventFormat[1]);
  assert.deepEqual(added.molehunt.usb, {
    vendor_id: '046d',
    product_id: 'c31c',
    vendor: 'Logitech',
    product: 'USB Keyboard',
    class: '0',
    subclass: '0',
    protocol: '0',
  });
  const removed = onlyEvent(eventFormat[2]);
  assert.equal(removed.event.action, 'usb_device.removed');
  assert.deepEqual(removed.event.type, ['deletion']);
  assert.equal(removed['@timestamp'], '2024-03-05T15:22:31.000Z');
  assert.notEqual(removed.event.id, added.event.id);
});

test('processes: AnyDesk with its command line and parent', () => {
  const event = onlyEvent(byName(eventFormat, '_processes'));
  assert.equal(event.event.action, 'process.added');
  assert.deepEqual([event.event.category, event.event.type], [['process'], ['start']]);
  assert.deepEqual(event.process, {
    pid: 4242,
    name: 'AnyDesk.exe',
    executable: 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe',
    command_line: '"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --service',
    parent: { pid: 812 },
  });
  assert.deepEqual(event.host, { name: 'WIN-0007', id: '9F1B7A52-0007-4E3C-A1D2-000000000007', hostname: 'WIN-0007' });
  assert.equal(event.device, undefined, 'no serial decoration on this host');
});

test('chrome_extensions: a browser extension is a package installation', () => {
  const event = onlyEvent(byName(eventFormat, '_chrome_extensions'));
  assert.equal(event.event.action, 'chrome_extension.added');
  assert.deepEqual([event.event.category, event.event.type], [['package'], ['installation']]);
  assert.deepEqual(event.package, {
    name: 'Example Interview Helper',
    version: '1.2.3',
    type: 'chrome_extension',
    path: 'C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Extensions\\abcdefghijklmnopabcdefghijklmnop\\1.2.3_0',
  });
  assert.equal((osq(event).columns as Json).identifier, 'abcdefghijklmnopabcdefghijklmnop');
});

test('system_info: the hardware serial becomes device.serial_number and the owner record\'s device serial', () => {
  const out = normalizeOk(byName(eventFormat, 'system_info'));
  const event = out.events[0]!;
  assert.deepEqual(event.device, { serial_number: 'C02EXAMPLE42', manufacturer: 'Apple Inc.', model: { identifier: 'Mac14,2' } });
  assert.deepEqual(event.host, { name: 'laptop-0042', id: '4C4C4544-0042-3010-8052-B7C04F4E3232', hostname: 'laptop-0042.example.com' });
  assert.deepEqual(event.event.type, ['info'], 'counter 0: the first run reports what is there, not an arrival');
  const owner = out.identities[0]!;
  assert.deepEqual(owner.identifiers.device_serials, ['C02EXAMPLE42']);
  assert.deepEqual(owner.corporate_emails, []);
  assert.deepEqual(owner.attributes, {
    host_uuid: '4C4C4544-0042-3010-8052-B7C04F4E3232',
    hostname: 'laptop-0042.example.com',
    hardware_vendor: 'Apple Inc.',
    hardware_model: 'Mac14,2',
  });
});

test('authorized_keys: the fingerprint equals ssh-keygen -lf, computed independently from the key blob', () => {
  const record = byName(eventFormat, '_authorized_keys');
  const key = (record.columns as Json).key as string;
  const independent = `SHA256:${createHash('sha256').update(Buffer.from(key, 'base64')).digest('base64').replace(/=+$/, '')}`;
  // `ssh-keygen -lf` on "ssh-ed25519 <key> alex@example.com" prints this fingerprint.
  assert.equal(independent, 'SHA256:7Wht7vxRv+7Ur2upbxuWBETZXuv0l/nRtsosfFdrwYQ');
  const event = onlyEvent(record);
  assert.deepEqual(event.molehunt.ssh_key, {
    fingerprint: independent,
    algorithm: 'ssh-ed25519',
    comment: 'alex@example.com',
    path: '/home/alex/.ssh/authorized_keys',
  });
  assert.deepEqual(event.user, { id: '1000' });
  assert.deepEqual(event.host, { name: 'dev-box-07', id: '5d0c1a2b-0000-4000-8000-000000000099', hostname: 'dev-box-07' });

  (record.columns as Json).key = 'not-a-key';
  assert.equal(onlyEvent(record).molehunt.ssh_key, undefined, 'no fingerprint, no ssh_key');
});

test('an unknown query still yields events, named after the query, with its columns kept', () => {
  const event = onlyEvent(byName(eventFormat, '_wifi_status'));
  assert.equal(event.event.action, 'pack_custom_wifi_status.added');
  assert.deepEqual([event.event.category, event.event.type], [[], ['info']]);
  assert.equal(osq(event).table, null);
  assert.deepEqual(osq(event).columns, { ssid: 'ExampleNet', rssi: '-51' });
  assert.equal(event.molehunt.identity_id, 'device.owner:osquery:laptop-0042');
});

test('the other mapped tables', () => {
  const event = (suffix: string): Event => onlyEvent(byName(tables, suffix));
  assert.deepEqual(event('_programs').package, { name: 'AnyDesk', version: '8.0.8', type: 'windows_program', path: 'C:\\Program Files (x86)\\AnyDesk' });
  assert.deepEqual(event('_apps').package, { name: 'TeamViewer', version: '15.51.5', type: 'macos_app', path: '/Applications/TeamViewer.app' });
  const deb = event('_deb_packages');
  assert.deepEqual([deb.event.action, deb.event.type, deb.package], ['deb_package.removed', ['deletion'], { name: 'anydesk', version: '6.3.0', type: 'deb' }]);
  assert.deepEqual(event('_rpm_packages').package, { name: 'rustdesk', version: '1.2.3', type: 'rpm' });
  assert.deepEqual(event('_homebrew_packages').package, { name: 'astrill', version: '3.10', type: 'brew', path: '/opt/homebrew/Caskroom/astrill/3.10' });
  assert.deepEqual(event('_connected_displays').molehunt.display, { name: 'PiKVM V4 Plus', vendor: 'LNX', serial: 'CAFEBABE' });
  const port = event('_listening_ports');
  assert.deepEqual([port.process, port.server, port.event.category], [{ pid: 4242 }, { ip: '0.0.0.0', port: 7070 }, ['network']]);
  assert.deepEqual(event('_interface_details').molehunt.interface, { name: 'en0', mac: 'dc:a6:32:00:00:01', type: '6' });
  const os = event('os_version');
  assert.deepEqual(os.host?.os, { name: 'Ubuntu', version: '22.04.4 LTS (Jammy Jellyfish)', platform: 'ubuntu' });
  assert.equal(os.host?.name, 'dev-box-07');
  assert.deepEqual(event('_certificates').x509, {
    serial_number: '0A1B2C3D',
    subject: { common_name: 'PiKVM', distinguished_name: '/CN=PiKVM' },
    issuer: { common_name: 'Example Issuing CA', distinguished_name: '/C=US/O=Example Issuing Co/CN=Example Issuing CA' },
    not_before: '2024-01-01T00:00:00.000Z',
    not_after: '2030-01-01T00:00:00.000Z',
    signature_algorithm: 'sha256WithRSAEncryption',
  });
  const session = event('_logged_in_users');
  assert.deepEqual([session.user, session.source, session.process], [{ name: 'alex' }, { ip: '203.0.113.9' }, { pid: 3001 }]);
  assert.deepEqual([session.event.category, session.event.type], [['session'], ['start']]);
  const privateKey = event('_user_ssh_keys');
  assert.deepEqual([privateKey.user, privateKey.file, privateKey.molehunt.ssh_key], [{ id: '1000' }, { path: '/home/alex/.ssh/id_ed25519' }, undefined]);
});

test('snapshot format: one state event per row, all at the snapshot time', () => {
  const [processes, empty, rowAsEvent] = lines('snapshot.ndjson');
  const out = normalizeOk(processes);
  assert.equal(out.events.length, 3);
  assert.deepEqual(
    out.events.map((e) => [e.event.action, e.event.kind, e.event.type, e.process?.pid, e.process?.parent?.pid, e['@timestamp']]),
    [
      ['process.snapshot', 'state', ['info'], 1, 0, '2024-03-05T16:00:00.000Z'],
      ['process.snapshot', 'state', ['info'], 812, 1, '2024-03-05T16:00:00.000Z'],
      ['process.snapshot', 'state', ['info'], 913, 812, '2024-03-05T16:00:00.000Z'],
    ],
  );
  assert.equal(out.events[1]!.process?.command_line, '/Applications/RustDesk.app/Contents/MacOS/rustdesk --server');
  assert.equal(new Set(out.events.map((e) => e.event.id)).size, 3);
  assert.equal(out.identities.length, 1, 'one owner record per host, not per row');

  const none = normalizeOk(empty);
  assert.deepEqual(none.events, [], 'an empty snapshot is not an error');
  assert.equal(none.identities.length, 1);

  // --logger_snapshot_event_type writes each snapshot row as "columns" with action "snapshot"; numerics as numbers.
  const usb = onlyEvent(rowAsEvent);
  assert.equal(usb.event.kind, 'state');
  assert.equal(usb.event.action, 'usb_device.snapshot');
  assert.equal(usb.molehunt.usb?.removable, true);
  assert.equal((osq(usb).columns as Json).usb_port, 1);
});

test('batched format: diffResults added and removed rows become separate events', () => {
  const [batch, nothing] = lines('batched.ndjson');
  const out = normalizeOk(batch);
  assert.deepEqual(
    out.events.map((e) => [e.event.action, e.event.type, e.package?.name]),
    [
      ['program.added', ['installation'], 'AnyDesk'],
      ['program.added', ['installation'], 'Chrome Remote Desktop Host'],
      ['program.removed', ['deletion'], 'TeamViewer'],
    ],
  );
  assert.ok(out.events.every((e) => e.event.kind === 'event' && e['@timestamp'] === '2024-03-06T09:00:00.000Z'), 'string unixTime');
  assert.equal(out.events[1]!.package?.path, undefined, 'an empty install_location is no path');
  assert.deepEqual(out.identities[0]!.corporate_emails, ['sam.lee@example.com']);
  assert.deepEqual(normalizeOk(nothing).events, []);
});

test('event ids: stable on re-ingest, different for another row, action, counter or time', () => {
  const base = byName(eventFormat, '_usb_devices');
  const id = (mutate: (r: Json) => void = () => undefined): string => {
    const record = structuredClone(base);
    mutate(record);
    return onlyEvent(record).event.id;
  };
  const original = id();
  assert.equal(id(), original);
  assert.equal(id((r) => (r.columns = Object.fromEntries(Object.entries(r.columns as Json).reverse()))), original, 'column order does not matter');
  for (const [what, mutate] of [
    ['row', (r: Json) => ((r.columns as Json).serial = 'DEADBEEF')],
    ['action', (r: Json) => (r.action = 'removed')],
    ['counter', (r: Json) => (r.counter = 4)],
    ['epoch', (r: Json) => (r.epoch = 1)],
    ['time', (r: Json) => (r.unixTime = 1709648552)],
    ['host', (r: Json) => (r.hostIdentifier = 'laptop-0043')],
    ['query', (r: Json) => (r.name = 'pack_other_usb_devices')],
  ] as const) {
    assert.notEqual(id(mutate), original, what);
  }
  const [snapshot] = lines('snapshot.ndjson');
  const twice = structuredClone(snapshot!);
  (twice.snapshot as Json[]).push(structuredClone((twice.snapshot as Json[])[0]!));
  assert.equal(new Set(normalizeOk(twice).events.map((e) => e.event.id)).size, 4, 'two identical rows in one snapshot are two observations');
});

test('time: unixTime wins; calendarTime is the fallback', () => {
  const record = byName(eventFormat, '_usb_devices');
  delete record.unixTime;
  assert.equal(onlyEvent(record)['@timestamp'], '2024-03-05T14:22:31.000Z');
  record.calendarTime = 'Mon May  2 22:27:32 2016';
  assert.equal(onlyEvent(record)['@timestamp'], '2016-05-02T22:27:32.000Z');
});

test('decorations: placeholder serials are no serial; an e-mail under any user-like key is the owner', () => {
  const record = byName(eventFormat, '_usb_devices');
  record.decorations = { hostname: 'lab-01', hardware_serial: 'To Be Filled By O.E.M.', console_user: 'Kim.Park@Example.com', note: 'x@example.com' };
  const out = normalizeOk(record);
  assert.equal(out.events[0]!.device, undefined);
  assert.deepEqual(out.identities[0]!.identifiers.device_serials, []);
  assert.deepEqual(out.identities[0]!.corporate_emails, ['kim.park@example.com']);
  delete record.decorations;
  const bare = normalizeOk(record);
  assert.deepEqual(bare.events[0]!.host, { name: 'laptop-0042', id: 'laptop-0042' });
  assert.deepEqual(bare.identities[0]!.attributes, {});
});

test('the malformed fixture: each line is rejected with the path of its problem', async () => {
  const items = await readAll(readNdjson, fixture('malformed.ndjson'));
  const issues = items.map((item) => (item.kind === 'record' ? issuesOf(item.value) : [item.reason]));
  assert.deepEqual(issues, [
    ['hostIdentifier: Invalid input: expected string, received undefined'],
    ['columns: a result needs "columns", "snapshot" or "diffResults"'],
    ['unixTime: expected an integer'],
    ['snapshot.1: Invalid input: expected record, received string'],
    ['name: Invalid input: expected string, received undefined'],
  ]);
});

test('rejections name the field path', () => {
  const cases: [string, (r: Json) => void][] = [
    ['action: expected "added", "removed" or "snapshot"', (r) => delete r.action],
    ['action: expected', (r) => (r.action = 'changed')],
    ['unixTime: a result needs unixTime', (r) => { delete r.unixTime; r.calendarTime = 'yesterday'; }],
    ['hostIdentifier: ', (r) => (r.hostIdentifier = '')],
    ['columns: ', (r) => (r.columns = ['vendor_id'])],
    ['diffResults.added: ', (r) => { delete r.columns; r.diffResults = { added: 'x', removed: [] }; }],
    ['decorations: ', (r) => (r.decorations = 'laptop')],
  ];
  for (const [prefix, mutate] of cases) {
    const record = byName(eventFormat, '_usb_devices');
    mutate(record);
    const issues = issuesOf(record);
    assert.ok(issues.some((i) => i.startsWith(prefix)), `${prefix}: ${issues.join('\n')}`);
  }
  for (const record of [null, 'text', 42, []]) {
    assert.ok(issuesOf(record).every((i) => i.startsWith('(root): ')), JSON.stringify(record));
  }
});

test('sniff: high for every results format, 0 for status logs, Okta, Google and random objects', () => {
  for (const record of [...eventFormat, ...tables, ...lines('snapshot.ndjson'), ...lines('batched.ndjson')]) {
    assert.equal(osquery.sniff(record), 0.95, String(record.name));
  }
  const [noHost, noRows, , , statusLog] = lines('malformed.ndjson');
  assert.equal(osquery.sniff(noHost), 0);
  assert.equal(osquery.sniff(noRows), 0.5, 'the envelope of a results line whose rows are broken');
  assert.equal(osquery.sniff(statusLog), 0, 'osqueryd status log');
  const oktaEvent = JSON.parse(readFileSync(new URL('./__fixtures__/okta/session-start.json', import.meta.url), 'utf8')) as unknown;
  const googleActivity = JSON.parse(readFileSync(new URL('./__fixtures__/google-workspace/login-success.json', import.meta.url), 'utf8')) as unknown;
  assert.equal(osquery.sniff(oktaEvent), 0);
  assert.equal(osquery.sniff(googleActivity), 0);
  for (const record of eventFormat) {
    assert.equal(okta.sniff(record), 0, 'Okta does not claim osquery results');
    assert.equal(google.sniff(record), 0, 'nor does Google');
  }
  for (const other of [null, 42, 'columns', [], { name: 'x', columns: {} }, { hostIdentifier: 7, columns: {} }]) {
    assert.equal(osquery.sniff(other), 0, JSON.stringify(other));
  }
});

test('the example shown by `molehunt sources` is a record this source recognizes and reads', () => {
  const example: unknown = JSON.parse(osquery.example!);
  assert.equal(osquery.sniff(example), 0.95);
  assert.deepEqual(onlyEvent(example).molehunt.usb, { vendor_id: '1d6b', product_id: '0104', vendor: 'PiKVM', product: 'PiKVM Composite Device', serial: 'CAFEBABE' });
});
