import type { Event } from '../../model/event.js';
import { compact, commonName, edidVendor, epochSeconds, flag, int, isIp, realSerial, sshFingerprint, text, usbId, type Cells } from './osquery-values.js';

type Molehunt = Event['molehunt'];

/** What one row of a known table contributes to its event. */
export interface RowFields {
  user?: NonNullable<Event['user']>;
  source?: NonNullable<Event['source']>;
  host?: NonNullable<Event['host']>;
  device?: NonNullable<Event['device']>;
  package?: NonNullable<Event['package']>;
  process?: NonNullable<Event['process']>;
  usb?: NonNullable<Molehunt['usb']>;
  display?: NonNullable<Molehunt['display']>;
  ssh_key?: NonNullable<Molehunt['ssh_key']>;
  interface?: NonNullable<Molehunt['interface']>;
  /** Further ECS namespaces the Event schema does not name (x509, server, file). */
  ecs?: Record<string, unknown>;
}

/**
 * How rows of one osquery table become events. `family` decides event.type: packages are installed
 * and deleted, processes and sessions start and end, other things are created and deleted.
 */
export interface TableSpec {
  table: string;
  /** The event.action prefix, e.g. `usb_device` → `usb_device.added`. */
  entity: string;
  family: 'package' | 'process' | 'session' | 'other';
  category: readonly string[];
  /** Columns that together identify the table when the query name does not. */
  signature: readonly string[];
  /** Evented tables (process_events …) log new events, never an initial inventory. */
  evented?: boolean;
  map(cells: Cells): RowFields;
}

function packageTable(table: string, entity: string, type: string, signature: string[], fields: (c: Cells) => { name?: string; version?: string; path?: string }): TableSpec {
  return {
    table,
    entity,
    family: 'package',
    category: ['package'],
    signature,
    map(c) {
      const { name, version, path } = fields(c);
      return name ? { package: compact({ name, version, type, path })! } : {};
    },
  };
}

function processFields(c: Cells): RowFields {
  const path = text(c, 'path');
  const parent = int(c, 'parent');
  const process = compact({
    pid: int(c, 'pid'),
    name: text(c, 'name') ?? path?.split(/[/\\]/).pop(),
    executable: path,
    command_line: text(c, 'cmdline'),
    parent: parent !== undefined ? { pid: parent } : undefined,
  });
  return process ? { process } : {};
}

function processTable(table: string, signature: string[], evented: boolean): TableSpec {
  return { table, entity: evented ? 'process_event' : 'process', family: 'process', category: ['process'], signature, evented, map: processFields };
}

/** The tables molehunt maps. Anything else still becomes events with its columns kept. */
export const TABLES: readonly TableSpec[] = [
  {
    table: 'usb_devices',
    entity: 'usb_device',
    family: 'other',
    category: ['host'],
    signature: ['vendor_id', 'model_id', 'class', 'subclass', 'protocol'],
    map: (c) => ({
      usb: compact({
        vendor_id: usbId(text(c, 'vendor_id')),
        product_id: usbId(text(c, 'model_id')),
        vendor: text(c, 'vendor'),
        product: text(c, 'model'),
        serial: text(c, 'serial'),
        class: text(c, 'class'),
        subclass: text(c, 'subclass'),
        protocol: text(c, 'protocol'),
        removable: flag(c, 'removable'),
      }),
    }),
  },
  packageTable('programs', 'program', 'windows_program', ['name', 'version', 'install_location', 'publisher'], (c) => ({
    name: text(c, 'name'),
    version: text(c, 'version'),
    path: text(c, 'install_location'),
  })),
  packageTable('apps', 'app', 'macos_app', ['bundle_identifier', 'bundle_short_version'], (c) => ({
    // bundle_name is "AnyDesk" where name is the bundle's file name, "AnyDesk.app".
    name: text(c, 'bundle_name') ?? text(c, 'display_name') ?? text(c, 'name')?.replace(/\.app$/, ''),
    version: text(c, 'bundle_short_version') ?? text(c, 'bundle_version'),
    path: text(c, 'path'),
  })),
  packageTable('deb_packages', 'deb_package', 'deb', ['name', 'version', 'revision', 'maintainer'], (c) => ({ name: text(c, 'name'), version: text(c, 'version') })),
  packageTable('rpm_packages', 'rpm_package', 'rpm', ['name', 'version', 'release', 'arch'], (c) => ({ name: text(c, 'name'), version: text(c, 'version') })),
  packageTable('homebrew_packages', 'homebrew_package', 'brew', ['name', 'version', 'path', 'prefix'], (c) => ({
    name: text(c, 'name'),
    version: text(c, 'version'),
    path: text(c, 'path'),
  })),
  packageTable('chrome_extensions', 'chrome_extension', 'chrome_extension', ['identifier', 'name', 'version'], (c) => ({
    name: text(c, 'name'),
    version: text(c, 'version'),
    path: text(c, 'path'),
  })),
  packageTable('firefox_addons', 'firefox_addon', 'firefox_addon', ['identifier', 'name', 'version', 'creator', 'source_url'], (c) => ({
    name: text(c, 'name'),
    version: text(c, 'version'),
    path: text(c, 'path'),
  })),
  processTable('processes', ['pid', 'name', 'path', 'cmdline', 'parent'], false),
  processTable('process_events', ['pid', 'path', 'cmdline', 'parent', 'eid'], true),
  processTable('es_process_events', ['pid', 'path', 'cmdline', 'parent', 'event_type', 'eid'], true),
  {
    table: 'connected_displays',
    entity: 'display',
    family: 'other',
    category: ['host'],
    signature: ['name', 'vendor_id', 'serial_number', 'manufactured_week'],
    map: (c) => ({ display: compact({ name: text(c, 'name'), vendor: edidVendor(text(c, 'vendor_id')), serial: text(c, 'serial_number') }) }),
  },
  {
    table: 'listening_ports',
    entity: 'listening_port',
    family: 'other',
    category: ['network'],
    signature: ['pid', 'port', 'protocol', 'address'],
    map: (c) => {
      const pid = int(c, 'pid');
      const server = compact({ ip: isIp(text(c, 'address')) ? text(c, 'address') : undefined, port: int(c, 'port') });
      return { ...(pid !== undefined ? { process: { pid } } : {}), ...(server ? { ecs: { server } } : {}) };
    },
  },
  {
    table: 'interface_details',
    entity: 'interface',
    family: 'other',
    category: ['host'],
    signature: ['interface', 'mac', 'type'],
    map: (c) => ({ interface: compact({ name: text(c, 'interface'), mac: text(c, 'mac')?.toLowerCase(), type: text(c, 'type') }) }),
  },
  {
    table: 'system_info',
    entity: 'system_info',
    family: 'other',
    category: ['host'],
    signature: ['hostname', 'uuid', 'hardware_serial', 'hardware_vendor', 'hardware_model', 'computer_name'],
    map: (c) => {
      const model = text(c, 'hardware_model');
      return {
        host: compact({ hostname: text(c, 'hostname') }),
        device: compact({
          serial_number: realSerial(text(c, 'hardware_serial')),
          manufacturer: text(c, 'hardware_vendor'),
          model: model ? { identifier: model } : undefined,
        }),
      };
    },
  },
  {
    table: 'os_version',
    entity: 'os_version',
    family: 'other',
    category: ['host'],
    signature: ['name', 'version', 'platform'],
    map: (c) => {
      const os = compact({ name: text(c, 'name'), version: text(c, 'version'), platform: text(c, 'platform') });
      return os ? { host: { os } } : {};
    },
  },
  {
    table: 'certificates',
    entity: 'certificate',
    family: 'other',
    category: ['configuration'],
    signature: ['common_name', 'issuer', 'serial', 'not_valid_after', 'sha1'],
    map: (c) => {
      const subject = text(c, 'subject2') ?? text(c, 'subject');
      const issuer = text(c, 'issuer2') ?? text(c, 'issuer');
      const x509 = compact({
        serial_number: text(c, 'serial'),
        subject: compact({ common_name: text(c, 'common_name') ?? commonName(subject), distinguished_name: subject }),
        issuer: compact({ common_name: commonName(issuer), distinguished_name: issuer }),
        not_before: epochSeconds(c, 'not_valid_before'),
        not_after: epochSeconds(c, 'not_valid_after'),
        signature_algorithm: text(c, 'signing_algorithm'),
      });
      return x509 ? { ecs: { x509 } } : {};
    },
  },
  {
    table: 'authorized_keys',
    entity: 'authorized_key',
    family: 'other',
    category: ['configuration'],
    signature: ['uid', 'algorithm', 'key', 'key_file'],
    map: (c) => {
      const fingerprint = sshFingerprint(text(c, 'key'));
      const uid = text(c, 'uid');
      return {
        ...(uid ? { user: { id: uid } } : {}),
        ...(fingerprint
          ? { ssh_key: compact({ fingerprint, algorithm: text(c, 'algorithm'), comment: text(c, 'comment'), path: text(c, 'key_file') })! }
          : {}),
      };
    },
  },
  {
    // Private keys: osquery reports the file, not the key, so there is no fingerprint to compare.
    table: 'user_ssh_keys',
    entity: 'user_ssh_key',
    family: 'other',
    category: ['file'],
    signature: ['uid', 'path', 'encrypted'],
    map: (c) => {
      const uid = text(c, 'uid');
      const path = text(c, 'path');
      return { ...(uid ? { user: { id: uid } } : {}), ...(path ? { ecs: { file: { path } } } : {}) };
    },
  },
  {
    table: 'logged_in_users',
    entity: 'logged_in_user',
    family: 'session',
    category: ['session'],
    signature: ['user', 'tty', 'host', 'time', 'pid'],
    map: (c) => {
      const name = text(c, 'user');
      const remote = text(c, 'host');
      const pid = int(c, 'pid');
      return {
        ...(name ? { user: { name } } : {}),
        ...(isIp(remote) ? { source: { ip: remote } } : {}),
        ...(pid !== undefined ? { process: { pid } } : {}),
      };
    },
  },
];

/**
 * The table a query name names by convention (`pack_<pack>_<table>`, `pack/<pack>/<table>`, or the
 * table name anywhere between separators). The last match wins, since the table comes last.
 */
function tableInName(name: string): TableSpec | undefined {
  const lower = name.toLowerCase();
  let best: { spec: TableSpec; end: number } | undefined;
  for (const spec of TABLES) {
    for (const match of lower.matchAll(new RegExp(`(?<![a-z0-9])${spec.table}(?![a-z0-9])`, 'g'))) {
      const end = match.index + spec.table.length;
      if (!best || end > best.end || (end === best.end && spec.table.length > best.spec.table.length)) best = { spec, end };
    }
  }
  return best?.spec;
}

/**
 * Detects the table of a query from its name and its columns. A name wins when the row has at
 * least two of that table's signature columns (custom queries often select a few); otherwise the
 * most specific table whose whole signature is present.
 */
export function detectTable(name: string, columns: Iterable<string>): TableSpec | undefined {
  const have = new Set(columns);
  const shared = (spec: TableSpec): number => spec.signature.filter((c) => have.has(c)).length;
  const named = tableInName(name);
  if (named && shared(named) >= Math.min(2, named.signature.length)) return named;
  return TABLES.filter((spec) => shared(spec) === spec.signature.length).sort((a, b) => b.signature.length - a.signature.length)[0];
}
