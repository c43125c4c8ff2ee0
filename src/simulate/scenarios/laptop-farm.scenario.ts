import { DAY, HOUR } from '../clock.js';
import type { Employee } from '../company.js';
import { hire } from '../hire.js';
import { COMMERCIAL_VPN, HOSTING } from '../networks.js';
import { abaRouting, randomDigits } from '../payroll.js';
import { place } from '../places.js';
import { application } from '../applicants.js';
import { keyboardLayoutRow, macInputSourceRow, CRD_PIN_SETUP, PIKVM_DISPLAY, USB } from './endpoint-artifacts.js';
import { mondayFrom, type Scenario } from './scenario-kit.js';
import { memberOf } from '../world.js';

/** Claimed homes of the stolen identities: different states, none near the facilitator. */
const CLAIMED = ['Miami', 'Columbus', 'Raleigh', 'Denver'];
const TITLES = ['Full-Stack Engineer', 'Backend Engineer', 'Mobile Engineer', 'DevOps Engineer'];

/**
 * Laptop farm (Chapman, Knoot — S21, S3): one facilitator's home in Arizona receives the laptops of
 * four remote hires who joined weeks apart under stolen US identities. The laptops sit behind her one
 * residential connection, get AnyDesk or Chrome Remote Desktop within days, two carry an IP-KVM, and
 * the workers' day follows UTC+9, sometimes through an Astrill-like VPN exit (S5, S19).
 */
export const laptopFarm: Scenario = {
  name: 'laptop-farm',
  kind: 'operation',
  summary: 'four hires weeks apart whose laptops go to one facilitator address behind one residential IP, with remote tools and IP-KVMs',
  apply(world, rng) {
    const farmPlace = place('Litchfield Park');
    const farmAddress = world.addresses.take(rng, farmPlace);
    const farmNet = world.pool.home(farmPlace, 1);
    const sharedAccount = { routing: abaRouting(rng), account: randomDigits(rng, 11) };
    const members: Employee[] = [];
    CLAIMED.forEach((city, i) => {
      const start = mondayFrom(world.start + (i * 14 - 35) * DAY);
      const mac = i !== 3;
      const e = hire(world, rng.fork(`member-${i}`), { place: place(city), department: 'Engineering', title: TITLES[i]!, start, arrangement: 'remote', employmentType: 'full_time', os: mac ? 'macOS' : 'Windows' });
      const b = e.behavior;
      Object.assign(b, { rhythmZone: 'Asia/Pyongyang', startHour: 9 + rng.next() * 0.5, hours: 9.5, weekendWork: 0.15, mobileShare: 0, corporateVpnShare: 0 });
      b.exits = [[farmNet, 0.75], [COMMERCIAL_VPN[0]!, 0.15], [HOSTING[0]!, 0.1]];
      // Shipped to the facilitator, not to the home on the HR record.
      e.shipments[0] = { ...e.shipments[0]!, to: farmAddress, recipient: `${e.firstName} ${e.lastName}` };
      const d = e.device;
      d.installs.push({ at: d.enrolledAt + rng.int(2, 20) * HOUR, name: i % 2 === 0 ? 'AnyDesk' : 'Chrome Remote Desktop Host' });
      if (i < 2) d.installs.push({ at: d.enrolledAt + rng.int(26, 70) * HOUR, name: i % 2 === 0 ? 'Chrome Remote Desktop Host' : 'AnyDesk' });
      if (i === 0) {
        d.usb.push({ ...USB.pikvm, at: d.enrolledAt + 5 * HOUR });
        d.displays.push({ ...PIKVM_DISPLAY, at: d.enrolledAt + 5 * HOUR });
      }
      if (i === 2) d.usb.push({ ...USB.tinypilot, at: d.enrolledAt + 30 * HOUR });
      if (i === 1) d.custom.push({ at: d.enrolledAt + 8 * HOUR, query: 'pack_inventory_input_sources', columns: macInputSourceRow(e.firstName.toLowerCase(), '2-Set Korean') });
      if (i === 3) {
        d.processes.push({ at: d.enrolledAt + 3 * HOUR, path: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', cmdline: `powershell.exe -ExecutionPolicy Bypass -Command "& ${CRD_PIN_SETUP}"` });
        d.custom.push({ at: d.enrolledAt + 4 * HOUR, query: 'pack_inventory_keyboard_layouts', columns: keyboardLayoutRow('S-1-5-21-3623811015-3361044348-30300820-1013', 2, '00000412') });
      }
      // Two of the paychecks land in one account the facilitator controls (G-03); one goes to Payoneer.
      if (i < 2) e.payroll = [{ ...e.payroll[0]!, method: 'ach', bankName: 'Example Federal Bank', bankCountry: 'US', ...sharedAccount }];
      if (i === 2) e.payroll = [{ effective: e.start, method: 'payoneer', payeeName: `${e.firstName} ${e.lastName}`, account: `payouts.${rng.hex(6)}@example.net` }];
      application(world, rng, { first: e.firstName, last: e.lastName, title: e.title, place: e.homePlace }, e.start - rng.int(28, 40) * DAY, {
        status: 'hired', employeeId: e.employeeId, email: e.personalEmail, phone: e.phone, ip: rng.pick(HOSTING).ip, sourceChannel: 'job_board',
      });
      members.push(e);
    });
    world.operations.push({
      id: 'op-laptop-farm',
      scenario: 'laptop-farm',
      title: `Laptop farm at ${farmAddress.line1}, ${farmPlace.city} ${farmPlace.regionCode}: four identities hired two weeks apart`,
      modeled_on: ['S21 Christina Chapman laptop farm (Arizona; 68 stolen identities, 90+ laptops)', 'S21 Matthew Knoot (laptops at his residence; remote desktop installed)', 'S5 Mandiant UNC5267 (Astrill VPN, remote-access tools)', 'S22/S9 IP-KVM hardware (PiKVM, TinyPilot)'],
      indicators: ['D-01', 'D-03', 'E-04', 'E-13', 'E-01', 'E-02', 'E-06', 'E-14', 'F-01', 'F-02', 'F-03', 'F-04', 'F-05', 'D-06', 'G-03', 'A-07'],
      first_event: '1970-01-01T00:00:00.000Z',
      members: members.map((e) => memberOf(world, e, 'worker')),
      notes: [`facilitator address ${farmAddress.line1}, ${farmPlace.city} ${farmPlace.regionCode}; residential IP ${farmNet.ip}`],
    });
  },
};
