import type { Evidence } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { placesOf, type Place } from './address-groups.js';
import type { RuleContext } from './define-rule.js';
import { recordEvidence } from './subject-facts.js';

/** One device shipment: the shipment.recipient record, when it shipped, what, and where to. */
export interface Shipment {
  record: IdentityRecord;
  /** Epoch ms of the ship date, when the export had one. */
  at?: number;
  /** Device serial numbers, upper case. */
  serials: string[];
  /**
   * The ship-to addresses. More than one means the shipment's address changed between exports (records
   * keep every address they were seen with, in the order seen).
   */
  places: Place[];
}

/** A device serial as compared across systems: trimmed, upper case. */
export function normalizeSerial(serial: string): string {
  return serial.trim().toUpperCase();
}

/** The subject's device shipments in ship-date order (undated last). */
export function shipmentsOf(ctx: RuleContext, subject: ResolvedSubject): Shipment[] {
  const places = placesOf(ctx, subject, 'ship_to', ['shipment.recipient']);
  const out: Shipment[] = [];
  for (const record of subject.identities) {
    if (record.kind !== 'shipment.recipient') continue;
    const at = Date.parse(record.attributes.ship_date ?? '');
    out.push({
      record,
      ...(Number.isNaN(at) ? {} : { at }),
      serials: record.identifiers.device_serials.map(normalizeSerial),
      places: places.filter((p) => p.record === record),
    });
  }
  return out.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || (a.record.id < b.record.id ? -1 : 1));
}

/** The standard evidence entry for an address: the record, its role, the address and its matching key. */
export function placeEvidence(place: Place, values: Evidence['values'] = {}): Evidence {
  const shipped = Date.parse(place.record.attributes.ship_date ?? '');
  return {
    ...recordEvidence(place.record, {
      role: place.address.role,
      address: place.display,
      address_key: place.key,
      ...(place.record.kind === 'shipment.recipient' ? { device_serials: place.record.identifiers.device_serials.join(', ') || null } : {}),
      ...values,
    }),
    ...(Number.isNaN(shipped) ? {} : { timestamp: new Date(shipped).toISOString() }),
  };
}
