import { DAY, HOUR, localToUtc } from './clock.js';
import type { Address, Behavior, Employee } from './company.js';
import { makeDevice } from './devices.js';
import { mobileGateway, type Egress } from './networks.js';
import { idpFor, randomRole } from './org-chart.js';
import { defaultPayroll } from './payroll.js';
import { CITIES, type Place } from './places.js';
import type { Rng } from './prng.js';
import { randomName } from './names.js';
import { desktopAgent, mobileAgent } from './user-agents.js';
import type { World } from './world.js';
import { USB } from './scenarios/endpoint-artifacts.js';

/** What a scenario may fix about a new employee; everything else is drawn like the background. */
export interface HireSpec {
  first?: string;
  last?: string;
  country?: string;
  place?: Place;
  department?: string;
  title?: string;
  start: number;
  arrangement?: Employee['arrangement'];
  office?: string;
  employmentType?: Employee['employmentType'];
  home?: Address;
  homeNet?: Egress;
  /** Force the laptop's OS (osquery reports USB devices only on macOS and Linux). */
  os?: 'macOS' | 'Windows';
}

/** Laptops go out about a week before the start date; older ones were shipped before any export we write. */
const SHIP_LEAD_DAYS = [5, 9] as const;

function behaviorFor(rng: Rng, e: Pick<Employee, 'timezone' | 'homePlace' | 'device'>): Behavior {
  return {
    rhythmZone: e.timezone,
    startHour: Math.min(10.5, Math.max(6.5, rng.normal(8.6, 0.7))),
    hours: Math.min(10.5, Math.max(6.5, rng.normal(8.5, 0.7))),
    weekendWork: rng.chance(0.15) ? 0.25 : 0.04,
    // Only US carriers are curated as mobile in molehunt's data; elsewhere phones use home Wi-Fi here.
    mobileShare: e.homePlace.country === 'US' ? rng.pick([0.05, 0.1, 0.15]) : 0,
    ...(e.homePlace.country === 'US' ? { mobileNet: mobileGateway(rng.weighted([['T-Mobile', 4], ['Verizon', 4], ['AT&T', 3]]), e.homePlace) } : {}),
    corporateVpnShare: 0.05,
    managed: true,
    userAgent: desktopAgent(rng, e.device.os),
    phoneAgent: mobileAgent(rng),
    alwaysOnDays: [],
    daysOff: [],
    trips: [],
  };
}

/**
 * What ordinary laptops carry besides the baseline: a wireless-mouse receiver or a security key (osquery
 * reports USB only on macOS), and now and then a personal remote-support install (AnyDesk to help family).
 */
function addEverydayPeripherals(rng: Rng, e: Employee, firstDay: number): void {
  const d = e.device;
  if (d.os === 'macOS' && rng.chance(0.3)) d.usb.push({ ...USB.logitechReceiver, at: d.enrolledAt });
  if (d.os === 'macOS' && rng.chance(0.15)) d.usb.push({ ...USB.yubikey, at: d.enrolledAt });
  if (e.start < firstDay - 365 * DAY && rng.chance(0.01)) d.software.push('AnyDesk');
}

/** Adds an employee to the world: identity, home, laptop, payroll, shipment (for recent hires), behavior. */
export function hire(world: World, rng: Rng, spec: HireSpec): Employee {
  const name = spec.first && spec.last ? { first: spec.first, last: spec.last } : randomName(rng);
  const country = spec.place?.country ?? spec.country ?? 'US';
  const arrangement = spec.arrangement ?? 'remote';
  const homePlace = spec.place ?? rng.pick(CITIES[country]!);
  const role = spec.department ? { department: spec.department, title: spec.title ?? 'Software Engineer' } : randomRole(rng);
  const enrolledAt = localToUtc(homePlace.zone, spec.start, 9 * 60 + rng.int(0, 90));
  // Long-tenured staff got their current laptop in a refresh some time before the export.
  const refreshed = spec.start < world.start - 400 * DAY ? Math.max(spec.start, world.start - rng.int(30, 1000) * DAY) : enrolledAt;
  const device = makeDevice(rng, { ...name, department: role.department }, world.nextAssetNumber(), refreshed, spec.os);
  const home = spec.home ?? world.addresses.take(rng, homePlace);
  const idp = idpFor(country);
  const employee: Employee = {
    employeeId: world.nextEmployeeId(),
    firstName: name.first,
    lastName: name.last,
    email: world.emails.take(name.first, name.last),
    personalEmail: world.personalEmails.take(name.first, name.last),
    phone: world.phones.take(homePlace),
    title: role.title,
    department: role.department,
    employmentType: spec.employmentType ?? (rng.chance(0.07) ? 'contractor' : rng.chance(0.03) ? 'part_time' : 'full_time'),
    start: spec.start,
    home,
    homePlace,
    homeNet: spec.homeNet ?? world.pool.home(homePlace, rng.int(0, 2)),
    timezone: homePlace.zone,
    arrangement,
    ...(spec.office ? { office: spec.office } : {}),
    idp,
    idpUserId: world.idpUserId(rng, idp),
    device,
    shipments: [],
    payroll: defaultPayroll(rng, `${name.first} ${name.last}`, country, spec.start),
    behavior: undefined as unknown as Behavior,
    extraSignIns: [],
  };
  employee.behavior = behaviorFor(rng, employee);
  addEverydayPeripherals(rng, employee, world.start);
  if (spec.start > world.start - 120 * DAY) {
    const shipDate = spec.start - rng.int(...SHIP_LEAD_DAYS) * DAY + 15 * HOUR;
    employee.shipments.push({ id: world.nextShipmentId(), shipDate, recipient: `${name.first} ${name.last}`, to: home, carrier: rng.pick(['UPS', 'FedEx', 'DHL']), status: shipDate + 3 * DAY < world.end ? 'delivered' : 'in_transit' });
  }
  world.employees.push(employee);
  return employee;
}
