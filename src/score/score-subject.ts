import type { Finding } from '../model/finding.js';
import type { Level, Severity } from '../model/severity.js';
import type { Escalation, ScoreContribution } from '../model/subject.js';
import { ESCALATION_FLOOR, escalationsOf } from './escalations.js';

/** How much a finding of each severity weighs at full confidence (probability-like, 0–1). */
export const SEVERITY_WEIGHT: Record<Severity, number> = { info: 0, low: 0.15, medium: 0.35, high: 0.6, critical: 0.85 };

/** Score thresholds for each level, highest first. */
export const LEVEL_THRESHOLDS: ReadonlyArray<readonly [Level, number]> = [
  ['critical', 80],
  ['high', 60],
  ['medium', 35],
  ['low', 10],
];

/** The level a score reaches. */
export function levelOf(score: number): Level {
  return LEVEL_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'none';
}

/** A subject's score with the share each rule contributed and the combinations that escalated it. */
export interface SubjectScore {
  score: number;
  level: Level;
  contributions: ScoreContribution[];
  escalations: Escalation[];
}

const weight = (f: Finding): number => SEVERITY_WEIGHT[f.severity] * f.confidence;

/**
 * Indicators that observe the same underlying fact through different windows: they count as one piece
 * of evidence (the strongest), or a laptop farm's one shared connection would be counted twice (E-04 and
 * E-13), an Astrill exit twice (E-01 and E-02), one remote tool three times (F-01, F-02, D-06).
 */
export const INDICATOR_FAMILIES: Readonly<Record<string, string>> = {
  'E-01': 'vpn-egress', 'E-02': 'vpn-egress',
  'E-04': 'shared-egress-ip', 'E-13': 'shared-egress-ip',
  'F-01': 'remote-access-tool', 'F-02': 'remote-access-tool', 'F-03': 'remote-access-tool', 'D-06': 'remote-access-tool',
  'F-04': 'ip-kvm', 'F-05': 'ip-kvm',
  'E-09': 'shared-mfa', 'I-01': 'shared-mfa',
};

/** The evidence family of a finding: its indicator's family, else its rule. */
export function familyOf(f: Finding): string {
  return INDICATOR_FAMILIES[f.indicator] ?? f.rule;
}

/** The strongest finding of each rule among `findings`. */
function strongestPerRule(findings: readonly Finding[]): Map<string, Finding> {
  const strongest = new Map<string, Finding>();
  for (const f of findings) {
    const current = strongest.get(f.rule);
    if (!current || weight(f) > weight(current)) strongest.set(f.rule, f);
  }
  return strongest;
}

/** Of each family, the strongest rule's finding counts; the others are listed as folded into it. */
function strongestPerFamily(findings: readonly Finding[]): Set<Finding> {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const current = best.get(familyOf(f));
    if (!current || weight(f) > weight(current)) best.set(familyOf(f), f);
  }
  return new Set(best.values());
}

const STATUS_NOTE = {
  shadow: 'experimental rule: recorded in shadow, not scored',
  suppressed: 'suppressed by config',
  corroborating: 'corroborating only: counts only beside another finding',
  folded: 'same evidence as a stronger finding of its family: counted once',
} as const;

/**
 * Combines findings as independent evidence (noisy-OR over severity × confidence): each rule counts
 * once, with its strongest finding, so one noisy rule cannot add up to a high score by repetition.
 * Corroborating-only rules count only beside a primary finding; shadow (experimental) and suppressed
 * findings are listed with 0 points. A §7 combination lifts the score to at least ESCALATION_FLOOR.
 * Points are each rule's share of the final score, so they add up to it.
 */
export function scoreSubject(findings: readonly Finding[]): SubjectScore {
  const live = findings.filter((f) => !f.shadow && !f.suppressed);
  const strongest = strongestPerRule(live);
  const hasPrimary = [...strongest.values()].some((f) => !f.corroborating_only && SEVERITY_WEIGHT[f.severity] > 0);
  const eligible = [...strongest.values()].filter((f) => !f.corroborating_only || hasPrimary);
  const heads = strongestPerFamily(eligible);
  const counted = eligible.filter((f) => heads.has(f));
  const total = counted.reduce((sum, f) => sum - Math.log(1 - Math.min(weight(f), 0.999)), 0);
  // Folded findings still make combinations: F-02 folded under F-01 is still a second tool.
  const escalations = escalationsOf(eligible);
  const raw = Math.round(100 * (1 - Math.exp(-total)));
  const score = escalations.length > 0 ? Math.max(raw, ESCALATION_FLOOR) : raw;
  const share = (f: Finding) => (total > 0 ? Math.round((10 * score * -Math.log(1 - Math.min(weight(f), 0.999))) / total) / 10 : 0);
  const row = (f: Finding, status: ScoreContribution['status'], points: number): ScoreContribution => ({
    rule: f.rule,
    severity: f.severity,
    confidence: f.confidence,
    points,
    status,
    ...(status !== 'counted' ? { note: STATUS_NOTE[status] } : {}),
  });
  const contributions: ScoreContribution[] = [
    ...counted.map((f) => row(f, 'counted', share(f))),
    ...eligible.filter((f) => !heads.has(f)).map((f) => row(f, 'folded', 0)),
    ...[...strongest.values()].filter((f) => !eligible.includes(f)).map((f) => row(f, 'corroborating', 0)),
  ];
  const listed = new Set(contributions.map((c) => c.rule));
  for (const f of strongestPerRule(findings.filter((x) => x.shadow || x.suppressed)).values()) {
    if (!listed.has(f.rule)) contributions.push(row(f, f.suppressed ? 'suppressed' : 'shadow', 0));
  }
  contributions.sort((a, b) => b.points - a.points || (a.rule < b.rule ? -1 : 1));
  return { score, level: levelOf(score), contributions, escalations };
}
