// Synthetic identity records for bench/resolve.ts: a company's employees (HR, IdP account, payroll
// payee, device owner, applicant — five records per person), applicants never hired, real households,
// realistic hub values (corporate egress and unlisted VPN exits, office ship-to addresses, coworking
// spaces, firmware placeholder serials, none@ e-mails, common names) and planted facilitator
// networks of sizes 2–900 whose personas share payout accounts, farm addresses, farm connections,
// phones, MFA devices and near-duplicate résumés. Values are synthetic (example.* domains,
// documentation-style +1 555 01xx phones, 198.51.100.0/24-style addresses spread over private space).
import type { IdentityRecord } from '../src/model/identity-record.js';
import type { GraphObservation, Judgement } from '../src/resolve/graph-types.js';

const FIRST = ['James', 'Mary', 'Michael', 'Patricia', 'Robert', 'Jennifer', 'David', 'Linda', 'William', 'Elizabeth', 'Daniel', 'Sarah', 'Matthew', 'Jessica', 'Anthony', 'Karen', 'Mark', 'Nancy', 'Steven', 'Lisa', 'Andrew', 'Emily', 'Joshua', 'Michelle', 'Kevin', 'Laura', 'Brian', 'Rachel', 'Jason', 'Amanda', 'Ryan', 'Olivia', 'Ethan', 'Sophia', 'Noah', 'Emma', 'Liam', 'Ava', 'Lucas', 'Mia', 'Priya', 'Arjun', 'Wei', 'Mei', 'Hana', 'Yuki', 'Carlos', 'Sofia', 'Mateo', 'Diego', 'Ahmed', 'Fatima', 'Omar', 'Chidi', 'Amara', 'Lena', 'Jonas', 'Anna', 'Felix', 'Tiago', 'Oliver', 'Charlotte', 'Harry', 'George', 'Grace', 'Henry', 'Chloe', 'Samuel', 'Zoe', 'Hannah'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Mitchell', 'Campbell', 'Roberts', 'Patel', 'Shah', 'Reddy', 'Sharma', 'Chen', 'Wang', 'Liu', 'Nguyen', 'Tran', 'Tanaka', 'Sato', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Müller', 'Schmidt', 'Silva', 'Santos', 'Costa', "O'Brien", 'Murphy', 'Kelly', 'Petrov', 'Novak', 'Rossi', 'Dubois', 'Jensen', 'Hughes', 'Evans', 'Brooks', 'Reed'];
/** Korean names as HR writes them and as the same person's application spells them. */
const KOREAN: readonly [string, string][] = [
  ['Minjun Kim', 'Kim Min-jun'], ['Seoyeon Lee', 'Yi Seo-yeon'], ['Jihoon Park', 'Bak Ji-hun'], ['Hyunwoo Choi', 'Choe Hyeon-u'],
  ['Daeun Jung', 'Jeong Da-eun'], ['Jiho Kang', 'Gang Ji-ho'], ['Yuna Cho', 'Jo Yu-na'], ['Seojun Yoon', 'Yun Seo-jun'],
];
const WORDS = 'engineer developer react node typescript kubernetes aws python java golang postgres redis kafka terraform docker microservices api design team lead agile scrum frontend backend fullstack cloud security testing ci cd pipeline migration performance scalable distributed systems mentoring stakeholders delivered reduced latency improved reliability built platform data analytics machine learning mobile ios android payments fintech ecommerce startup enterprise'.split(' ');

/** A seeded xorshift stream. */
export class Rand {
  constructor(private s: number) {}
  next(): number {
    this.s ^= this.s << 13;
    this.s ^= this.s >>> 17;
    this.s ^= this.s << 5;
    return (this.s >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const sha = (n: number) => n.toString(16).padStart(64, '0');
const ip = (n: number) => `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const phone = (n: number) => `+1555${String(n).padStart(7, '0')}`;
const street = (n: number) => `${1 + (n % 9000)} ${LAST[n % LAST.length]} ${['St', 'Ave', 'Rd', 'Ln'][n % 4]}`;
const place = (n: number) => ({ city: `City${n % 400}`, postal_code: String(10000 + (n % 89999)), country: 'US' });

/** The generated data and the truth to score it against. */
export interface GeneratedIdentities {
  records: IdentityRecord[];
  observations: GraphObservation[];
  judgements: Judgement[];
  /** HR record id (or applicant id) → planted network number, for the planted personas. */
  planted: Map<string, number>;
  plantedSizes: number[];
  /** Identity record id → person number: resolution truth. */
  personOf: Map<string, number>;
  /** Records held back to insert one by one (incremental latency). */
  later: IdentityRecord[];
  laterObservations: GraphObservation[];
}

function resume(rng: Rand, words: number, base?: string[]): string {
  if (base) return base.map((w) => (rng.chance(0.01) ? rng.pick(WORDS) : w)).join(' ');
  return Array.from({ length: words }, () => rng.pick(WORDS)).join(' ');
}

interface PersonSpec {
  person: number;
  name: string;
  applicantName: string;
  hired: boolean;
  shared: Partial<{ payout: string; address: string; farmIp: string; phone: string; mfa: string; resume: string[] }>;
  home?: number;
  household?: number;
}

const NETWORK_SIZES = [900, 300, 90, 68, 30, 13, ...Array(5).fill(10), ...Array(20).fill(5), ...Array(50).fill(3), ...Array(200).fill(2)] as number[];
const KINDS = ['payout', 'address', 'farmIp', 'phone', 'mfa', 'resume'] as const;

/** Generates about `target` identity records (five per employee, one per non-hired applicant). */
export function generateIdentities(target: number, seed = 42): GeneratedIdentities {
  const rng = new Rand(seed);
  const out: GeneratedIdentities = { records: [], observations: [], judgements: [], planted: new Map(), plantedSizes: NETWORK_SIZES, personOf: new Map(), later: [], laterObservations: [] };
  const specs: PersonSpec[] = [];
  let person = 0;
  // Planted networks first: each persona gets two of the network's shared values (a chain over them, so the network is connected).
  NETWORK_SIZES.forEach((size, net) => {
    const kinds = [...KINDS].sort(() => rng.next() - 0.5).slice(0, 2 + rng.int(3));
    const values = kinds.map((k) => ({ k, v: `n${net}-${k}` }));
    const template = resume(rng, 150).split(' ');
    for (let i = 0; i < size; i++) {
      const a = values[i % values.length]!;
      const b = values[(i + 1) % values.length]!;
      const shared: PersonSpec['shared'] = {};
      for (const { k, v } of [a, b]) (shared as Record<string, unknown>)[k] = k === 'resume' ? template : v;
      const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
      specs.push({ person: person++, name, applicantName: name, hired: true, shared });
      out.planted.set(String(person - 1), net);
    }
  });
  const employees = Math.floor((target * 0.8) / 5);
  const applicantsOnly = Math.floor(target * 0.2);
  while (specs.length < employees + applicantsOnly) {
    const korean = rng.chance(0.05) ? rng.pick(KOREAN) : undefined;
    const name = korean ? korean[0] : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    specs.push({ person: person++, name, applicantName: korean ? korean[1] : name, hired: specs.length < employees, shared: {} });
  }
  // Real households: two employees at one home (half of them declared by a judgement).
  for (let h = 0; h < Math.min(2000, Math.floor((employees - 5001) / 2)); h++) {
    const a = specs[5000 + h * 2]!;
    const b = specs[5001 + h * 2]!;
    a.household = h;
    b.household = h;
  }
  const heldBack = new Set<number>();
  const stride = Math.floor(specs.length / 2000);
  for (let i = 0; i < 2000; i++) heldBack.add(3 + i * stride);
  for (const spec of specs) emit(spec, rng, out, heldBack.has(spec.person));
  return out;
}

function emit(spec: PersonSpec, rng: Rand, out: GeneratedIdentities, later: boolean): void {
  const p = spec.person;
  const records: IdentityRecord[] = [];
  const observations: GraphObservation[] = [];
  const ref = (file: string) => ({ file, line: p + 2, sha256: sha(p) });
  const base = (kind: IdentityRecord['kind'], system: string, extra: Partial<IdentityRecord>, ids: Partial<IdentityRecord['identifiers']>): IdentityRecord => ({
    id: `${kind}:${system}:${p}`,
    kind,
    system,
    source_id: String(p),
    corporate_emails: [],
    attributes: {},
    raw_ref: ref(`${system}.csv`),
    ...extra,
    identifiers: { emails: [], phones: [], addresses: [], payout_accounts: [], device_serials: [], keys: [], ...ids },
  });
  const s = spec.shared;
  const personalEmail = rng.chance(0.01) ? 'none@gmail.com' : `p${p}@mail.example.org`;
  const myPhone = s.phone ? phone(5_000_000 + Number(s.phone.split('-')[0]!.slice(1))) : phone(p);
  const homeLine = spec.household !== undefined ? street(900_000 + spec.household) : street(p);
  const homePlace = place(spec.household !== undefined ? 900_000 + spec.household : p);
  const coworking = !s.address && rng.chance(0.01) ? rng.int(50) : undefined;
  const home = coworking !== undefined ? { role: 'home' as const, line: `${100 + coworking} Cowork Plaza`, ...place(777_000 + coworking) } : { role: 'home' as const, line: homeLine, ...homePlace };
  const applicant = base('ats.applicant', 'ats', { name: spec.applicantName, applicant_id: String(p), attributes: {} }, { emails: [personalEmail], phones: [myPhone] });
  if (s.resume) applicant.attributes = { resume_text: `${spec.applicantName} ${resume(rng, 0, s.resume)}` };
  else if (rng.chance(0.1)) applicant.attributes = { resume_text: `${spec.applicantName} ${resume(rng, 120)}` };
  records.push(applicant);
  if (spec.hired) {
    const corp = `u${p}@corp.example.com`;
    const shipTo = s.address
      ? { role: 'ship_to' as const, line: street(800_000 + Number(s.address.split('-')[0]!.slice(1))), ...place(800_000 + Number(s.address.split('-')[0]!.slice(1))) }
      : rng.chance(0.2) ? { role: 'ship_to' as const, line: `${1 + rng.int(5)} Example Plaza`, ...place(600_000 + rng.int(5)) } : undefined;
    records.push(base('hr.employee', 'hr', { name: spec.name, employee_id: `E${p}`, corporate_emails: [corp] }, { emails: [corp, personalEmail], phones: [myPhone], addresses: shipTo ? [home, shipTo] : [home] }));
    records.push(base('idp.account', 'okta', { name: spec.name, corporate_emails: [corp] }, { emails: [corp], keys: s.mfa ? [{ kind: 'okta_verify_push', fingerprint: s.mfa }] : [] }));
    const payout = s.payout ? { kind: 'bank' as const, fingerprint: `fp-${s.payout}`, last4: '4321' } : { kind: 'bank' as const, fingerprint: `fp-${p}`, last4: String(p % 10000).padStart(4, '0') };
    records.push(base('payroll.payee', 'adp', { name: spec.name, employee_id: `E${p}` }, { payout_accounts: [payout] }));
    const serial = rng.chance(0.01) ? 'To be filled by O.E.M.' : `C02${p.toString(36).toUpperCase()}`;
    records.push(base('device.owner', 'mdm', { corporate_emails: [corp] }, { emails: [corp], device_serials: [serial] }));
    const account = `idp.account:okta:${p}`;
    const day = Date.UTC(2026, 0, 1) + rng.int(300) * 86_400_000;
    const homeIp = ip(spec.household !== undefined ? 3_000_000 + spec.household : 1_000_000 + p);
    observations.push({ record: account, kind: 'ip', value: homeIp, at: day, eligible: true });
    observations.push({ record: account, kind: 'ip', value: homeIp, at: day + 5 * 86_400_000, eligible: true });
    if (s.farmIp) observations.push({ record: account, kind: 'ip', value: ip(4_000_000 + Number(s.farmIp.split('-')[0]!.slice(1))), at: Date.UTC(2026, 5, 1) + rng.int(4) * 86_400_000, eligible: true });
    if (rng.chance(0.6)) observations.push({ record: account, kind: 'ip', value: ip(rng.int(10)), at: day, eligible: false });
    if (rng.chance(0.05)) observations.push({ record: account, kind: 'ip', value: ip(5_000_000 + rng.int(20)), at: day + rng.int(30) * 86_400_000, eligible: true });
    if (spec.household !== undefined && spec.household % 2 === 0 && p % 2 === 1) {
      out.judgements.push({ id: `jdg_h${spec.household}`, decision: 'household', a: [`hr.employee:hr:${p - 1}`], b: [`hr.employee:hr:${p}`], reason: 'declared household', by: 'bench', at: '2026-01-01T00:00:00Z' });
    }
  }
  for (const r of records) out.personOf.set(r.id, p);
  if (later) {
    out.later.push(...records);
    out.laterObservations.push(...observations);
  } else {
    out.records.push(...records);
    out.observations.push(...observations);
  }
}
