import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { KVM_USB_SIGNATURES, knownKvmDisplay, knownKvmUsb } from './ipkvm-signatures.js';

const WATCH = join(import.meta.dirname, '../../../shared/data/ipkvm-watch/indicators.yaml');

describe('IP-KVM signatures', () => {
  test('default strings identify the product; the same strings with another id are still a match, weaker', () => {
    assert.deepEqual(knownKvmUsb({ vendor_id: '1d6b', product_id: '0104', vendor: 'JetKVM', product: 'JetKVM USB Emulation Device' }), {
      product: 'JetKVM',
      basis: 'strings-and-id',
      detail: 'JetKVM / JetKVM USB Emulation Device',
    });
    assert.equal(knownKvmUsb({ vendor_id: '046d', product_id: 'c52b', vendor: 'PiKVM' })?.basis, 'strings');
  });

  test('CAFEBABE counts only on a Linux gadget; NanoKVM\'s placeholder serial never counts alone', () => {
    assert.equal(knownKvmUsb({ vendor_id: '1d6b', product_id: '0104', serial: 'CAFEBABE' })?.basis, 'default-serial');
    assert.equal(knownKvmUsb({ vendor_id: '0781', product_id: '5581', serial: 'CAFEBABE' }), undefined);
    assert.equal(knownKvmUsb({ vendor_id: '1d6b', product_id: '0104', serial: '0123456789ABCDEF' }), undefined);
    assert.equal(knownKvmUsb({ vendor_id: '1d6b', product_id: '0104', vendor: 'Linux Foundation', product: 'Multifunction Composite Gadget' }), undefined);
  });

  test('EDID: a KVM name or the kvmd serial; the Linux default manufacturer LNX alone is not enough', () => {
    assert.equal(knownKvmDisplay({ name: 'PiKVM V4 Plus', vendor: 'LNX' })?.basis, 'edid-name');
    assert.equal(knownKvmDisplay({ name: 'Monitor', vendor: 'LNX', serial: 'CAFEBABE' })?.basis, 'edid-default');
    assert.equal(knownKvmDisplay({ name: 'Generic', vendor: 'LNX' }), undefined);
  });

  test('every USB manufacturer in ipkvm-watch is recognized', { skip: existsSync(WATCH) ? false : '../shared/data/ipkvm-watch not present' }, () => {
    const doc = parse(readFileSync(WATCH, 'utf8')) as { usb: Record<string, { vid: string; pid: string; manufacturer: string; serial?: string }[]> };
    const missed: string[] = [];
    for (const [name, devices] of Object.entries(doc.usb)) {
      for (const d of devices) {
        const match = knownKvmUsb({ vendor_id: d.vid.toLowerCase(), product_id: d.pid.toLowerCase(), vendor: d.manufacturer, serial: d.serial ?? '' });
        if (!match) missed.push(`${name} ${d.vid}:${d.pid} ${d.manufacturer}`);
      }
    }
    assert.deepEqual(missed, []);
    assert.ok(KVM_USB_SIGNATURES.length >= Object.keys(doc.usb).length);
  });
});
