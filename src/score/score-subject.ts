import type { Finding } from '../model/finding.js';
import type { Level, Severity } from '../model/severity.js';
import type { ScoreContribution } from '../model/subject.js';

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

/** A subject's score with the share each rule contributed. */
export interface SubjectScore {
  score: number;
  level: Level;
  contributions: ScoreContribution[];
}

/**
 * Combines findings as independent evidence (noisy-OR): each rule counts once, with its strongest
 * finding, so one noisy rule cannot add up to a high score by repetition. Corroborating-only rules
 * count only when another rule has fired. Points are each rule's share of the score, so they add
 * up to it.
 */
export function scoreSubject(findings: readonly Finding[]): SubjectScore {
  const strongest = new Map<string, Finding>();
  for (const f of findings) {
    const p = SEVERITY_WEIGHT[f.severity] * f.confidence;
    const current = strongest.get(f.rule);
    if (!current || p > SEVERITY_WEIGHT[current.severity] * current.confidence) strongest.set(f.rule, f);
  }
  const hasPrimary = [...strongest.values()].some((f) => !f.corroborating_only && SEVERITY_WEIGHT[f.severity] > 0);
  const parts = [...strongest.values()].map((f) => {
    const counted = !f.corroborating_only || hasPrimary;
    const p = counted ? SEVERITY_WEIGHT[f.severity] * f.confidence : 0;
    return { finding: f, p, note: counted ? undefined : 'corroborating only: counts only beside another finding' };
  });
  const total = parts.reduce((sum, part) => sum - Math.log(1 - Math.min(part.p, 0.999)), 0);
  const score = Math.round(100 * (1 - Math.exp(-total)));
  const contributions = parts
    .map(({ finding, p, note }) => ({
      rule: finding.rule,
      severity: finding.severity,
      confidence: finding.confidence,
      points: total > 0 ? Math.round((10 * score * -Math.log(1 - Math.min(p, 0.999))) / total) / 10 : 0,
      ...(note ? { note } : {}),
    }))
    .sort((a, b) => b.points - a.points || (a.rule < b.rule ? -1 : 1));
  return { score, level: levelOf(score), contributions };
}
