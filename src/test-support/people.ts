import type { Event } from '../model/event.js';
import type { IdentityRecord, PostalAddress } from '../model/identity-record.js';
import { employee, hostEvent, record } from './factories.js';

/** A postal address without its role (the helper that uses it sets it). */
export type Address = Omit<PostalAddress, 'role'>;

/** An HR employee `<id>@example.com` with employee id `E-<id>`, a home and HR attributes. */
export function hrPerson(
  id: string,
  name: string,
  over: { home?: Address; start?: string; arrangement?: string; employmentType?: string } = {},
): IdentityRecord {
  const base = employee(`E-${id}`, `${id}@example.com`, name);
  return {
    ...base,
    identifiers: { ...base.identifiers, addresses: over.home ? [{ role: 'home', ...over.home }] : [] },
    attributes: {
      start_date: over.start ?? '2026-09-01',
      ...(over.arrangement ? { work_arrangement: over.arrangement } : {}),
      ...(over.employmentType ? { employment_type: over.employmentType } : {}),
    },
  };
}

/** A laptop shipment to `E-<id>`: one record per shipment id; several addresses mean the ship-to changed between exports. */
export function shipmentTo(id: string, shipmentId: string, date: string, addresses: Address[], serial?: string): IdentityRecord {
  return record('shipment.recipient', shipmentId, {
    employee_id: `E-${id}`,
    attributes: { ship_date: date },
    identifiers: { addresses: addresses.map((a) => ({ role: 'ship_to', ...a })), device_serials: serial ? [serial] : [] },
  });
}

type Account = IdentityRecord['identifiers']['payout_accounts'][number];

/** A payroll election of `E-<id>` effective on `date`. */
export function payoutOf(
  id: string,
  date: string,
  over: { method?: string; payee?: string; bankCountry?: string; accounts?: Account[]; routing?: string } = {},
): IdentityRecord {
  const accounts = over.accounts ?? [];
  return record('payroll.payee', `E-${id}:${date}:${accounts[0]?.fingerprint ?? 'none'}`, {
    employee_id: `E-${id}`,
    ...(over.payee ? { name: over.payee } : {}),
    attributes: {
      effective_date: `${date}T00:00:00.000Z`,
      method: over.method ?? 'ach',
      ...(over.payee ? { payee_name: over.payee } : {}),
      ...(over.bankCountry ? { bank_country: over.bankCountry } : {}),
      ...(over.routing ? { routing_fp: over.routing } : {}),
    },
    identifiers: { payout_accounts: accounts },
  });
}

/** A bank account as payroll stores it: a fingerprint and the last four digits. */
export const bankAccount = (fingerprint: string, last4 = '0001'): Account => ({ kind: 'bank', fingerprint, last4 });

/** A crypto wallet (its public address is kept in clear). */
export const wallet = (address: string, chain = 'ethereum'): Account => ({ kind: 'wallet', fingerprint: `fp-${address.toLowerCase()}`, last4: address.slice(-4), address, chain });

/** An MDM device record of `E-<id>` for `serial`, and a check-in of it from `ip` at `at`. */
export function mdmDevice(id: string, serial: string): IdentityRecord {
  return record('device.owner', serial, { employee_id: `E-${id}`, identifiers: { device_serials: [serial] }, attributes: { enrolled_at: '2026-08-20T00:00:00Z' } });
}

/** An MDM check-in of the device record `serial` from `ip`, optionally with a country the source reported. */
export function checkIn(serial: string, at: string, ip: string, country?: string): Event {
  return hostEvent(`device.owner:mdm-csv:${serial}`, {
    id: `${serial}:${at}`,
    at,
    dataset: 'mdm.devices',
    action: 'device.checked_in',
    kind: 'state',
    device: { serial_number: serial },
    source: { ip, ...(country ? { geo: { country_iso_code: country } } : {}) },
  });
}
