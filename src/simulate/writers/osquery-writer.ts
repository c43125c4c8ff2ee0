import type { Employee } from '../company.js';
import { softwareRow } from '../software.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** osquery's calendarTime: asctime() in UTC, the day padded with a space. */
function calendarTime(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()} UTC`;
}

interface Line {
  at: number;
  text: string;
}

/**
 * One laptop's osquery results log (filesystem logger): snapshots of system_info, os_version and
 * installed software when the host first reports, then differential `added` rows as software, USB
 * devices, processes and displays appear. macOS hosts log Endpoint Security process events and
 * usb_devices; Windows hosts a differential `processes` query (osquery has no usb_devices there).
 */
export function osqueryLines(e: Employee, firstReport: number): Line[] {
  const d = e.device;
  const decorations = { host_uuid: d.hostUuid, hostname: d.hostname, hardware_serial: d.serial, user_email: e.email };
  const counters = new Map<string, number>();
  const line = (name: string, at: number, body: Record<string, unknown>): Line => {
    // A differential query's first run (counter 0) reports the inventory it found; later runs report arrivals.
    const counter = body.action === 'snapshot' ? 0 : (counters.get(name) ?? 0) + 1;
    counters.set(name, counter);
    const record = { name, hostIdentifier: d.hostname, calendarTime: calendarTime(at), unixTime: Math.floor(at / 1000), epoch: 0, counter, numerics: false, decorations, ...body };
    return { at, text: JSON.stringify(record) };
  };
  const t0 = Math.max(d.enrolledAt, firstReport);
  const mac = d.os === 'macOS';
  const softwareQuery = mac ? 'pack_inventory_apps' : 'pack_inventory_programs';
  const installed = [...d.software, ...d.installs.filter((i) => i.at <= t0).map((i) => i.name)];
  const out: Line[] = [
    line('pack_inventory_system_info', t0, { action: 'snapshot', snapshot: [{ hostname: d.hostname, uuid: d.hostUuid, hardware_serial: d.serial, hardware_vendor: d.manufacturer, hardware_model: d.hardwareModel, computer_name: d.hostname }] }),
    line('pack_inventory_os_version', t0, { action: 'snapshot', snapshot: [mac ? { name: 'macOS', version: d.osVersion, platform: 'darwin' } : { name: 'Microsoft Windows 11 Pro', version: d.osVersion, platform: 'windows' }] }),
    line(softwareQuery, t0, { action: 'snapshot', snapshot: installed.flatMap((name) => { const r = softwareRow(name, d.os); return r ? [r.row] : []; }) }),
  ];
  for (const install of d.installs.filter((i) => i.at > t0)) {
    const row = softwareRow(install.name, d.os)?.row;
    if (row) out.push(line(softwareQuery, install.at, { action: 'added', columns: row }));
  }
  if (mac) {
    for (const u of d.usb) {
      const columns = { usb_address: '3', usb_port: '1', vendor: u.vendor, vendor_id: u.vendorId, version: '5.10', model: u.product, model_id: u.productId, serial: u.serial, class: u.usbClass, subclass: u.subclass, protocol: u.protocol, removable: '1' };
      out.push(line('pack_hardware_usb_devices', Math.max(u.at, t0), { action: 'added', columns }));
    }
    for (const disp of d.displays) {
      out.push(line('pack_hardware_connected_displays', Math.max(disp.at, t0), { action: 'added', columns: { name: disp.name, product_id: '30579', serial_number: disp.serial, vendor_id: disp.vendorId, manufactured_week: '12', manufactured_year: '2024', display_id: '2', pixels: '1920 x 1080', resolution: '1920 x 1080', online: '1', main: '0' } }));
    }
  }
  for (const [i, p] of d.processes.entries()) {
    const name = p.path.split(/[\\/]/).pop()!;
    const pid = String(4000 + i * 37);
    const columns = mac
      ? { pid, path: p.path, cmdline: p.cmdline, parent: '1', event_type: 'exec', eid: String(90000 + i), time: String(Math.floor(p.at / 1000)) }
      : { pid, name, path: p.path, cmdline: p.cmdline, parent: '6140', uid: '1001', start_time: String(Math.floor(p.at / 1000)) };
    out.push(line(mac ? 'pack_hunt_es_process_events' : 'pack_hunt_processes', p.at, { action: 'added', columns }));
  }
  for (const c of d.custom) out.push(line(c.query, Math.max(c.at, t0), { action: 'snapshot', snapshot: [c.columns] }));
  return out;
}
