import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { defineColumns, email, optional } from '../csv-columns.js';
import { csvEvent, csvIdentity, csvTimestamp, deviceSerial, ipAddress, parseCsvRow, requiredText, withAttributes } from '../csv-records.js';
import { defineSource } from '../define-source.js';

/** The canonical MDM device columns (docs/sources/csv-imports.md). */
export const MDM_COLUMNS = [
  'device_serial',
  'hostname',
  'employee_id',
  'user_email',
  'os',
  'os_version',
  'model',
  'enrolled_at',
  'last_check_in',
  'last_ip',
  'managed',
] as const;

/**
 * Columns Intune and Jamf export beside the canonical ones. They get their own names because one export
 * often carries two of them with different values (Jamf's public `IP Address` and the device's own
 * `Last Reported IP Address`, Intune's `Managed by` and `Ownership`), which as one column would conflict.
 */
export const MDM_HELPER_COLUMNS = ['username', 'display_name', 'manufacturer', 'reported_ip', 'compliant', 'ownership'] as const;
type MdmColumn = (typeof MDM_COLUMNS)[number] | (typeof MDM_HELPER_COLUMNS)[number];

/** Intune and Jamf Pro inventory export headers, compared after normalizeHeader. */
const ALIASES: Record<string, MdmColumn> = {
  serialnumber: 'device_serial',
  serial: 'device_serial',
  serialno: 'device_serial',
  devicename: 'hostname',
  computername: 'hostname',
  host: 'hostname',
  employeenumber: 'employee_id',
  workerid: 'employee_id',
  primaryuserupn: 'user_email',
  userprincipalname: 'user_email',
  upn: 'user_email',
  emailaddress: 'user_email',
  email: 'user_email',
  user: 'username',
  primaryuserdisplayname: 'display_name',
  userdisplayname: 'display_name',
  fullname: 'display_name',
  realname: 'display_name',
  operatingsystem: 'os',
  osname: 'os',
  operatingsystemversion: 'os_version',
  modelname: 'model',
  enrollmentdate: 'enrolled_at',
  enrolledat: 'enrolled_at',
  enrolled: 'enrolled_at',
  lastenrollment: 'enrolled_at',
  lastenrolled: 'enrolled_at',
  lastcheckin: 'last_check_in',
  lastcheckedin: 'last_check_in',
  lastcontact: 'last_check_in',
  lastcontacttime: 'last_check_in',
  lastsync: 'last_check_in',
  lastsyncdatetime: 'last_check_in',
  ipaddress: 'last_ip',
  lastipaddress: 'last_ip',
  publicipaddress: 'last_ip',
  lastreportedipaddress: 'reported_ip',
  reportedipaddress: 'reported_ip',
  lastreportedip: 'reported_ip',
  managedby: 'managed',
  managementagent: 'managed',
  ismanaged: 'managed',
  compliance: 'compliant',
  compliancestate: 'compliant',
};

const columns = defineColumns<MdmColumn>([...MDM_COLUMNS, ...MDM_HELPER_COLUMNS], ALIASES);

/** Maps a header cell to its column (canonical or helper), or undefined for an extra column. */
export function canonicalColumn(header: string): MdmColumn | undefined {
  return columns.columnOf(header);
}

const words = (value: string): string => value.toLowerCase().replace(/[\s_]+/g, ' ').trim();

/** What `managed` and Intune's `Managed by` say, as a yes or no; `unknown` says neither. */
const MANAGED = new Map<string, boolean | undefined>([
  ...['true', 'yes', 'y', '1', 'managed', 'mdm', 'intune', 'jamf', 'co-managed', 'comanaged', 'configmgr', 'mdm/configmgr agent', 'intune/configmgr', 'supervised'].map((w) => [w, true] as const),
  // Exchange ActiveSync only syncs mail: the device itself is not under management.
  ...['false', 'no', 'n', '0', 'unmanaged', 'not managed', 'none', 'eas'].map((w) => [w, false] as const),
  ['unknown', undefined],
]);

const managed = z
  .string()
  .refine((value) => MANAGED.has(words(value)), 'expected true/false, yes/no, 1/0, managed/unmanaged, or an MDM name (MDM, Intune, Jamf, ConfigMgr, EAS)')
  .transform((value) => MANAGED.get(words(value)));

/** Intune compliance states; anything else (not evaluated, error, conflict) is no verdict and is not an error. */
function compliance(value: string | undefined): boolean | undefined {
  const state = words(value ?? '').replace(/-/g, '');
  if (['compliant', 'true', 'yes', '1'].includes(state)) return true;
  if (['noncompliant', 'not compliant', 'in grace period', 'ingraceperiod', 'false', 'no', '0'].includes(state)) return false;
  return undefined;
}

const MdmRow = z
  .object({
    device_serial: requiredText.pipe(deviceSerial),
    enrolled_at: optional(csvTimestamp),
    last_check_in: optional(csvTimestamp),
    last_ip: optional(ipAddress),
    reported_ip: optional(ipAddress),
    managed: optional(managed),
  })
  .loose();

const asEmail = (value: string | undefined): string | undefined => {
  const parsed = email.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** MDM device inventory (Intune, Jamf Pro or canonical columns): who holds each company device, and from where it checks in. */
export default defineSource({
  id: 'mdm.devices-csv',
  title: 'MDM devices CSV',
  description:
    'A device inventory export from an MDM (Intune, Jamf Pro or the canonical columns of docs/sources/csv-imports.md): ' +
    'a device.owner record per serial number, and device.enrolled and device.checked_in events with the last IP.',
  dataset: 'mdm.devices',
  framings: ['csv'],
  expects: `a CSV header with device_serial (or Serial Number) and hostname, OS or check-in columns (columns: ${MDM_COLUMNS.join(', ')})`,
  example: 'device_serial,hostname,employee_id,user_email,os,os_version,enrolled_at,last_check_in,last_ip,managed',
  sniff(first) {
    if (!Array.isArray(first) || columns.covers(first, ['device_serial']) === 0) return 0;
    const inventory = columns.covers(first, ['hostname', 'os', 'os_version', 'enrolled_at', 'last_check_in', 'last_ip', 'reported_ip', 'managed', 'compliant']);
    return inventory >= 2 ? 0.97 : inventory === 1 ? 0.9 : 0;
  },
  redact: (record, fingerprintKey) => columns.redact(record, fingerprintKey),
  normalize(record, ctx) {
    const parsed = parseCsvRow(columns, MdmRow, record, ctx.fingerprintKey);
    if (!parsed.ok) return parsed;
    const { data, row, attributes } = parsed.value;
    const serial = data.device_serial;
    // The UPN is the sign-in address that joins the device to its IdP account; a bare username is not.
    const corporateEmail = asEmail(row.user_email) ?? asEmail(row.username);
    const lastIp = data.last_ip ?? data.reported_ip;
    const compliant = compliance(row.compliant);
    withAttributes(attributes, {
      hostname: row.hostname,
      os: row.os,
      os_version: row.os_version,
      model: row.model,
      manufacturer: row.manufacturer,
      enrolled_at: data.enrolled_at,
      last_check_in: data.last_check_in,
      last_ip: data.last_ip,
      reported_ip: data.reported_ip,
      managed: data.managed === undefined ? undefined : String(data.managed),
      compliance: row.compliant,
      ownership: row.ownership,
      username: row.username,
      // A user column that holds a login name rather than an address (Intune without UPNs, Jamf usernames).
      user_login: asEmail(row.user_email) ? undefined : row.user_email,
    });
    const identity = csvIdentity({
      kind: 'device.owner',
      system: 'mdm-csv',
      sourceId: serial,
      rawRef: ctx.rawRef,
      name: row.display_name,
      employeeId: row.employee_id,
      corporateEmails: corporateEmail ? [corporateEmail] : [],
      identifiers: { emails: corporateEmail ? [corporateEmail] : [], device_serials: [serial] },
      attributes,
    });
    const fields: Partial<Event> = {
      device: {
        serial_number: serial,
        ...(row.manufacturer ? { manufacturer: row.manufacturer } : {}),
        ...(row.model ? { model: { name: row.model } } : {}),
      },
    };
    if (row.hostname || row.os || row.os_version) {
      fields.host = {
        ...(row.hostname ? { name: row.hostname, hostname: row.hostname } : {}),
        ...(row.os || row.os_version ? { os: { ...(row.os ? { name: row.os } : {}), ...(row.os_version ? { version: row.os_version } : {}) } } : {}),
      };
    }
    if (corporateEmail || row.username) {
      fields.user = { ...(corporateEmail ? { email: corporateEmail } : {}), ...(row.username ? { name: row.username } : {}) };
    }
    const posture =
      data.managed !== undefined || compliant !== undefined
        ? { device_posture: { ...(data.managed !== undefined ? { managed: data.managed } : {}), ...(compliant !== undefined ? { compliant } : {}) } }
        : {};
    const event = (action: string, timestamp: string, kind: 'event' | 'state'): Event => {
      const base = csvEvent({ id: `${serial}:${action}:${timestamp}`, dataset: 'mdm.devices', action, timestamp, rawRef: ctx.rawRef, identityId: identity.id, kind, category: ['host'] });
      return { ...base, ...fields, molehunt: { ...base.molehunt, ...posture } };
    };
    const events: Event[] = [];
    if (data.enrolled_at) events.push(event('device.enrolled', data.enrolled_at, 'event'));
    if (data.last_check_in) {
      // A check-in reports the device's state at that moment, hence ECS kind `state`.
      const checkIn = event('device.checked_in', data.last_check_in, 'state');
      if (lastIp) checkIn.source = { ip: lastIp };
      events.push(checkIn);
    }
    return { ok: true, value: { events, identities: [identity] } };
  },
});
