import type { Rng } from './prng.js';

/**
 * Names for a diverse workforce. Korean, Chinese and Japanese family names are common in the
 * background on purpose: the operations use stolen "ordinary" names, so no name origin predicts
 * the truth (fairness: molehunt must never flag name origin as such).
 */
const FIRST: readonly string[] = [
  'James', 'Mary', 'Michael', 'Patricia', 'Robert', 'Jennifer', 'David', 'Linda', 'William', 'Elizabeth', 'Daniel', 'Sarah',
  'Matthew', 'Jessica', 'Anthony', 'Karen', 'Mark', 'Nancy', 'Steven', 'Lisa', 'Andrew', 'Emily', 'Joshua', 'Michelle',
  'Kevin', 'Laura', 'Brian', 'Rachel', 'Jason', 'Amanda', 'Ryan', 'Olivia', 'Ethan', 'Sophia', 'Noah', 'Emma', 'Liam',
  'Ava', 'Lucas', 'Mia', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Wei', 'Mei', 'Jun', 'Hana', 'Min-jun', 'Seo-yeon', 'Ji-ho',
  'Yuki', 'Haruto', 'Aiko', 'Carlos', 'Sofia', 'Mateo', 'Lucia', 'Diego', 'Valentina', 'Ahmed', 'Fatima', 'Omar', 'Aisha',
  'Chidi', 'Amara', 'Kwame', 'Zainab', 'Lena', 'Jonas', 'Lukas', 'Anna', 'Felix', 'Marie', 'Tiago', 'Beatriz', 'João',
  'Inês', 'Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Isla', 'Declan', 'Siobhan', 'Nikolai', 'Irina', 'Grace',
  'Henry', 'Chloe', 'Samuel', 'Zoe', 'Benjamin', 'Hannah', 'Alexander', 'Natalie', 'Christopher', 'Julia', 'Thomas', 'Erin',
];

const LAST: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris',
  'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker',
  'Nelson', 'Mitchell', 'Campbell', 'Roberts', 'Patel', 'Shah', 'Iyer', 'Reddy', 'Sharma', 'Kim', 'Park', 'Choi', 'Jung',
  'Kang', 'Cho', 'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Nguyen', 'Tran', 'Tanaka', 'Sato', 'Suzuki', 'Okafor', 'Adeyemi',
  'Mensah', 'Haddad', 'Khan', 'Hussain', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Silva', 'Santos',
  'Ferreira', 'Pereira', 'Costa', "O'Brien", 'Murphy', 'Kelly', 'Walsh', 'Ivanova', 'Petrov', 'Novak', 'Kowalski', 'Rossi',
  'Bianchi', 'Dubois', 'Moreau', 'Jensen', 'Larsen', 'Hughes', 'Evans', 'Wood', 'Price', 'Bennett', 'Brooks', 'Reed',
];

/** A random full name. */
export function randomName(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST), last: rng.pick(LAST) };
}

/** An e-mail local part from a name: lower-case ASCII, dots between parts. */
export function localPart(first: string, last: string): string {
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^\p{ASCII}]/gu, '').toLowerCase().replace(/[^a-z]+/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}

/** Hands out unique corporate e-mail addresses (`first.last`, then `first.last2`…). */
export class EmailBook {
  private readonly used = new Set<string>();

  constructor(private readonly domain: string) {}

  /** Reserves and returns a unique address for a name. */
  take(first: string, last: string): string {
    const base = localPart(first, last);
    let candidate = `${base}@${this.domain}`;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}${n}@${this.domain}`;
    this.used.add(candidate);
    return candidate;
  }
}

/**
 * Persona-style handles as they appear in the public IT-worker persona lists: a generic
 * word and a 3–4 digit, often MMDD-like, suffix.
 */
export function personaHandle(rng: Rng): string {
  const word = rng.pick(['smartdev', 'fulldev', 'topdev', 'seniordev', 'webstar', 'elitedev', 'masterdev', 'superdev', 'blockdev', 'chainmaster', 'soldev', 'rustdev', 'talentdev', 'expertdev']);
  const suffix = rng.chance(0.6) ? `${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}` : String(rng.int(100, 999));
  return `${word}${suffix}`;
}
