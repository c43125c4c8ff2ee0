import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectTable, TABLES } from './osquery-tables.js';
import { edidVendor, realSerial, sshFingerprint, usbId } from './osquery-values.js';

const tableOf = (name: string, columns: string[]): string | undefined => detectTable(name, columns)?.table;

test('the query name names the table by convention, the last table in the name winning', () => {
  const usb = ['vendor_id', 'model_id', 'class', 'subclass', 'protocol', 'serial'];
  assert.equal(tableOf('usb_devices', usb), 'usb_devices');
  assert.equal(tableOf('pack_hardware_usb_devices', usb), 'usb_devices');
  assert.equal(tableOf('pack/Global/usb_devices', usb), 'usb_devices');
  assert.equal(tableOf('pack_apps_usb_devices', usb), 'usb_devices', 'a pack named "apps"');
  assert.equal(tableOf('pack_x_user_ssh_keys', ['uid', 'path', 'encrypted']), 'user_ssh_keys');
  // A subset of the columns is enough when the name says which table.
  assert.equal(tableOf('pack_it_processes', ['pid', 'name', 'path']), 'processes');
  assert.equal(tableOf('pack_it_firefox_addons', ['identifier', 'name', 'version']), 'firefox_addons');
  assert.equal(tableOf('pack_hw_usb_devices', ['vendor_id', 'model_id', 'vendor', 'model', 'serial']), 'usb_devices');
  assert.equal(tableOf('pack_hw_usb_devices', ['vendor_id', 'count']), undefined, 'one shared column is not enough');
});

test('without a usable name the most specific full column signature decides', () => {
  assert.equal(tableOf('hourly', ['vendor_id', 'model_id', 'class', 'subclass', 'protocol', 'removable']), 'usb_devices');
  assert.equal(tableOf('q1', ['identifier', 'name', 'version', 'path']), 'chrome_extensions');
  assert.equal(tableOf('q2', ['identifier', 'name', 'version', 'creator', 'source_url']), 'firefox_addons');
  assert.equal(tableOf('q3', ['name', 'version', 'platform', 'major']), 'os_version');
  assert.equal(tableOf('q4', ['bundle_identifier', 'bundle_short_version', 'name', 'path']), 'apps');
  assert.equal(tableOf('webapps_inventory', ['name', 'version']), undefined, '"apps" must stand between separators');
  // The name says processes, but the columns are nothing like it: trust the columns.
  assert.equal(tableOf('processes_ports', ['pid', 'port', 'protocol', 'address']), 'listening_ports');
  assert.equal(tableOf('custom', ['ssid', 'rssi']), undefined);
});

test('every table has a distinct name and a signature of at least two columns', () => {
  assert.equal(new Set(TABLES.map((t) => t.table)).size, TABLES.length);
  for (const spec of TABLES) assert.ok(spec.signature.length >= 2, spec.table);
});

test('USB ids, EDID vendors, serials and SSH fingerprints', () => {
  assert.deepEqual(['1D6B', '0x0104', '4b4', 'abcde', undefined].map(usbId), ['1d6b', '0104', '04b4', 'abcde', undefined]);
  assert.deepEqual(['12760', '1552', 'LNX', '0', '99999', undefined].map(edidVendor), ['LNX', 'APP', 'LNX', '0', '99999', undefined]);
  assert.deepEqual(
    ['C02EXAMPLE42', '0', '000000', 'To Be Filled By O.E.M.', 'Default string', ' System Serial Number ', 'None', ''].map(realSerial),
    ['C02EXAMPLE42', undefined, undefined, undefined, undefined, undefined, undefined, undefined],
  );
  const key = 'AAAAC3NzaC1lZDI1NTE5AAAAIAYoYNeYaNn9TSw5ZK0sFS4+/BVmUKHMgbstBrNEEQzC';
  assert.equal(sshFingerprint(key), 'SHA256:7Wht7vxRv+7Ur2upbxuWBETZXuv0l/nRtsosfFdrwYQ');
  assert.equal(sshFingerprint(`ssh-ed25519 ${key} alex@example.com`), 'SHA256:7Wht7vxRv+7Ur2upbxuWBETZXuv0l/nRtsosfFdrwYQ', 'a whole line');
  for (const bad of ['', 'ssh-ed25519', 'AAAA', 'AAAA////', 'not base64!', undefined]) assert.equal(sshFingerprint(bad), undefined, String(bad));
});
