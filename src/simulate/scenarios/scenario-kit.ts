import type { TruthBenign } from '../../model/ground-truth.js';
import { DAY } from '../clock.js';
import type { Employee } from '../company.js';
import { hire, type HireSpec } from '../hire.js';
import type { Rng } from '../prng.js';
import { memberOf, type World } from '../world.js';

/** A named part of the simulated company: an injected operation or a benign look-alike. */
export interface Scenario {
  name: string;
  kind: 'operation' | 'benign';
  /** One line for `molehunt simulate --help` and the docs. */
  summary: string;
  apply(world: World, rng: Rng): void;
}

/**
 * A long-tenured background employee matching `wanted` that no other scenario uses yet, or — in a
 * company too small to have one — a new hire made from `spec`.
 */
export function recruit(world: World, rng: Rng, wanted: (e: Employee) => boolean, spec: Omit<HireSpec, 'start'>): Employee {
  const veterans = world.employees.filter((e) => !world.claimed.has(e.employeeId) && e.start < world.start - 365 * DAY && e.behavior.trips.length === 0 && wanted(e));
  const chosen = veterans.length > 0 ? rng.pick(veterans) : hire(world, rng, { ...spec, start: world.start - rng.int(400, 2000) * DAY });
  world.claimed.add(chosen.employeeId);
  return chosen;
}

/** Records a benign look-alike in the truth. */
export function addBenign(world: World, entry: Omit<TruthBenign, 'members'>, people: readonly Employee[], role: string): void {
  world.benign.push({ ...entry, members: people.map((e) => memberOf(world, e, role)) });
}

/** The Monday on or after a day. */
export function mondayFrom(day: number): number {
  const dow = new Date(day).getUTCDay();
  return day + ((8 - dow) % 7) * DAY;
}

/** Removes the personal remote-support install some laptops carry, for look-alikes defined by having nothing else. */
export function withoutPersonalRemoteTools(e: Employee): void {
  e.device.software = e.device.software.filter((name) => name !== 'AnyDesk');
}
