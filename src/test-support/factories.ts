import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { sha256 } from '../ingest/hash.js';

/** A sign-in event with sensible synthetic defaults; override what the test is about. */
export function signIn(over: {
  id: string;
  at: string;
  identity: string;
  email?: string;
  ip?: string;
  country?: string;
  lat?: number;
  lon?: number;
  outcome?: 'success' | 'failure' | 'unknown';
}): Event {
  return {
    '@timestamp': new Date(over.at).toISOString(),
    event: {
      id: over.id,
      dataset: 'okta.system',
      action: 'user.session.start',
      kind: 'event',
      category: ['authentication', 'session'],
      type: ['start'],
      outcome: over.outcome ?? 'success',
    },
    user: { id: over.identity, email: over.email ?? `${over.identity}@example.com` },
    source: {
      ip: over.ip ?? '198.51.100.10',
      geo: {
        ...(over.country ? { country_iso_code: over.country } : {}),
        ...(over.lat !== undefined && over.lon !== undefined ? { location: { lat: over.lat, lon: over.lon } } : {}),
      },
    },
    molehunt: {
      raw_ref: { file: 'fixture.ndjson', line: 1, sha256: sha256(over.id) },
      identity_id: `idp.account:okta:${over.identity}`,
    },
  };
}

/** An IdP account identity record for `signIn` events of the same identity. */
export function account(identity: string, email = `${identity}@example.com`, name?: string): IdentityRecord {
  return {
    id: `idp.account:okta:${identity}`,
    kind: 'idp.account',
    system: 'okta',
    source_id: identity,
    ...(name ? { name } : {}),
    corporate_emails: [email],
    identifiers: { emails: [email], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
    attributes: {},
    raw_ref: { file: 'fixture.ndjson', line: 1, sha256: sha256(identity) },
  };
}

/** An HR employee record. */
export function employee(employeeId: string, email: string, name: string): IdentityRecord {
  return {
    id: `hr.employee:hr-csv:${employeeId}`,
    kind: 'hr.employee',
    system: 'hr-csv',
    source_id: employeeId,
    name,
    employee_id: employeeId,
    corporate_emails: [email],
    identifiers: { emails: [email], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [] },
    attributes: {},
    raw_ref: { file: 'hr.csv', line: 2, sha256: sha256(employeeId) },
  };
}

/** Any identity record with empty identifiers; override what the test is about. */
export function record(kind: IdentityRecord['kind'], sourceId: string, over: Partial<Omit<IdentityRecord, 'identifiers'>> & { identifiers?: Partial<IdentityRecord['identifiers']> } = {}): IdentityRecord {
  const system = { 'hr.employee': 'hr-csv', 'ats.applicant': 'ats-csv', 'idp.account': 'okta', 'payroll.payee': 'payroll-csv', 'device.owner': 'mdm-csv', 'shipment.recipient': 'shipments-csv' }[kind];
  const { identifiers, ...rest } = over;
  return {
    id: `${kind}:${system}:${sourceId}`,
    kind,
    system,
    source_id: sourceId,
    corporate_emails: [],
    attributes: {},
    raw_ref: { file: `${system}.csv`, line: 2, sha256: sha256(`${kind}:${sourceId}`) },
    ...rest,
    identifiers: { emails: [], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [], ...identifiers },
  };
}

/**
 * A non-sign-in event (inventory, process, USB, shipment, payroll, application…) for the identity
 * record `identityId`; pass the ECS/molehunt fields the test is about in `over`.
 */
export function hostEvent(identityId: string, over: { id: string; at: string; dataset?: string; action: string; kind?: 'event' | 'asset' | 'state'; category?: string[]; type?: string[] } & Partial<Omit<Event, 'event' | '@timestamp' | 'molehunt'>> & { molehunt?: Partial<Event['molehunt']> }): Event {
  const { id, at, dataset, action, kind, category, type, molehunt, ...fields } = over;
  return {
    '@timestamp': new Date(at).toISOString(),
    event: { id, dataset: dataset ?? 'osquery.result', action, kind: kind ?? 'event', category: category ?? ['host'], type: type ?? ['info'], outcome: 'unknown' },
    ...fields,
    molehunt: { raw_ref: { file: 'fixture.ndjson', line: 1, sha256: sha256(id) }, identity_id: identityId, ...(molehunt ?? {}) },
  };
}
