import photoRule from '../../detect/rules/applicant-shared-photo.rule.js';
import { bitsSet, hamming, parseHash64 } from '../../detect/phash.js';
import { normalizeEmail } from '../../enrich/email.js';
import { normalizePhone } from '../../enrich/phone.js';
import type { ApplicantFacts } from '../applicant-facts.js';
import { sameName, streetKey, type DbIndex, type KnownRecord } from '../db-index.js';
import { MIN_SHINGLES, estimate, jaccard, minhash, shingles } from '../minhash.js';
import { foldName, prepareName } from '../names/normalize-name.js';
import { tokenInfo } from '../names/token-compare.js';
import { ran, skipped, type CheckOutcome, type ScreenReason } from '../screen-result.js';

/**
 * The applicant against the people molehunt knows (A-01, A-03, A-10): a phone, personal e-mail,
 * street address or payout account that a differently named applicant or employee also uses; the
 * same résumé text (MinHash/Jaccard ≥ 0.8) or photo (perceptual hash within 8 bits) under another
 * name; a referral from someone already flagged. A link to a flagged subject weighs more.
 */

export const RESUME_JACCARD = 0.8;
/** The `applicant.shared-photo` rule's defaults: at most 8 bits apart, and no near-blank hash (placeholders hash alike). */
const PHOTO = photoRule.options.parse({});
export const PHOTO_MAX_BITS = PHOTO.maxDistance;

/** The other people (not the applicant, not someone of the same name) among record ids, one per subject. */
function others(facts: ApplicantFacts, db: DbIndex, ids: readonly string[]): KnownRecord[] {
  const own = prepareName(facts.name ?? '').tokens.map(tokenInfo);
  const seen = new Set<string>();
  const out: KnownRecord[] = [];
  for (const id of ids) {
    const known = db.records.get(id);
    if (!known || id === facts.record.id) continue;
    if (sameName(own, known.tokens) !== false) continue;
    const person = known.subject?.id ?? id;
    if (seen.has(person)) continue;
    seen.add(person);
    out.push(known);
  }
  return out;
}

const describe = (k: KnownRecord): string => `${k.label} (${k.where})${k.subject?.flagged ? ` — already flagged: ${k.subject.why}` : ''}`;
const evidenceOf = (k: KnownRecord) => ({ record: k.id, name: k.name ?? null, kind: k.kind, where: k.where, subject: k.subject?.id ?? null, subject_level: k.subject?.level ?? null, flagged: k.subject?.flagged ?? false });

function shared(facts: ApplicantFacts, db: DbIndex): ScreenReason[] {
  const reasons: ScreenReason[] = [];
  const probe = (what: string, value: string, ids: readonly string[] | undefined, household: boolean) => {
    const people = others(facts, db, ids ?? []);
    if (people.length === 0) return;
    const flagged = people.some((p) => p.subject?.flagged);
    // One other person at a home address is a household (spouse, roommate); several, or a flagged one, is not.
    const level: ScreenReason['level'] = flagged ? (household ? 'review' : 'reject-recommended') : household && people.length === 1 ? 'info' : 'review';
    reasons.push({
      check: 'database.shared-identifier',
      indicator: flagged ? 'A-10' : 'A-01',
      level,
      corroborating_only: false,
      summary: `${what} ${value} is also used by ${people.length === 1 ? 'a differently named person' : `${people.length} differently named people`}: ${people.slice(0, 3).map(describe).join('; ')}${household && people.length === 1 && !flagged ? ' (one other person at a home address is usually a household)' : ''}`,
      evidence: { identifier: what, value, others: people.slice(0, 10).map(evidenceOf) },
    });
  };
  for (const phone of facts.phones) probe('phone', phone, db.phones.get(normalizePhone(phone, facts.country) ?? ''), false);
  for (const email of facts.emails) probe('e-mail', email, db.emails.get(normalizeEmail(email)), false);
  for (const address of facts.record.identifiers.addresses) {
    const key = streetKey(address);
    if (key) probe('address', [address.line, address.city].filter(Boolean).join(', '), db.addresses.get(key), true);
  }
  for (const fp of facts.payoutFingerprints) probe('payout account', `fingerprint ${fp.slice(0, 12)}…`, db.payouts.get(fp), false);
  return reasons;
}

function resume(facts: ApplicantFacts, db: DbIndex): CheckOutcome {
  if (!facts.resumeText) return skipped('database.resume', 'no resume_text on the application');
  const own = shingles(facts.resumeText);
  if (own.size < MIN_SHINGLES) return skipped('database.resume', `résumé text too short to compare (${own.size} word 3-grams, need ${MIN_SHINGLES})`);
  const sig = minhash(own);
  const candidates = [...db.resumes.candidates(sig)];
  const matches = candidates.map((id) => ({ id, j: jaccard(own, db.resumeShingles.get(id)!) })).filter((c) => c.j >= RESUME_JACCARD);
  const reasons: ScreenReason[] = [];
  for (const person of others(facts, db, matches.map((m) => m.id))) {
    const j = matches.find((m) => m.id === person.id)!.j;
    reasons.push({
      check: 'database.resume',
      indicator: 'A-01',
      level: person.subject?.flagged ? 'reject-recommended' : 'review',
      corroborating_only: false,
      summary: `the résumé text is ${Math.round(j * 100)}% the same (Jaccard of word 3-grams) as that of ${describe(person)}`,
      evidence: { jaccard: Math.round(j * 1000) / 1000, minhash_estimate: estimate(sig, db.resumeSignatures.get(person.id)!), threshold: RESUME_JACCARD, other: evidenceOf(person) },
    });
  }
  return ran('database.resume', `MinHash/LSH over ${db.resumeShingles.size} résumé texts of ${db.scope}; ${candidates.length} candidates checked exactly`, reasons);
}

const degenerate = (hex: string): boolean => {
  const h = parseHash64(hex);
  return !h || bitsSet(h) < PHOTO.minBitVariety || bitsSet(h) > 64 - PHOTO.minBitVariety;
};
const distance = (a: string, b: string): number => hamming(parseHash64(a)!, parseHash64(b)!);

function photo(facts: ApplicantFacts, db: DbIndex): CheckOutcome {
  if (facts.photoHashInvalid) return skipped('database.photo', `photo_phash "${facts.photoHashInvalid.slice(0, 40)}" is not a 64-bit perceptual hash (16 hex digits)`);
  if (!facts.photoHash) return skipped('database.photo', 'the application carries no photo_phash column (molehunt compares perceptual hashes; it does not read images)');
  if (degenerate(facts.photoHash)) return skipped('database.photo', `photo_phash ${facts.photoHash} is nearly blank (fewer than ${PHOTO.minBitVariety} bits set or unset): placeholder images hash alike`);
  const near = db.photos.filter((p) => !degenerate(p.hash) && distance(p.hash, facts.photoHash!) <= PHOTO_MAX_BITS);
  const reasons: ScreenReason[] = others(facts, db, near.map((p) => p.id)).map((person) => {
    const bits = distance(near.find((p) => p.id === person.id)!.hash, facts.photoHash!);
    return {
      check: 'database.photo',
      indicator: 'A-03',
      level: person.subject?.flagged ? 'reject-recommended' : 'review',
      corroborating_only: false,
      summary: `the photo's perceptual hash is ${bits} bit(s) from that of ${describe(person)}: the same photo under another name`,
      evidence: { photo_phash: facts.photoHash, hamming_bits: bits, threshold: PHOTO_MAX_BITS, other: evidenceOf(person) },
    };
  });
  return ran('database.photo', `perceptual hash against ${db.photos.length} photo hashes of ${db.scope} (≤ ${PHOTO_MAX_BITS} bits)`, reasons);
}

function referral(facts: ApplicantFacts, db: DbIndex): CheckOutcome {
  if (!facts.referredBy) return skipped('database.referral', 'no referred_by on the application');
  const ref = facts.referredBy;
  const ids = db.referral.get(ref.toLowerCase()) ?? db.referral.get(normalizeEmail(ref)) ?? db.referral.get(foldName(ref)) ?? [];
  const referrers = ids.map((id) => db.records.get(id)!).filter((k) => k.subject?.flagged);
  const reasons: ScreenReason[] = referrers.slice(0, 1).map((k) => ({
    check: 'database.referral',
    indicator: 'A-10',
    level: 'review',
    corroborating_only: false,
    summary: `referred by ${ref}, who is already flagged: ${describe(k)}. Workers refer other workers`,
    evidence: { referred_by: ref, referrer: evidenceOf(k) },
  }));
  return ran('database.referral', `referrer ${ref} ${ids.length > 0 ? `is ${db.records.get(ids[0]!)!.label}` : 'is not a known record'}${db.analyzed ? '' : '; no analysis has run, so nobody is flagged yet'}`, reasons);
}

/** Every database check; skipped when there are no known people at all. */
export function databaseChecks(facts: ApplicantFacts, db: DbIndex | undefined): CheckOutcome[] {
  if (!db) return ['database.shared-identifier', 'database.resume', 'database.photo', 'database.referral'].map((id) => skipped(id, 'no database'));
  const note = db.analyzed ? '' : '; no analysis yet, so no record is known to be flagged (run molehunt analyze)';
  return [
    ran('database.shared-identifier', `phone, e-mail, street address and payout account against ${db.scope}${note}`, shared(facts, db)),
    resume(facts, db),
    photo(facts, db),
    referral(facts, db),
  ];
}
