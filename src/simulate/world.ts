import type { TruthBenign, TruthMember, TruthOperation } from '../model/ground-truth.js';
import { AddressPool } from './address-pool.js';
import { AddressBook } from './addresses.js';
import { DAY, parseDay } from './clock.js';
import type { Applicant, Employee } from './company.js';
import { EmailBook } from './names.js';
import { PhoneBook } from './phone-book.js';
import { createRng, type Rng } from './prng.js';

/** What to simulate. */
export interface SimulationOptions {
  seed: number | string;
  /** Background headcount (operations add their own hires on top). */
  employees: number;
  days: number;
  /** First simulated day, `YYYY-MM-DD`. */
  start: string;
  scenarios: readonly string[];
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The company being built: people, applications, allocators and the truth scenarios record. */
export class World {
  readonly rng: Rng;
  readonly start: number;
  readonly end: number;
  readonly employees: Employee[] = [];
  readonly applicants: Applicant[] = [];
  readonly pool = new AddressPool();
  readonly phones = new PhoneBook();
  readonly emails = new EmailBook('example.com');
  readonly personalEmails = new EmailBook('mail.example.org');
  readonly addresses = new AddressBook();
  readonly applicantEmails = new EmailBook('example.net');
  /** Serial of addresses handed to people outside the company (applicants). */
  outsiderSeq = 0;
  readonly operations: TruthOperation[] = [];
  readonly benign: TruthBenign[] = [];
  readonly households: { subjects: string[]; reason: string }[] = [];
  readonly sanctionedTools: { tool: string; reason: string }[] = [];
  /** Employees a scenario has taken over (so two scenarios never reuse one person). */
  readonly claimed = new Set<string>();
  private readonly usedIds = new Set<string>();
  private employeeSeq = 10000;
  private assetSeq = 20000;
  private shipmentSeq = 50000;

  constructor(readonly options: SimulationOptions) {
    this.rng = createRng(options.seed);
    this.start = parseDay(options.start);
    this.end = this.start + options.days * DAY;
  }

  /** The simulated day `index` as UTC midnight. */
  day(index: number): number {
    return this.start + index * DAY;
  }

  nextEmployeeId(): string {
    return `E${++this.employeeSeq}`;
  }

  nextAssetNumber(): number {
    return ++this.assetSeq;
  }

  nextShipmentId(): string {
    return `SH-${++this.shipmentSeq}`;
  }

  /** A unique id drawn from `make` (ATS candidate numbers, Okta ids…). */
  uniqueId(rng: Rng, make: (rng: Rng) => string): string {
    for (;;) {
      const id = make(rng);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  /** An ATS candidate id (Greenhouse-style number). */
  applicantId(rng: Rng): string {
    return this.uniqueId(rng, (r) => String(r.int(40_000_000, 49_999_999)));
  }

  /** An Okta user id (`00u` + 17 base-62 characters) or an Entra object id (GUID). */
  idpUserId(rng: Rng, idp: 'okta' | 'entra'): string {
    return this.uniqueId(rng, (r) => (idp === 'okta' ? `00u${Array.from({ length: 17 }, () => BASE62[r.int(0, 61)]).join('')}` : r.uuid()));
  }

}

/** A truth member for an employee (and the applications that led to the hire). */
export function memberOf(world: World, e: Employee, role: string): TruthMember {
  const applications = world.applicants.filter((a) => a.employeeId === e.employeeId);
  return {
    name: `${e.firstName} ${e.lastName}`,
    role,
    employee_id: e.employeeId,
    applicant_ids: applications.map((a) => a.applicantId),
    emails: [e.email, e.personalEmail],
  };
}

/** A truth member for an applicant who was never hired. */
export function applicantMember(a: Applicant, role: string): TruthMember {
  return { name: a.name, role, applicant_ids: [a.applicantId], emails: [a.email] };
}
