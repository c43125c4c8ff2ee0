import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { identityRecordId, type IdentityRecord } from '../../model/identity-record.js';
import { flattenIssues } from '../../model/parse-result.js';
import { defineSource } from '../define-source.js';
import { sha256 } from '../hash.js';
import { detectTable, type TableSpec } from './osquery-tables.js';
import { realSerial, type Cells } from './osquery-values.js';
import { isEmailAddress } from '../../model/email-address.js';

const Row = z.record(z.string(), z.unknown());
// Before osquery 2.x unixTime, epoch and counter were strings; since then they are numbers.
const Integer = z.union([z.number().int(), z.string().regex(/^-?\d+$/, 'expected an integer')]);

/** One line of osqueryd.results.log / osqueryd.snapshots.log (docs/wiki/deployment/logging.md). */
const OsqueryResult = z.object({
  name: z.string().min(1),
  hostIdentifier: z.string().min(1),
  calendarTime: z.string().nullish(),
  unixTime: Integer.nullish(),
  epoch: Integer.nullish(),
  counter: Integer.nullish(),
  numerics: z.boolean().nullish(),
  decorations: z.record(z.string(), z.unknown()).nullish(),
  action: z.string().nullish(),
  columns: Row.optional(),
  snapshot: z.array(Row).optional(),
  diffResults: z.object({ added: z.array(Row).nullish(), removed: z.array(Row).nullish() }).optional(),
});
type OsqueryResult = z.infer<typeof OsqueryResult>;

type RowAction = 'added' | 'removed' | 'snapshot';
interface ResultRow {
  action: RowAction;
  index: number;
  raw: Record<string, unknown>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** osquery's calendarTime, asctime() in UTC: `Tue Sep 27 21:15:37 2016 UTC` (day padded with a space). */
function calendarTime(value: string | null | undefined): string | undefined {
  const m = value?.match(/^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})(?: UTC)?$/);
  const month = m ? MONTHS.indexOf(m[1]!) : -1;
  if (!m || month < 0) return undefined;
  const ms = Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function timestampOf(result: OsqueryResult): string | undefined {
  const seconds = result.unixTime === null || result.unixTime === undefined ? undefined : Number(result.unixTime);
  if (seconds !== undefined && seconds > 0) return new Date(seconds * 1000).toISOString();
  return calendarTime(result.calendarTime);
}

function rowsOf(result: OsqueryResult): { rows: ResultRow[]; issues: string[] } {
  const rows: ResultRow[] = [];
  const issues: string[] = [];
  if (result.columns) {
    const action = result.action;
    if (action === 'added' || action === 'removed' || action === 'snapshot') rows.push({ action, index: 0, raw: result.columns });
    else issues.push(`action: expected "added", "removed" or "snapshot" beside "columns", got ${JSON.stringify(action ?? null)}`);
  }
  result.snapshot?.forEach((raw, index) => rows.push({ action: 'snapshot', index, raw }));
  result.diffResults?.added?.forEach((raw, index) => rows.push({ action: 'added', index, raw }));
  result.diffResults?.removed?.forEach((raw, index) => rows.push({ action: 'removed', index, raw }));
  if (!result.columns && !result.snapshot && !result.diffResults) {
    issues.push('columns: a result needs "columns", "snapshot" or "diffResults"');
  }
  return { rows, issues };
}

/** Row values as text: with --log_numerics_as_numbers osquery writes numbers, otherwise strings. */
function cellsOf(raw: Record<string, unknown>): Cells {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

const canonical = (value: Record<string, unknown>): string =>
  JSON.stringify(Object.keys(value).sort().map((key) => [key, value[key]]));

function eventType(spec: TableSpec | undefined, action: RowAction, initial: boolean): string[] {
  // counter 0 marks a query's first run: its "added" rows are the inventory found, not new arrivals.
  if (!spec || action === 'snapshot' || (initial && !spec.evented)) return ['info'];
  const [added, removed] = { package: ['installation', 'deletion'], process: ['start', 'end'], session: ['start', 'end'], other: ['creation', 'deletion'] }[spec.family];
  return [action === 'added' ? added! : removed!];
}


/** What the record says about its host, from the host identifier and the configured decorations. */
function hostFacts(result: OsqueryResult) {
  const decorations = cellsOf(result.decorations ?? {});
  const pick = (...keys: string[]): string | undefined => keys.map((k) => decorations[k]).find((v) => v !== undefined && v !== '');
  const hostname = pick('hostname', 'host_name', 'computer_name', 'local_hostname');
  const uuid = pick('host_uuid', 'uuid', 'hardware_uuid');
  const serial = realSerial(pick('hardware_serial', 'serial_number', 'serial', 'host_serial', 'device_serial'));
  const emails = [
    ...new Set(
      Object.entries(decorations)
        .filter(([key, value]) => /mail|user|owner|login|account/i.test(key) && isEmailAddress(value))
        .map(([, value]) => value.toLowerCase()),
    ),
  ];
  return { decorations, hostname, uuid, serial, emails };
}
type HostFacts = ReturnType<typeof hostFacts>;

function toEvent(result: OsqueryResult, row: ResultRow, timestamp: string, facts: HostFacts, identityId: string, rawRef: Event['molehunt']['raw_ref']): { event: Event; table?: string } {
  const cells = cellsOf(row.raw);
  const spec = detectTable(result.name, Object.keys(cells));
  const fields = spec?.map(cells) ?? {};
  const counter = result.counter === null || result.counter === undefined ? undefined : String(result.counter);
  const epoch = result.epoch === null || result.epoch === undefined ? undefined : String(result.epoch);
  const id = sha256(JSON.stringify([result.hostIdentifier, result.name, row.action, timestamp, epoch ?? '', counter ?? '', row.index, canonical(row.raw)]));
  const device = { ...(facts.serial ? { serial_number: facts.serial } : {}), ...fields.device };
  const event: Event = {
    '@timestamp': timestamp,
    event: {
      id: id.slice(0, 32),
      dataset: 'osquery.result',
      action: `${spec?.entity ?? result.name}.${row.action}`,
      kind: row.action === 'snapshot' ? 'state' : 'event',
      category: [...(spec?.category ?? [])],
      type: eventType(spec, row.action, counter === '0'),
      outcome: 'unknown',
    },
    host: {
      name: facts.hostname ?? result.hostIdentifier,
      id: facts.uuid ?? result.hostIdentifier,
      ...(facts.hostname ? { hostname: facts.hostname } : {}),
      ...fields.host,
    },
    ...(Object.keys(device).length > 0 ? { device } : {}),
    ...(fields.user ? { user: fields.user } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.package ? { package: fields.package } : {}),
    ...(fields.process ? { process: fields.process } : {}),
    ...fields.ecs,
    molehunt: {
      raw_ref: rawRef,
      identity_id: identityId,
      ...(fields.usb ? { usb: fields.usb } : {}),
      ...(fields.display ? { display: fields.display } : {}),
      ...(fields.ssh_key ? { ssh_key: fields.ssh_key } : {}),
      ...(fields.interface ? { interface: fields.interface } : {}),
    },
    osquery: {
      name: result.name,
      table: spec?.table ?? null,
      action: row.action,
      host_identifier: result.hostIdentifier,
      epoch: epoch ?? null,
      counter: counter ?? null,
      decorations: facts.decorations,
      columns: row.raw,
    },
  };
  return { event, ...(spec ? { table: spec.table } : {}) };
}

/** The host as a device.owner record: serial and owner e-mail join it to the person. */
function deviceOwner(result: OsqueryResult, facts: HostFacts, info: Event | undefined, rawRef: IdentityRecord['raw_ref']): IdentityRecord {
  const serial = facts.serial ?? info?.device?.serial_number;
  const attributes: Record<string, string> = { ...facts.decorations };
  const hostname = facts.hostname ?? info?.host?.hostname;
  if (hostname) attributes.hostname = hostname;
  if (info?.device?.manufacturer) attributes.hardware_vendor = info.device.manufacturer;
  if (info?.device?.model?.identifier) attributes.hardware_model = info.device.model.identifier;
  return {
    id: identityRecordId('device.owner', 'osquery', result.hostIdentifier),
    kind: 'device.owner',
    system: 'osquery',
    source_id: result.hostIdentifier,
    corporate_emails: facts.emails,
    identifiers: { emails: facts.emails, phones: [], addresses: [], payout_accounts: [], device_serials: serial ? [serial] : [], keys: [] },
    attributes,
    raw_ref: rawRef,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** osquery scheduled-query results from the filesystem logger: event, snapshot and batched formats. */
export default defineSource({
  id: 'osquery.result',
  title: 'osquery results log',
  description:
    'osquery scheduled-query results as the filesystem logger writes them (osqueryd.results.log, osqueryd.snapshots.log): ' +
    'event format ("columns" + "action"), snapshot format ("snapshot": [rows]) and batched format ("diffResults"). ' +
    'USB devices, software, processes, displays, SSH keys, certificates and host facts map to ECS; other tables are kept as they are.',
  dataset: 'osquery.result',
  framings: ['ndjson', 'json-array', 'json-document'],
  expects: 'NDJSON lines with "name", "hostIdentifier", "unixTime" and "columns", "snapshot" or "diffResults"',
  example:
    '{"name":"pack_hardware_usb_devices","hostIdentifier":"laptop-0042","calendarTime":"Tue Mar  5 14:22:31 2024 UTC","unixTime":1709648551,' +
    '"epoch":0,"counter":3,"numerics":false,"decorations":{"hostname":"laptop-0042"},' +
    '"columns":{"vendor_id":"1d6b","model_id":"0104","vendor":"PiKVM","model":"PiKVM Composite Device","serial":"CAFEBABE"},"action":"added"}',
  sniff(first) {
    if (!isObject(first) || typeof first.hostIdentifier !== 'string') return 0;
    const rows = ['columns', 'snapshot', 'diffResults'].some((k) => k in first);
    if (rows) return 'name' in first ? 0.95 : 0.8;
    // A results log whose first row is broken still has the envelope; a status log has "severity".
    return 'name' in first && ('unixTime' in first || 'calendarTime' in first) && !('severity' in first) ? 0.5 : 0;
  },
  normalize(record, ctx) {
    const parsed = OsqueryResult.safeParse(record);
    if (!parsed.success) return { ok: false, issues: flattenIssues(parsed.error) };
    const result = parsed.data;
    const { rows, issues } = rowsOf(result);
    const timestamp = timestampOf(result);
    if (!timestamp) issues.push('unixTime: a result needs unixTime (seconds) or a calendarTime like "Tue Sep 27 21:15:37 2016 UTC"');
    if (issues.length > 0 || !timestamp) return { ok: false, issues };
    const facts = hostFacts(result);
    const identityId = identityRecordId('device.owner', 'osquery', result.hostIdentifier);
    const mapped = rows.map((row) => toEvent(result, row, timestamp, facts, identityId, ctx.rawRef));
    const info = mapped.find((m) => m.table === 'system_info')?.event;
    return { ok: true, value: { events: mapped.map((m) => m.event), identities: [deviceOwner(result, facts, info, ctx.rawRef)] } };
  },
});
