import { HOUR, isoDay, localToUtc, MINUTE, weekday, type Zone } from './clock.js';
import type { Employee, SignInPlan, Trip } from './company.js';
import { isHoliday } from './holidays.js';
import { CORPORATE_VPN, mobileEgress, OFFICES, relayEgress, type Egress } from './networks.js';
import type { Rng } from './prng.js';
import type { World } from './world.js';

const OKTA_APPS = ['Slack', 'Google Workspace', 'Zoom', 'Jira Software', 'Confluence', 'GitHub Enterprise Cloud', 'Workday', 'Salesforce.com'];
const ENTRA_APPS = ['Microsoft Teams', 'Office 365 Exchange Online', 'Office 365 SharePoint Online', 'Slack', 'Workday'];

interface Day {
  rng: Rng;
  e: Employee;
  /** UTC midnight of the local date. */
  day: number;
  zone: Zone;
  net: Egress;
}

function appFor(d: Day): string {
  return d.rng.pick(d.e.idp === 'okta' ? OKTA_APPS : ENTRA_APPS);
}

/** The connection behind one sign-in: rotating relay or operator exits, else the day's network. */
function exitFor(d: Day): Egress {
  const b = d.e.behavior;
  if (b.exits) return d.rng.weighted(b.exits);
  if (b.relay && d.net.kind === 'home') return relayEgress(d.rng, d.e.homePlace);
  return d.net;
}

function signIn(d: Day, at: number, kind: SignInPlan['kind']): SignInPlan {
  const b = d.e.behavior;
  if (kind === 'sso' && b.mobileNet && d.rng.chance(b.mobileShare)) {
    return { at, net: mobileEgress(d.rng, b.mobileNet), kind, app: appFor(d), managed: false, userAgent: b.phoneAgent };
  }
  return { at, net: exitFor(d), kind, app: kind === 'session' ? 'Okta Dashboard' : appFor(d), managed: b.managed, userAgent: b.userAgent };
}

/** A working day: a session at the start, a few app sign-ins, sometimes a second session after lunch. */
function workday(d: Day, hours = d.e.behavior.hours): SignInPlan[] {
  const b = d.e.behavior;
  const startMin = Math.round((b.startHour + d.rng.normal(0, 0.35)) * 60);
  const start = localToUtc(d.zone, d.day, startMin);
  const out: SignInPlan[] = [];
  // A mistyped password now and then: a failure a minute before the real sign-in.
  if (d.rng.chance(0.015)) out.push({ ...signIn(d, start - MINUTE, 'session'), failed: true });
  out.push(signIn(d, start, 'session'));
  const ssos = d.rng.int(2, 4);
  for (let i = 0; i < ssos; i++) out.push(signIn(d, start + Math.round(d.rng.next() * hours * 60) * MINUTE, 'sso'));
  if (d.rng.chance(0.3)) out.push(signIn(d, start + Math.round((4.5 + d.rng.next()) * 60) * MINUTE, 'session'));
  return out;
}

/** Signed in around the clock (a kept-awake laptop, several operators taking turns). */
function aroundTheClock(d: Day): SignInPlan[] {
  const out = [signIn(d, d.day + d.rng.int(0, 20) * MINUTE, 'session')];
  for (let h = 0; h < 24; h++) out.push(signIn(d, d.day + h * HOUR + d.rng.int(5, 55) * MINUTE, 'sso'));
  return out;
}

/** The sign-ins of one flight: at the departure airport, at the arrival airport, and once settled. */
function flight(d: Day, leg: Trip['legs'][number], settled: Egress): SignInPlan[] {
  const depart = localToUtc(leg.from.place.zone, d.day, leg.departLocal);
  const arrive = depart + leg.flightHours * HOUR;
  const b = d.e.behavior;
  const at = (t: number, net: Egress): SignInPlan => ({ at: t, net, kind: 'sso', app: appFor(d), managed: b.managed, userAgent: b.userAgent });
  return [
    at(depart - d.rng.int(30, 70) * MINUTE, leg.from),
    at(arrive + d.rng.int(25, 60) * MINUTE, leg.to),
    at(arrive + d.rng.int(100, 180) * MINUTE, settled),
  ];
}

/** Drops routine sign-ins that would fall while the person is in the air (or before they land). */
function notInFlight(trips: readonly Trip[], flights: readonly SignInPlan[][]): (s: SignInPlan) => boolean {
  const windows = flights.map((f) => [f[0]!.at, f[1]!.at] as const);
  return (s) => trips.length === 0 || !windows.some(([from, to]) => s.at > from && s.at < to);
}

function dayNetwork(world: World, rng: Rng, e: Employee, trip: Trip | undefined, day: number): Egress {
  if (trip) return trip.stay;
  const office = e.office ? OFFICES[e.office] : undefined;
  if (office && (e.arrangement === 'office' || (e.arrangement === 'hybrid' && [2, 3, 4].includes(weekday(day)) && rng.chance(0.85)))) return office;
  if (rng.chance(e.behavior.corporateVpnShare)) {
    const europe = ['GB', 'DE', 'PT'].includes(e.homePlace.country);
    return europe ? CORPORATE_VPN[2]! : CORPORATE_VPN[rng.int(0, 1)]!;
  }
  return e.homeNet;
}

/** Every sign-in of one employee over the simulated days, plus what scenarios added by hand. */
export function signInsOf(world: World, e: Employee): SignInPlan[] {
  const rng = world.rng.fork(`signins/${e.employeeId}`);
  const b = e.behavior;
  const routine: SignInPlan[] = [];
  const flights: SignInPlan[][] = [];
  for (let i = 0; i < world.options.days; i++) {
    const day = world.day(i);
    if (day < e.start) continue;
    const trip = b.trips.find((t) => i >= t.firstDay && i <= t.lastDay);
    const d: Day = { rng, e, day, zone: trip?.zone ?? b.rhythmZone, net: dayNetwork(world, rng, e, trip, day) };
    const legs = trip?.legs.filter((l) => l.day === i) ?? [];
    // Travel days are spent at airports and in the air: the flights' sign-ins are the day.
    if (legs.length > 0) {
      for (const leg of legs) flights.push(flight(d, leg, i === trip!.firstDay ? trip!.stay : e.homeNet));
      continue;
    }
    if (b.alwaysOnDays.includes(i)) {
      routine.push(...aroundTheClock(d));
      continue;
    }
    const restDay = weekday(day) === 0 || weekday(day) === 6 || b.daysOff.includes(i) || isHoliday(e.homePlace.country, isoDay(day));
    if (restDay) {
      if (rng.chance(b.weekendWork)) routine.push(...workday(d, 1.5).slice(0, 2));
      continue;
    }
    routine.push(...workday(d));
  }
  // A laptop signs in only once it is set up (first-day onboarding enrolls it in the morning).
  const onLaptop = (s: SignInPlan) => !s.managed || s.at >= e.device.enrolledAt;
  return [...e.extraSignIns, ...flights.flat(), ...routine.filter((s) => onLaptop(s) && notInFlight(b.trips, flights)(s))];
}
