import { addressKey, buildingKey } from '../enrich/address-key.js';
import { normalizeEmail } from '../enrich/email.js';
import { claimedCountry, normalizePhone } from '../enrich/phone.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { levelAtLeast } from '../model/severity.js';
import type { Subject } from '../model/subject.js';
import { applicantFacts } from './applicant-facts.js';
import { MIN_SHINGLES, MinHashIndex, minhash, shingles } from './minhash.js';
import { alignScore } from './names/name-score.js';
import { foldName, prepareName } from './names/normalize-name.js';
import { tokenInfo, type TokenInfo } from './names/token-compare.js';

/**
 * The people molehunt already knows (stored identity records, plus the other applicants of the same
 * screening run), indexed by the identifiers two personas should not share: phone, personal e-mail,
 * street address, payout account, résumé text and photo hash. Each record carries the risk level of
 * the subject it was resolved into by the last analysis, so a link to someone already flagged stands out.
 */

/** A known record as screening reports it. */
export interface KnownRecord {
  id: string;
  kind: string;
  name?: string;
  tokens: TokenInfo[];
  /** `kind source_id name`, for summaries. */
  label: string;
  where: string;
  /** The subject it belongs to, when an analysis has run. */
  subject?: { id: string; level: string; score: number; flagged: boolean; why: string };
}

/** The index. */
export interface DbIndex {
  records: Map<string, KnownRecord>;
  phones: Map<string, string[]>;
  emails: Map<string, string[]>;
  addresses: Map<string, string[]>;
  payouts: Map<string, string[]>;
  resumes: MinHashIndex<string>;
  resumeShingles: Map<string, Set<number>>;
  resumeSignatures: Map<string, Uint32Array>;
  photos: { id: string; hash: string }[];
  /** Referral lookup: employee id, e-mail (any), folded name → record ids. */
  referral: Map<string, string[]>;
  /** Whether subjects from an analysis were available to tell who is flagged. */
  analyzed: boolean;
  /** What the records are, for the output: `the database (N records)`, or only this run's applicants. */
  scope: string;
}

/** Indicators of the applicant stage: a finding with one of these marks its subject as already flagged. */
const APPLICANT_INDICATORS = new Set(['A-01', 'A-03', 'A-10']);

const push = (map: Map<string, string[]>, key: string | undefined, id: string) => {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
};

/** The matching key of a street address, or undefined when it names no street (a town is not a shared home). */
export function streetKey(address: IdentityRecord['identifiers']['addresses'][number]): string | undefined {
  return buildingKey(address).endsWith('|') ? undefined : addressKey(address);
}

function subjectsByRecord(subjects: readonly Subject[], findings: readonly Finding[]): Map<string, KnownRecord['subject']> {
  const bySubject = new Map<string, Finding[]>();
  for (const f of findings) if (!f.suppressed && !f.shadow) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  const out = new Map<string, KnownRecord['subject']>();
  for (const s of subjects) {
    const own = bySubject.get(s.id) ?? [];
    const indicators = [...new Set(own.map((f) => f.indicator))];
    const flagged = levelAtLeast(s.level, 'medium') || indicators.some((i) => APPLICANT_INDICATORS.has(i));
    const why = `subject ${s.id} (${s.display_name}): level ${s.level}, score ${s.score}${indicators.length > 0 ? `; findings ${indicators.join(', ')}` : ''}`;
    for (const id of s.identity_ids) out.set(id, { id: s.id, level: s.level, score: s.score, flagged, why });
  }
  return out;
}

/** Builds the index from stored records (and the run's own applicants) and the last analysis. */
export function buildDbIndex(records: readonly IdentityRecord[], analysis?: { subjects: readonly Subject[]; findings: readonly Finding[] }, scope = `${records.length} known records`): DbIndex {
  const subjects = analysis ? subjectsByRecord(analysis.subjects, analysis.findings) : new Map<string, KnownRecord['subject']>();
  const db: DbIndex = { records: new Map(), phones: new Map(), emails: new Map(), addresses: new Map(), payouts: new Map(), resumes: new MinHashIndex(), resumeShingles: new Map(), resumeSignatures: new Map(), photos: [], referral: new Map(), analyzed: (analysis?.subjects.length ?? 0) > 0, scope };
  for (const r of records) {
    const subject = subjects.get(r.id);
    db.records.set(r.id, {
      id: r.id,
      kind: r.kind,
      ...(r.name ? { name: r.name } : {}),
      tokens: r.name ? prepareName(r.name).tokens.map(tokenInfo) : [],
      label: `${r.kind} ${r.source_id}${r.name ? ` ${r.name}` : ''}`,
      where: `${r.raw_ref.file}${r.raw_ref.line ? `:${r.raw_ref.line}` : ''}`,
      ...(subject ? { subject } : {}),
    });
    const country = claimedCountry(r);
    for (const phone of r.identifiers.phones) push(db.phones, normalizePhone(phone, country), r.id);
    for (const email of r.identifiers.emails) push(db.emails, normalizeEmail(email), r.id);
    for (const address of r.identifiers.addresses) push(db.addresses, streetKey(address), r.id);
    const facts = applicantFacts(r);
    for (const fp of facts.payoutFingerprints) push(db.payouts, fp, r.id);
    if (facts.resumeText) {
      const set = shingles(facts.resumeText);
      if (set.size >= MIN_SHINGLES) {
        const sig = minhash(set);
        db.resumeShingles.set(r.id, set);
        db.resumeSignatures.set(r.id, sig);
        db.resumes.add(r.id, sig);
      }
    }
    if (facts.photoHash) db.photos.push({ id: r.id, hash: facts.photoHash });
    push(db.referral, r.employee_id?.toLowerCase(), r.id);
    for (const email of [...r.corporate_emails, ...r.identifiers.emails]) push(db.referral, normalizeEmail(email), r.id);
    if (r.name) push(db.referral, foldName(r.name), r.id);
  }
  return db;
}

/**
 * True when two names are the same person's as far as a name can tell (order, case, romanization and
 * small typos aside). Unknown when either is missing: then the records are not called different-named.
 */
export function sameName(a: readonly TokenInfo[], b: readonly TokenInfo[]): boolean | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const score = alignScore(a, b);
  return score.tokenSet >= 0.85 && score.pairs >= Math.min(2, a.length, b.length);
}
