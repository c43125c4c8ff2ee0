import type { Finding } from '../model/finding.js';
import type { GroundTruth } from '../model/ground-truth.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { levelAtLeast, LevelSchema, type Level } from '../model/severity.js';
import type { Subject } from '../model/subject.js';
import { mapTruth, type TruthMapping } from './eval-mapping.js';
import { adjustedRandIndex, averagePrecision, confusion, falsePositiveRate, precision, recall, type Confusion } from './eval-metrics.js';

/** The level at and above which a subject is a lead for review. */
export const REVIEW_LEVEL: Level = 'medium';

const DAY = 86_400_000;

/** Precision and recall when every subject at or above `level` is flagged. */
export interface CutoffResult extends Confusion {
  level: Level;
  precision: number | null;
  recall: number | null;
}

/** How one injected operation fared. */
export interface OperationResult {
  id: string;
  title: string;
  members: number;
  /** Members whose best subject reached the review level. */
  detected: number;
  all_detected: boolean;
  /** Members no subject holds (their records were not ingested or not resolved). */
  not_found: string[];
  /** Every member with the highest level any of its subjects reached (`absent`: no subject holds it). */
  reached: { name: string; role: string; level: Level | 'absent'; subject?: string }[];
  /** Members below the review level. */
  missed: { name: string; level: Level | 'absent' }[];
  /**
   * Days from the operation's first record to the first high or critical finding on any member, taking a
   * finding's time as the latest evidence it cites (when all of it existed: an upper bound); null when none.
   */
  time_to_detect_days: number | null;
  /** The same with a finding's time as its earliest evidence (a lower bound: it needed at least that). */
  time_to_detect_days_lower: number | null;
}

/** A benign subject at or above the review level, with what put it there. */
export interface FalsePositive {
  subject: string;
  name: string;
  level: Level;
  score: number;
  lookalike?: string;
  top: { rule: string; points: number }[];
}

/** Everything `molehunt eval` reports. */
export interface EvalResult {
  review_level: Level;
  subjects: {
    total: number;
    positive: number;
    members_not_found: number;
    lookalikes: number;
    benign: number;
    /** Truth people found in the database, and how many of them under the same name (a check that the truth describes this data). */
    matched_people: number;
    same_name: number;
  };
  cutoffs: CutoffResult[];
  pr_auc: number | null;
  review: { precision: number | null; recall: number | null; lookalike_fpr: number | null; benign_fpr: number | null };
  operations: OperationResult[];
  false_positives: FalsePositive[];
  /** Adjusted Rand index of the stored networks against the operations, or null without network analysis. */
  network_ari: number | null;
  /**
   * Whether every operation member's subject scores above every benign subject (the issue-5 ranking
   * check), with the two scores that decide it and the benign subjects at or above the lowest member.
   */
  ranking: { lowest_operation_score: number | null; highest_benign_score: number | null; separated: boolean; outranking: { name: string; score: number }[] };
}

function ranking(subjects: readonly Subject[], positive: (s: Subject) => boolean): EvalResult['ranking'] {
  const members = subjects.filter(positive).map((s) => s.score);
  const benign = subjects.filter((s) => !positive(s));
  const lowest = members.length > 0 ? Math.min(...members) : null;
  const highest = benign.length > 0 ? Math.max(...benign.map((s) => s.score)) : null;
  const outranking = lowest === null ? [] : benign.filter((s) => s.score >= lowest).sort((a, b) => b.score - a.score).slice(0, 10).map((s) => ({ name: s.display_name, score: s.score }));
  return { lowest_operation_score: lowest, highest_benign_score: highest, separated: lowest !== null && (highest === null || lowest > highest), outranking };
}

/** The member's highest-scoring subject. */
const best = (subjects: readonly Subject[]): Subject | undefined => [...subjects].sort((a, b) => b.score - a.score)[0];

/** The span of a finding's evidence timestamps, or undefined when it cites none. */
function evidenceSpan(f: Finding): { first: number; last: number } | undefined {
  const times = f.evidence.map((e) => (e.timestamp ? Date.parse(e.timestamp) : NaN)).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? { first: Math.min(...times), last: Math.max(...times) } : undefined;
}

const days = (ms: number): number => Math.round((Math.max(0, ms) / DAY) * 10) / 10;

function operationResults(truth: GroundTruth, mapping: TruthMapping, findings: readonly Finding[]): OperationResult[] {
  return truth.operations.map((op) => {
    const members = mapping.members.get(op.id) ?? [];
    const reached = members.map(({ member, subjects }) => {
      const top = best(subjects);
      return { name: member.name, role: member.role, level: top?.level ?? ('absent' as const), ...(top ? { subject: top.id } : {}) };
    });
    const detected = reached.filter((r) => r.level !== 'absent' && levelAtLeast(r.level, REVIEW_LEVEL));
    const ids = new Set(members.flatMap((m) => m.subjects.map((s) => s.id)));
    const spans = findings
      .filter((f) => ids.has(f.subject) && !f.suppressed && (f.severity === 'high' || f.severity === 'critical'))
      .map(evidenceSpan)
      .filter((t): t is { first: number; last: number } => t !== undefined);
    const start = Date.parse(op.first_event);
    return {
      id: op.id,
      title: op.title,
      members: members.length,
      detected: detected.length,
      all_detected: members.length > 0 && detected.length === members.length,
      not_found: reached.filter((r) => r.level === 'absent').map((r) => r.name),
      reached,
      missed: reached.filter((r) => r.level === 'absent' || !levelAtLeast(r.level, REVIEW_LEVEL)).map((r) => ({ name: r.name, level: r.level })),
      time_to_detect_days: spans.length > 0 ? days(Math.min(...spans.map((t) => t.last)) - start) : null,
      time_to_detect_days_lower: spans.length > 0 ? days(Math.min(...spans.map((t) => t.first)) - start) : null,
    };
  });
}

function networkAri(subjects: readonly Subject[], mapping: TruthMapping): number | null {
  const networkOf = (s: Subject) => (s as Subject & { network?: string | null }).network;
  if (!subjects.some((s) => 'network' in s)) return null;
  return adjustedRandIndex(
    subjects.map((s) => mapping.labels.get(s.id)?.operation ?? `solo:${s.id}`),
    subjects.map((s) => networkOf(s) ?? `solo:${s.id}`),
  );
}

/**
 * Scores stored subjects against the truth of a simulation: subject-level precision and recall at
 * every level cut-off, PR-AUC over scores, per-operation detection and time to detect, false
 * positives among benign look-alikes (with what put them there), and network recovery.
 */
export function evaluate(truth: GroundTruth, subjects: readonly Subject[], identities: ReadonlyMap<string, IdentityRecord>, findings: readonly Finding[]): EvalResult {
  const mapping = mapTruth(truth, subjects, identities);
  const positive = (s: Subject) => mapping.labels.get(s.id)?.operation !== undefined;
  const everyone = [...[...mapping.members.values()].flat(), ...truth.benign.flatMap((g) => g.members.map((member) => ({ member, subjects: mapping.benign.get(g.id) ?? [] })))];
  const notFound = [...mapping.members.values()].flat().filter((m) => m.subjects.length === 0).length;
  const matched = everyone.filter((m) => m.subjects.length > 0);
  const sameName = matched.filter((m) => m.subjects.some((s) => s.display_name.toLowerCase() === m.member.name.toLowerCase())).length;
  const cutoffs = LevelSchema.options.map((level): CutoffResult => {
    const c = confusion(subjects.map((s) => ({ predicted: levelAtLeast(s.level, level), positive: positive(s) })), notFound);
    return { level, ...c, precision: precision(c), recall: recall(c) };
  });
  const review = cutoffs.find((c) => c.level === REVIEW_LEVEL)!;
  const benign = subjects.filter((s) => !positive(s));
  const lookalikes = benign.filter((s) => mapping.labels.get(s.id)?.benign !== undefined);
  const flagged = (s: Subject) => levelAtLeast(s.level, REVIEW_LEVEL);
  const rate = (group: readonly Subject[]) => falsePositiveRate(confusion(group.map((s) => ({ predicted: flagged(s), positive: false }))));
  const false_positives = benign.filter(flagged).map((s): FalsePositive => {
    const lookalike = mapping.labels.get(s.id)?.benign;
    return {
      subject: s.id, name: s.display_name, level: s.level, score: s.score,
      ...(lookalike ? { lookalike } : {}),
      top: s.contributions.filter((c) => c.points > 0).sort((a, b) => b.points - a.points).slice(0, 3).map((c) => ({ rule: c.rule, points: c.points })),
    };
  }).sort((a, b) => Number(!!b.lookalike) - Number(!!a.lookalike) || b.score - a.score);
  return {
    review_level: REVIEW_LEVEL,
    subjects: { total: subjects.length, positive: subjects.filter(positive).length, members_not_found: notFound, lookalikes: lookalikes.length, benign: benign.length, matched_people: matched.length, same_name: sameName },
    cutoffs,
    pr_auc: averagePrecision(subjects.map((s) => ({ score: s.score, positive: positive(s) })), notFound),
    review: { precision: review.precision, recall: review.recall, lookalike_fpr: rate(lookalikes), benign_fpr: rate(benign) },
    operations: operationResults(truth, mapping, findings),
    false_positives,
    network_ari: networkAri(subjects, mapping),
    ranking: ranking(subjects, positive),
  };
}
