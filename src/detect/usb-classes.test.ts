import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addUsbRow, noFunctions, usbClassCode } from './usb-classes.js';

test('class codes: osquery decimal, Windows hex with 0x or h, bare hex letters', () => {
  assert.deepEqual(['0', '8', '239', '08h', '0x08', 'ef', 'EFh', '', 'x', '300'].map(usbClassCode), [0, 8, 239, 8, 8, 239, 239, undefined, undefined, undefined]);
});

test('rows of one device add up to what it exposes: boot keyboard, any other HID as a pointer, mass storage', () => {
  const f = noFunctions();
  addUsbRow(f, { class: '3', protocol: '1' });
  assert.deepEqual([f.keyboard, f.pointer, f.storage], [true, false, false]);
  addUsbRow(f, { class: '3', protocol: '0' });
  addUsbRow(f, { class: '8' });
  addUsbRow(f, { class: 'n/a' });
  assert.deepEqual([f.keyboard, f.pointer, f.storage, [...f.classes]], [true, true, true, [3, 8]]);
});
