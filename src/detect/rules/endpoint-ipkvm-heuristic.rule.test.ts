import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { display, installed, usb, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-ipkvm-heuristic.rule.js';

/** A spoofed KVM reported per interface (as Windows PnP does): a keyboard, an absolute pointer, a drive. */
const spoofed = (person: string, at: string) => {
  const id = { vendor_id: '046d', product_id: 'c31c', vendor: 'Logitech', product: 'USB Keyboard', serial: 'A1B2' };
  return [
    usb(person, at, { ...id, class: '00h' }),
    usb(person, at, { ...id, class: '03h', subclass: '01h', protocol: '01h' }),
    usb(person, at, { ...id, class: '03h', subclass: '00h', protocol: '00h' }),
    usb(person, at, { ...id, class: '08h', subclass: '06h', protocol: '50h' }),
  ];
};

describe('endpoint.ipkvm-heuristic (F-05)', () => {
  test('a "Logitech keyboard" that is also a pointer and a drive, on a new hire\'s laptop beside AnyDesk: shadow finding with reasons', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [...spoofed('ryan', '2026-09-03T17:00:00Z'), installed('ryan', '2026-09-03T18:00:00Z', 'AnyDesk')],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-05');
    assert.equal(finding.shadow, true, 'experimental: recorded, never scored');
    assert.equal(finding.confidence, 0.85, '0.55 + 0.1 (second signal) + 0.15 new hire + 0.1 remote tool, capped');
    assert.match(finding.summary, /^2 IP-KVM-like signals on ryan-laptop from 2026-09-03: one USB device is a keyboard, a pointer and a drive at once/);
    assert.match(finding.summary, /USB classes 00h\+08h on a device named like a keyboard or mouse/);
    assert.match(finding.summary, /\(in the first weeks after hire, beside AnyDesk\)$/);
    assert.deepEqual(finding.evidence.map((e) => e.values.signal), ['keyboard+pointer+storage', 'classes 00h+08h with a HID name']);
  });

  test('a Raspberry Pi gadget on a long-tenured engineer\'s laptop stays below minConfidence; on a new hire it is reported', () => {
    const gadget = { vendor_id: '1d6b', product_id: '0104', vendor: 'Linux Foundation', product: 'Multifunction Composite Gadget', class: '0' };
    const old = runRule(rule, { identities: worker('pat', { start: '2022-01-01' }), events: [usb('pat', '2026-10-03T10:00:00Z', gadget)] });
    assert.deepEqual(old.findings, []);
    const fresh = runRule(rule, { identities: worker('new', { start: '2026-10-01' }), events: [usb('new', '2026-10-03T10:00:00Z', gadget)] });
    assert.equal(fresh.findings[0]?.confidence, 0.45);
    assert.match(fresh.findings[0]?.summary ?? '', /a Linux USB gadget/);
  });

  test('root hubs, ordinary keyboards and mice, a dock\'s card reader and real monitors say nothing', () => {
    const run = runRule(rule, {
      identities: worker('erin', { start: '2026-09-01' }),
      events: [
        usb('erin', '2026-09-03T10:00:00Z', { vendor_id: '1d6b', product_id: '0003', vendor: 'Linux Foundation', product: '3.0 root hub', class: '9' }),
        usb('erin', '2026-09-03T10:00:00Z', { vendor_id: '046d', product_id: 'c52b', vendor: 'Logitech', product: 'USB Receiver', class: '0' }),
        usb('erin', '2026-09-03T10:00:00Z', { vendor_id: '0bda', product_id: '0316', vendor: 'Realtek', product: 'USB3.0-CRW', class: '0' }),
        usb('erin', '2026-09-03T10:00:00Z', { vendor_id: '0bda', product_id: '0316', vendor: 'Realtek', product: 'USB3.0-CRW', class: '8' }),
        display('erin', '2026-09-03T10:00:00Z', { name: 'LG HDR 4K', vendor: 'GSM', serial: '123456' }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a known KVM is F-04\'s, not counted twice here; the LNX EDID alone is reported on a new hire', () => {
    const run = runRule(rule, {
      identities: worker('kim', { start: '2026-09-01' }),
      events: [
        usb('kim', '2026-09-03T10:00:00Z', { vendor_id: '1d6b', product_id: '0104', vendor: 'PiKVM', product: 'PiKVM Composite Device', serial: 'CAFEBABE' }),
        display('kim', '2026-09-03T10:00:00Z', { name: 'HDMI', vendor: 'LNX' }),
      ],
    });
    assert.deepEqual(run.findings[0]?.evidence.map((e) => e.values.signal), ['EDID manufacturer LNX']);
    assert.equal(run.findings[0]?.confidence, 0.5);
  });

  test('lab hosts in ignoreHosts are skipped; minConfidence is configurable', () => {
    const events = spoofed('lab', '2026-10-03T10:00:00Z');
    const identities = worker('lab', { start: '2020-01-01' });
    assert.deepEqual(runRule(rule, { identities, events, options: { ignoreHosts: ['^lab-laptop$'] } }).findings, []);
    assert.deepEqual(runRule(rule, { identities, events, options: { minConfidence: 0.7 } }).findings, []);
    assert.equal(runRule(rule, { identities, events }).findings[0]?.confidence, 0.65);
  });
});
