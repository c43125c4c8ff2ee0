import { addressKey, buildingKey } from '../enrich/address-key.js';
import type { IdentityKind, IdentityRecord, PostalAddress } from '../model/identity-record.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import type { RuleContext } from './define-rule.js';
import { surnamesOf } from './name-match.js';

/** One postal address of a subject, with what the postal.address enricher concluded about it. */
export interface Place {
  subject: string;
  record: IdentityRecord;
  /** Position of the address on its record (the enrichment at the same index describes it). */
  index: number;
  address: PostalAddress;
  /** The postal.address enricher's matching key: two spellings of one house give one key. */
  key: string;
  /** The same key without flat or suite numbers: the building. */
  building: string;
  /** A street line with a number: a house. Without it the address names a town or a street and never compares. */
  street: boolean;
  po_box: boolean;
  mail_drop: boolean;
  mail_drop_basis?: string;
  /** ISO alpha-2 country, when the address has one. */
  country?: string;
  /** Street, city, region, country, for summaries. */
  display: string;
}

/** How two places relate; `unknown` when either names no house or they share no postal code or city. */
export type PlaceMatch = 'same' | 'same-building' | 'different' | 'unknown';

/** The record kinds whose `home` addresses are what a person claims as home. */
export const HOME_KINDS: readonly IdentityKind[] = ['hr.employee', 'ats.applicant', 'payroll.payee'];

const NAME_KINDS: readonly IdentityKind[] = ['hr.employee', 'idp.account', 'ats.applicant'];

/** Street, city, region and country, for summaries. */
export function displayAddress(address: PostalAddress): string {
  return [address.line, address.city, address.region, address.country].filter((p) => p && p.trim()).join(', ');
}

/** True when the address names a house: a street line that carries a number (house number, box). */
export function namesHouse(address: PostalAddress): boolean {
  return !!address.line && /\d/.test(address.line);
}

/**
 * The subject's addresses of `role` on records of `kinds`, keyed by the postal.address enrichment
 * (recomputed with the same normalizer when the enricher did not run).
 */
export function placesOf(ctx: RuleContext, subject: ResolvedSubject, role: PostalAddress['role'], kinds?: readonly IdentityKind[]): Place[] {
  const places: Place[] = [];
  for (const record of subject.identities) {
    if (kinds && !kinds.includes(record.kind)) continue;
    const intel = ctx.identityEnrichment(record.id).addresses;
    record.identifiers.addresses.forEach((address, index) => {
      if (address.role !== role) return;
      const found = intel?.[index];
      const key = found?.key ?? addressKey(address);
      const country = key.split('|')[0];
      places.push({
        subject: subject.id,
        record,
        index,
        address,
        key,
        building: buildingKey(address),
        street: namesHouse(address),
        po_box: found?.po_box ?? false,
        mail_drop: found?.mail_drop ?? false,
        ...(found?.mail_drop_basis ? { mail_drop_basis: found.mail_drop_basis } : {}),
        ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
        display: displayAddress(address),
      });
    });
  }
  return places;
}

/** The subject's claimed homes that name a house (HR, applicant and payroll records). */
export function homesOf(ctx: RuleContext, subject: ResolvedSubject): Place[] {
  return placesOf(ctx, subject, 'home', HOME_KINDS).filter((p) => p.street);
}

interface KeyParts {
  country: string;
  postal: string;
  region: string;
  city: string;
  rest: string;
}

function partsOf(key: string): KeyParts {
  const [country = '', postal = '', region = '', city = '', ...rest] = key.split('|');
  return { country, postal, region, city, rest: rest.join('|') };
}

const agree = (a: string, b: string): boolean => !a || !b || a === b;

/**
 * Compares two places leniently where sources differ in what they fill in: a country or postal code
 * missing on one side does not make two places different, a shared postal code outranks the city name
 * (Brooklyn vs New York), and a building written without its flat number is the flat.
 */
export function comparePlaces(a: Pick<Place, 'key' | 'building' | 'street'>, b: Pick<Place, 'key' | 'building' | 'street'>): PlaceMatch {
  if (!a.street || !b.street) return 'unknown';
  if (a.key === b.key) return 'same';
  const x = partsOf(a.key);
  const y = partsOf(b.key);
  if (!agree(x.country, y.country)) return 'different';
  const bothPostal = x.postal !== '' && y.postal !== '';
  if (bothPostal && x.postal !== y.postal) return 'different';
  if (!bothPostal && (!agree(x.city, y.city) || !agree(x.region, y.region))) return 'different';
  if (!bothPostal && !(x.city && x.city === y.city)) return 'unknown';
  if (x.rest === y.rest) return 'same';
  const bx = partsOf(a.building).rest;
  const by = partsOf(b.building).rest;
  if (bx !== by) return 'different';
  return x.rest === bx || y.rest === by ? 'same' : 'same-building';
}

/** True when two places are in one town: the same postal code, or the same city in the same country. */
export function sameTown(a: Pick<Place, 'key'>, b: Pick<Place, 'key'>): boolean {
  const x = partsOf(a.key);
  const y = partsOf(b.key);
  if (!agree(x.country, y.country)) return false;
  return (x.postal !== '' && x.postal === y.postal) || (x.city !== '' && x.city === y.city);
}

/** The town of a place, for counting different claimed homes: country and city (the postal code when there is no city). */
export function townOf(place: Pick<Place, 'key' | 'address'>): { key: string; display: string } {
  const { country, postal, city } = partsOf(place.key);
  const a = place.address;
  return { key: `${country}|${city || postal}`, display: [a.city || a.postal_code, a.region, a.country].filter((p) => p && p.trim()).join(', ') };
}

/** A unit designator at the end of a key's street part (`#4`, `fl3`), for office keys given as text keys. */
const TRAILING_UNITS = /(?:\s(?:#\S+|fl\d\S*))+$/;

/**
 * Matches places against the organization's office addresses, given either as written
 * ("500 Example Ave, Austin, TX 78701") or as keys from `molehunt intel address`. Any suite or floor
 * of an office building counts as the office.
 */
export function officeMatcher(offices: readonly string[]): (place: Pick<Place, 'key' | 'building' | 'street'>) => boolean {
  const keyed = offices.map((text) => {
    if (text.includes('|')) return { key: text.trim(), building: text.trim().replace(TRAILING_UNITS, ''), street: true };
    const address: PostalAddress = { role: 'other', line: text };
    return { key: addressKey(address), building: buildingKey(address), street: namesHouse(address) };
  });
  return (place) => keyed.some((office) => {
    const match = comparePlaces(place, office);
    return match === 'same' || match === 'same-building';
  });
}

/** What makes a group of people sharing something look like one household rather than a network. */
export interface HouseholdHint {
  /** Every one of them claims the same home (a house, not a town). */
  sameHome: boolean;
  /** Every one of them claims some home that names a house (otherwise sameHome could not be judged). */
  homesKnown: boolean;
  /** They all share a surname. Only ever used to lower confidence: common surnames are common. */
  sameSurname: boolean;
}

/** Whether `subjects` claim one common home and share a surname (an undeclared household?). */
export function householdHint(ctx: RuleContext, subjects: readonly ResolvedSubject[]): HouseholdHint {
  const homes = subjects.map((s) => homesOf(ctx, s));
  const [first = [], ...others] = homes;
  const sameHome = subjects.length >= 2 && first.some((h) => others.every((list) => list.some((o) => comparePlaces(h, o) === 'same')));
  // Names people give themselves (HR, IdP, applications), not payee or recipient names, which a facilitator may share.
  const surnames = subjects.map((s) => new Set(s.identities.flatMap((r) => (r.name && NAME_KINDS.includes(r.kind) ? surnamesOf(r.name) : []))));
  const [mine = new Set<string>(), ...theirs] = surnames;
  const sameSurname = subjects.length >= 2 && [...mine].some((n) => theirs.every((set) => set.has(n)));
  return { sameHome, homesKnown: homes.every((list) => list.length > 0), sameSurname };
}
