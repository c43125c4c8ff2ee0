import type { Address } from './company.js';
import type { Place } from './places.js';
import type { Rng } from './prng.js';

const STREETS = ['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Willow', 'Birch', 'Lake', 'Hill', 'Park', 'River', 'Spring', 'Meadow', 'Sunset', 'Highland', 'Forest', 'Mill', 'Church', 'Station', 'Orchard', 'Chestnut', 'Walnut', 'Harbor', 'Valley'];
const US_SUFFIX = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Way', 'Blvd'];
const GB_SUFFIX = ['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Avenue'];
const DE_STREETS = ['Linden', 'Garten', 'Berg', 'Schiller', 'Goethe', 'Kirch', 'Wald', 'Bahnhof', 'Rosen', 'Mühlen'];
const PT_STREETS = ['Rua das Flores', 'Rua do Carmo', 'Avenida da Liberdade', 'Rua Augusta', 'Rua de Santa Catarina', 'Travessa do Mirante'];
const IN_AREAS = ['Indiranagar', 'Koramangala', 'Whitefield', 'Baner', 'Kothrud', 'Banjara Hills', 'Madhapur', 'HSR Layout'];

/** A street line in the local style. */
function streetLine(rng: Rng, country: string): string {
  const n = rng.int(1, 2999);
  switch (country) {
    case 'GB':
      return `${rng.int(1, 180)} ${rng.pick(STREETS)} ${rng.pick(GB_SUFFIX)}`;
    case 'DE':
      return `${rng.pick(DE_STREETS)}straße ${rng.int(1, 140)}`;
    case 'PT':
      return `${rng.pick(PT_STREETS)} ${rng.int(1, 250)}`;
    case 'IN':
      return `${rng.int(1, 999)}, ${rng.int(1, 20)}th Main Road, ${rng.pick(IN_AREAS)}`;
    default:
      return `${n} ${rng.pick(STREETS)} ${rng.pick(US_SUFFIX)}`;
  }
}

/**
 * Hands out home addresses, never the same line twice in one city: two households at one address
 * happen only when a scenario says so (spouses, a laptop farm).
 */
export class AddressBook {
  private readonly used = new Set<string>();

  take(rng: Rng, where: Place): Address {
    for (;;) {
      const line1 = streetLine(rng, where.country);
      const key = `${line1}|${where.city}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      const apartment = where.country === 'US' && rng.chance(0.2) ? `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}` : undefined;
      return { line1, ...(apartment ? { line2: apartment } : {}), city: where.city, region: where.regionCode, postal: where.postal, country: where.country };
    }
  }
}
