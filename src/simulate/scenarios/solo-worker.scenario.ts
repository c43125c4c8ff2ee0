import { DAY, HOUR, MINUTE } from '../clock.js';
import { hire } from '../hire.js';
import { COMMERCIAL_VPN, HOSTING } from '../networks.js';
import { place } from '../places.js';
import { syntheticWallet } from '../payroll.js';
import { application } from '../applicants.js';
import { memberOf } from '../world.js';
import { WINDOWS_RECON } from './endpoint-artifacts.js';
import { mondayFrom, type Scenario } from './scenario-kit.js';

/**
 * Solo worker under a stolen identity (KnowBe4 — S11; LevelBlue — S19; Ballena Azul — S20; GTIG's
 * Europe cases — S6): the HR record is clean (a real person's identity passes the checks), the laptop
 * goes to an address in another country, the first sign-in comes from an unmanaged device through an
 * Astrill exit before the laptop arrives, the laptop runs dxdiag/systeminfo/wmic within hours and
 * gets AnyDesk and the Astrill client, sessions stay up around the clock, and two weeks in the
 * worker asks to be paid in USDT.
 */
export const soloWorker: Scenario = {
  name: 'solo-worker',
  kind: 'operation',
  summary: 'a stolen identity that passes HR checks: laptop shipped abroad, unmanaged first sign-in via VPN, day-one recon, always-on sessions, crypto payout',
  apply(world, rng) {
    const start = mondayFrom(world.start + 4 * DAY);
    const e = hire(world, rng, { place: place('Lisbon'), department: 'Engineering', title: 'Backend Engineer', start, arrangement: 'remote', employmentType: 'full_time', os: 'Windows' });
    const day = (n: number) => Math.round((start - world.start) / DAY) + n;
    Object.assign(e.behavior, { rhythmZone: 'Asia/Pyongyang', startHour: 9, hours: 10, weekendWork: 0.3, mobileShare: 0, corporateVpnShare: 0 });
    e.behavior.exits = [[COMMERCIAL_VPN[1]!, 0.6], [COMMERCIAL_VPN[0]!, 0.2], [HOSTING[1]!, 0.2]];
    e.behavior.alwaysOnDays = [day(2), day(3), day(4)];
    const london = place('London');
    e.shipments[0] = { ...e.shipments[0]!, to: world.addresses.take(rng, london), recipient: `${e.firstName} ${e.lastName} c/o Example Parcel Forwarding` };
    // The laptop is set up a day late; the account is used the evening before, from another machine.
    const d = e.device;
    d.enrolledAt = start + 33 * HOUR;
    e.extraSignIns.push(
      { at: start + 10 * HOUR, net: COMMERCIAL_VPN[1]!, kind: 'session', app: 'Okta Dashboard', managed: false, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36' },
      { at: start + 10 * HOUR + 6 * MINUTE, net: COMMERCIAL_VPN[1]!, kind: 'sso', app: 'Microsoft Teams', managed: false, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36' },
    );
    WINDOWS_RECON.forEach(([path, cmdline], i) => d.processes.push({ at: d.enrolledAt + (40 + i * 7) * MINUTE, path, cmdline }));
    d.installs.push({ at: d.enrolledAt + 3 * HOUR, name: 'AnyDesk' }, { at: d.enrolledAt + 5 * HOUR, name: 'Astrill VPN' });
    e.payroll.push({ effective: start + 14 * DAY, method: 'crypto', payeeName: `${e.firstName} ${e.lastName}`, wallet: syntheticWallet(rng, 'tron'), chain: 'tron' });
    application(world, rng, { first: e.firstName, last: e.lastName, title: e.title, place: e.homePlace }, start - 35 * DAY, { status: 'hired', employeeId: e.employeeId, email: e.personalEmail, phone: e.phone, ip: COMMERCIAL_VPN[0]!.ip, sourceChannel: 'linkedin' });
    world.operations.push({
      id: 'op-solo-worker',
      scenario: 'solo-worker',
      title: `Solo worker under a stolen identity: ${e.firstName} ${e.lastName}, claims Lisbon, laptop forwarded to London`,
      modeled_on: ['S11 KnowBe4 (stolen US identity passed checks; laptop to a farm; malware on day one)', 'S19 LevelBlue (first Entra sign-in from an Astrill IP on an unmanaged device, 10 days in)', 'S20 Ballena Azul honeypot (dxdiag/systeminfo/wmic on day one; AnyDesk; Astrill)', 'S6 GTIG (European hires; a laptop meant for one city used in another)'],
      indicators: ['B-03', 'D-01', 'D-05', 'E-01', 'E-02', 'E-05', 'E-06', 'E-07', 'F-01', 'F-07', 'F-08', 'D-06', 'G-01', 'G-05'],
      first_event: '1970-01-01T00:00:00.000Z',
      members: [memberOf(world, e, 'worker')],
      notes: ['the HR record, name and phone are consistent: the identity is real and stolen'],
    });
  },
};
