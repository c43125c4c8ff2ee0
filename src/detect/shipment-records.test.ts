import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { record } from '../test-support/factories.js';
import type { RuleContext } from './define-rule.js';
import { normalizeSerial, placeEvidence, shipmentsOf } from './shipment-records.js';

const ctx = { identityEnrichment: () => ({}) } as unknown as RuleContext;
const subject = (...identities: IdentityRecord[]): ResolvedSubject => ({ id: 's', display_name: 's', identities, merge_reasons: [] });
const shipment = (id: string, date: string | undefined, serial: string, ...lines: string[]) =>
  record('shipment.recipient', id, {
    attributes: date ? { ship_date: date } : {},
    identifiers: { device_serials: [serial], addresses: lines.map((line) => ({ role: 'ship_to' as const, line, city: 'Nashville', postal_code: '37201', country: 'US' })) },
  });

describe('shipmentsOf', () => {
  test('orders shipments by ship date (undated last) and keeps every ship-to a record was seen with', () => {
    const s = subject(
      shipment('late', '2026-09-09', 'c02b', '1 Elm St'),
      shipment('none', undefined, 'c02c', '2 Elm St'),
      shipment('early', '2026-08-26', ' c02a ', '1200 Example Pike', '900 Example Pike'),
    );
    const list = shipmentsOf(ctx, s);
    assert.deepEqual(list.map((x) => x.record.source_id), ['early', 'late', 'none']);
    assert.deepEqual(list[0]!.serials, ['C02A']);
    assert.deepEqual(list[0]!.places.map((p) => p.address.line), ['1200 Example Pike', '900 Example Pike']);
    assert.equal(list[2]!.at, undefined);
  });

  test('placeEvidence names the record, the address, its key, the serials and the ship date', () => {
    const [first] = shipmentsOf(ctx, subject(shipment('s1', '2026-08-26', 'C02A', '1200 Example Pike')));
    const e = placeEvidence(first!.places[0]!, { note: 'x' });
    assert.equal(e.timestamp, '2026-08-26T00:00:00.000Z');
    assert.equal(e.values.address, '1200 Example Pike, Nashville, US');
    assert.equal(e.values.address_key, 'US|37201||nashville|1200 example pike');
    assert.equal(e.values.device_serials, 'C02A');
    assert.equal(normalizeSerial(' c02x '), 'C02X');
  });
});
