import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { display, usb, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-ipkvm-usb.rule.js';

const PIKVM = { vendor_id: '1d6b', product_id: '0104', vendor: 'PiKVM', product: 'PiKVM Composite Device', serial: 'CAFEBABE', class: '0', subclass: '0', protocol: '0' };

describe('endpoint.ipkvm-usb (F-04)', () => {
  test('a PiKVM gadget and its EDID on a new hire\'s laptop: one finding, every sighting as evidence, escalated', () => {
    const run = runRule(rule, {
      identities: worker('ryan', { start: '2026-09-01' }),
      events: [
        usb('ryan', '2026-09-03T17:00:00Z', PIKVM),
        usb('ryan', '2026-09-04T17:00:00Z', PIKVM),
        display('ryan', '2026-09-03T17:00:05Z', { name: 'PiKVM V4 Plus', vendor: 'LNX', serial: 'CAFEBABE' }),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'F-04');
    assert.equal(finding.confidence, 0.95);
    assert.equal(
      finding.summary,
      '2 IP-KVM signatures from 2026-09-03: PiKVM (PiKVM / PiKVM Composite Device) on ryan-laptop; PiKVM V4 Plus (EDID name PiKVM V4 Plus) on ryan-laptop',
    );
    assert.equal(finding.evidence.length, 2, 'the repeated USB sighting is not repeated as evidence');
    assert.equal(finding.evidence[0]!.values.serial, 'CAFEBABE');
    assert.deepEqual(run.subjects[0]!.escalations.map((e) => e.id), ['§7.1']);
  });

  test('GL.iNet Comet, TinyPilot (by its serial) and NanoKVM (by its own USB id) are recognized', () => {
    const run = runRule(rule, {
      identities: [...worker('a', { start: '2024-01-01' }), ...worker('b', { start: '2024-01-01' }), ...worker('c', { start: '2024-01-01' })],
      events: [
        usb('a', '2026-10-01T10:00:00Z', { vendor_id: '1d6b', product_id: '0104', vendor: 'GLKVM', product: 'Composite KVM Device', serial: 'CAFEBABE' }),
        usb('b', '2026-10-01T10:00:00Z', { vendor_id: '1d6b', product_id: '0104', vendor: 'Linux Foundation', product: 'Multifunction Composite Gadget', serial: '6b65796d696d6570690' }),
        usb('c', '2026-10-01T10:00:00Z', { vendor_id: '3346', product_id: '1009' }),
      ],
    });
    assert.match(run.findingsOf('a@example.com')[0]?.summary ?? '', /GL\.iNet Comet \(GLKVM\)/);
    assert.equal(run.findingsOf('a@example.com')[0]?.confidence, 0.9);
    assert.match(run.findingsOf('b@example.com')[0]?.summary ?? '', /TinyPilot \(serial 6b65796d696d6570690\)/);
    assert.equal(run.findingsOf('b@example.com')[0]?.confidence, 0.75);
    assert.match(run.findingsOf('c@example.com')[0]?.summary ?? '', /Sipeed NanoKVM \(USB id 3346:1009\)/);
  });

  test('the Raspberry Pi hobbyist\'s generic gadget, root hubs and an ordinary monitor are not F-04', () => {
    const run = runRule(rule, {
      identities: worker('pat', { start: '2026-09-01' }),
      events: [
        usb('pat', '2026-09-03T10:00:00Z', { vendor_id: '1d6b', product_id: '0104', vendor: 'Linux Foundation', product: 'Multifunction Composite Gadget', serial: 'fedcba9876543210' }),
        usb('pat', '2026-09-03T10:00:00Z', { vendor_id: '1d6b', product_id: '0002', vendor: 'Linux Foundation', product: '2.0 root hub', class: '9' }),
        usb('pat', '2026-09-03T10:00:00Z', { vendor_id: '0bda', product_id: '5411', vendor: 'Generic', product: 'USB Hub', serial: '0123456789ABCDEF' }),
        display('pat', '2026-09-03T10:00:00Z', { name: 'DELL U2720Q', vendor: 'DEL', serial: '8WZZ123' }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('lab hosts listed in ignoreHosts are left alone; extraManufacturers adds a brand', () => {
    const events = [usb('lab', '2026-10-01T10:00:00Z', PIKVM), usb('lab', '2026-10-01T10:00:00Z', { vendor_id: '1d6b', product_id: '0104', vendor: 'AcmeKVM' })];
    const identities = worker('lab', { start: '2024-01-01' });
    assert.deepEqual(runRule(rule, { identities, events, options: { ignoreHosts: ['^lab-'] } }).findings, []);
    const extra = runRule(rule, { identities, events: events.slice(1), options: { extraManufacturers: ['AcmeKVM'] } });
    assert.match(extra.findings[0]?.summary ?? '', /AcmeKVM/);
    assert.throws(() => runRule(rule, { identities, events, options: { ignoreHosts: ['(unclosed'] } }), /regular expression/);
  });
});
