import { DAY, parseDay, weekday } from './clock.js';
import type { Employee } from './company.js';
import { hire } from './hire.js';
import { COUNTRY_MIX, SECOND_US_OFFICE } from './org-chart.js';
import { CITIES, place } from './places.js';
import type { Rng } from './prng.js';
import { addTrip } from './travel.js';
import type { World } from './world.js';

const EARLIEST_START = parseDay('2012-01-09');

/** The Monday on or before a day (people start on Mondays). */
function monday(day: number): number {
  return day - ((weekday(day) + 6) % 7) * DAY;
}

/**
 * Start dates: most people have years of tenure (exponential, mean ≈ 2 years beyond the last four
 * months), about 9 % joined in the four months before the export, and about 3 % start during it.
 */
function startDate(rng: Rng, world: World): number {
  const r = rng.next();
  if (r < 0.03) return monday(world.start + rng.int(3, Math.max(3, world.options.days - 5)) * DAY);
  if (r < 0.12) return monday(world.start - rng.int(7, 120) * DAY);
  return monday(Math.max(EARLIEST_START, world.start - (120 + Math.round(-Math.log(1 - rng.next()) * 700)) * DAY));
}

function planTime(rng: Rng, world: World, e: Employee): void {
  const b = e.behavior;
  // Paid time off: a day or three in a month for most people.
  for (let n = rng.int(0, 3); n > 0; n--) b.daysOff.push(rng.int(0, world.options.days - 1));
  // About one in six works on the corporate VPN most days (full tunnel from home).
  if (e.arrangement === 'remote' && rng.chance(0.16)) b.corporateVpnShare = 0.8;
  // Business travel: about 5 % fly somewhere during the month, most to an office.
  if (world.options.days >= 8 && rng.chance(0.05)) {
    const first = rng.int(1, world.options.days - 6);
    const dest = rng.chance(0.7) ? place(rng.pick(['Austin', 'New York', 'London', 'Toronto'])) : rng.pick(CITIES[e.homePlace.country]!);
    if (dest.city !== e.homePlace.city) addTrip(world, rng, e, dest, first, first + rng.int(2, 4));
  }
}

/** The background workforce: offices and remote staff in six countries, hired over the years. */
export function buildWorkforce(world: World): void {
  const root = world.rng.fork('workforce');
  for (let i = 0; i < world.options.employees; i++) {
    const rng = root.fork(String(i));
    const [country, , office] = rng.weighted(COUNTRY_MIX.map((c) => [c, c[1]] as const));
    const arrangement = office ? rng.weighted<Employee['arrangement']>([['office', 25], ['hybrid', 35], ['remote', 40]]) : 'remote';
    const officeCity = country === 'US' && rng.chance(0.35) ? SECOND_US_OFFICE : office;
    const inOffice = arrangement !== 'remote' && officeCity !== undefined;
    const e = hire(world, rng, {
      country,
      start: startDate(rng, world),
      arrangement,
      ...(inOffice ? { place: place(officeCity), office: officeCity } : {}),
    });
    planTime(rng, world, e);
  }
  assignManagers(world);
}

function assignManagers(world: World): void {
  const leads = new Map<string, Employee>();
  for (const e of [...world.employees].sort((a, b) => a.start - b.start)) {
    const lead = leads.get(e.department);
    if (lead) e.managerEmail = lead.email;
    else leads.set(e.department, e);
  }
}
