import type { Device } from './company.js';
import type { Rng } from './prng.js';
import { baselineSoftware } from './software.js';

const SERIAL_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

function serialOf(rng: Rng, prefix: string, length: number): string {
  let out = prefix;
  while (out.length < length) out += SERIAL_CHARS[rng.int(0, SERIAL_CHARS.length - 1)];
  return out;
}

const MODELS = {
  mac: [
    ['MacBook Pro (14-inch, M3)', 'Mac15,6', '15.6'],
    ['MacBook Pro (16-inch, M4)', 'Mac16,7', '15.6'],
    ['MacBook Air (13-inch, M3)', 'Mac15,12', '15.6'],
  ],
  windows: [
    ['Latitude 7450', 'Latitude 7450', 'Dell Inc.'],
    ['ThinkPad T14 Gen 5', '21ML0033US', 'LENOVO'],
    ['EliteBook 840 G11', 'HP EliteBook 840 G11', 'HP'],
  ],
} as const;

/** A company laptop for a person: serial, asset tag, hostname, OS and the department's software. */
export function makeDevice(rng: Rng, owner: { first: string; last: string; department: string }, assetNumber: number, enrolledAt: number, os?: Device['os']): Device {
  const draw = rng.chance(owner.department === 'Engineering' || owner.department === 'Design' ? 0.8 : 0.55);
  const mac = os ? os === 'macOS' : draw;
  const tag = `IT-${String(assetNumber).padStart(5, '0')}`;
  const short = `${owner.first[0] ?? 'X'}${owner.last}`.normalize('NFKD').replace(/[^A-Za-z]/g, '').toUpperCase().slice(0, 10);
  const common = {
    assetTag: tag,
    hostUuid: rng.uuid().toUpperCase(),
    managed: true,
    enrolledAt,
    lastCheckIn: enrolledAt,
    lastIp: '',
    software: baselineSoftware(owner.department),
    installs: [],
    usb: [],
    processes: [],
    displays: [],
    custom: [],
  };
  if (mac) {
    const [model, hardware, version] = rng.pick(MODELS.mac);
    return { ...common, serial: serialOf(rng, 'C02', 12), hostname: `${short}-MBP${assetNumber % 10000}`, os: 'macOS', osVersion: version, model, manufacturer: 'Apple Inc.', hardwareModel: hardware };
  }
  const [model, hardware, maker] = rng.pick(MODELS.windows);
  const serial = maker === 'Dell Inc.' ? serialOf(rng, '', 7) : maker === 'LENOVO' ? serialOf(rng, 'PF', 8) : serialOf(rng, '5CG', 10);
  return { ...common, serial, hostname: `${short}-LT${assetNumber % 10000}`, os: 'Windows', osVersion: '10.0.26100', model, manufacturer: maker, hardwareModel: hardware };
}
