import type { IdentityRecord } from '../model/identity-record.js';
import { namesAgree, parseName, type ParsedName } from '../resolve/name-variants.js';
import type { RuleContext } from './define-rule.js';

/** The records that carry a person's own contact data: applications and HR records. */
export const PERSON_KINDS: ReadonlySet<IdentityRecord['kind']> = new Set(['ats.applicant', 'hr.employee']);

/** Every applicant and employee record with the subject it belongs to. */
export function personRecords(ctx: RuleContext): { record: IdentityRecord; subject: string }[] {
  return ctx.subjects.flatMap((s) => s.identities.filter((r) => PERSON_KINDS.has(r.kind)).map((record) => ({ record, subject: s.id })));
}

/** When an application was made (epoch ms); undefined for HR records, whose contact data is current. */
export function appliedAt(record: IdentityRecord): number | undefined {
  if (record.kind !== 'ats.applicant') return undefined;
  const at = Date.parse(record.attributes.applied_at ?? '');
  return Number.isNaN(at) ? undefined : at;
}

/**
 * True when two names may belong to one person (word order, initials, middle names, accents,
 * romanizations: resolve/name-variants). A missing name cannot show that two people differ.
 */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  const pa = parsed(a);
  const pb = parsed(b);
  return !pa || !pb || namesAgree(pa, pb);
}

// Names repeat across records and comparisons; parsing (transliteration, romanization) is not free.
const parsedNames = new Map<string, ParsedName | undefined>();
function parsed(name: string | undefined): ParsedName | undefined {
  if (name === undefined) return undefined;
  if (!parsedNames.has(name)) {
    if (parsedNames.size > 100_000) parsedNames.clear();
    parsedNames.set(name, parseName(name));
  }
  return parsedNames.get(name);
}

/** The last word of a name, folded: siblings, spouses and parents usually share it. */
export function familyName(name: string | undefined): string | undefined {
  const tokens = parseName(name)?.tokens;
  return tokens && tokens.length >= 2 ? tokens[tokens.length - 1] : undefined;
}

/**
 * Clusters names into people (greedy, each name against the first of every cluster): how many
 * different people a set of names stands for, counting no further than just above `stopAbove`.
 */
export function distinctPeople(names: readonly (string | undefined)[], stopAbove = Infinity): number {
  const firsts: (string | undefined)[] = [];
  for (const name of names) {
    if (!firsts.some((f) => sameName(f, name))) firsts.push(name);
    if (firsts.length > stopAbove) break;
  }
  return firsts.length;
}

/**
 * Source channels through which a recruiter submits candidates: the contact data on such an
 * application is often the agency's switchboard or the recruiter's own mailbox, shared by every
 * candidate they place.
 */
const AGENCY_CHANNEL = /agency|recruit|staffing|headhunt|search firm|rpo\b|vendor/i;

/** True when the application came through an agency or recruiter. */
export function viaAgency(record: IdentityRecord): boolean {
  return AGENCY_CHANNEL.test(record.attributes.source_channel ?? '');
}

/** The street-level home key of a record (postal.address enricher), when its home names a building. */
export function homeKey(ctx: RuleContext, record: IdentityRecord): string | undefined {
  const index = record.identifiers.addresses.findIndex((a) => a.role === 'home' && a.line);
  return index < 0 ? undefined : ctx.identityEnrichment(record.id).addresses?.[index]?.key;
}

/** The year of an epoch-ms time (UTC). */
export function yearOf(at: number): number {
  return new Date(at).getUTCFullYear();
}
