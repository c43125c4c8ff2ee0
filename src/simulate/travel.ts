import type { Employee, Trip } from './company.js';
import { distanceKm, OFFICES } from './networks.js';
import type { Place } from './places.js';
import type { Rng } from './prng.js';
import type { World } from './world.js';

/** Airliner block speed: what an honest trip's sign-ins imply, well under any "impossible" threshold. */
const CRUISE_KMH = 820;

function flightHours(from: Place, to: Place): number {
  return Math.round((distanceKm(from, to) / CRUISE_KMH + 0.6) * 4) / 4;
}

/**
 * A business trip: a sign-in at the home airport before the flight, one at the destination airport
 * after landing (a flight-speed gap), work from the destination office or hotel, and the way back.
 */
export function addTrip(world: World, rng: Rng, e: Employee, dest: Place, firstDay: number, lastDay: number): Trip {
  const officeThere = Object.entries(OFFICES).find(([city]) => city === dest.city)?.[1];
  const stay = officeThere ?? world.pool.transientNetwork(dest, 'hotel');
  const outFrom = world.pool.transientNetwork(e.homePlace, 'airport');
  const outTo = world.pool.transientNetwork(dest, 'airport');
  const long = distanceKm(e.homePlace, dest) > 4000;
  const trip: Trip = {
    firstDay,
    lastDay,
    stay,
    zone: dest.zone,
    legs: [
      // Long-haul flights leave in the evening and land the next morning; short hops leave early.
      { day: firstDay, from: outFrom, to: outTo, departLocal: long ? 18 * 60 + rng.int(0, 90) : 7 * 60 + rng.int(0, 60), flightHours: flightHours(e.homePlace, dest) },
      { day: lastDay, from: world.pool.transientNetwork(dest, 'airport'), to: world.pool.transientNetwork(e.homePlace, 'airport'), departLocal: 13 * 60 + rng.int(0, 240), flightHours: flightHours(dest, e.homePlace) },
    ],
  };
  e.behavior.trips.push(trip);
  return trip;
}
