/**
 * What screening says about one applicant: a verdict, the reasons behind it, and which checks ran.
 * A reason marked `corroborating_only` (persona-style handles, free-hosted portfolios) is shown but
 * never moves the verdict: it can only support a reason that does.
 */

/** Verdicts in order of severity. */
export const VERDICTS = ['clear', 'review', 'reject-recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How much one reason weighs: `info` is shown and never moves the verdict. */
export type ReasonLevel = 'info' | 'review' | 'reject-recommended';

/** One reason, with the evidence a reviewer needs to confirm or clear it. */
export interface ScreenReason {
  /** The check that produced it, e.g. `watchlist.name`, `database.shared-identifier`. */
  check: string;
  /** The research catalog's indicator id (A-01, G-02…), when one applies. */
  indicator?: string;
  level: ReasonLevel;
  corroborating_only: boolean;
  summary: string;
  evidence: Record<string, unknown>;
}

/** Whether a check ran for this applicant, and if not, why not. */
export interface CheckStatus {
  id: string;
  ran: boolean;
  detail: string;
}

/** One check's outcome. */
export interface CheckOutcome {
  status: CheckStatus;
  reasons: ScreenReason[];
}

/** The screening of one applicant. */
export interface ApplicantScreening {
  applicant_id: string;
  name: string | null;
  /** Where the applicant was read (file:line). */
  source: string;
  verdict: Verdict;
  reasons: ScreenReason[];
  checks: CheckStatus[];
}

/** True when `verdict` is at or above `threshold`. */
export function verdictAtLeast(verdict: Verdict, threshold: Verdict): boolean {
  return VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(threshold);
}

/** The verdict of a set of reasons: the heaviest reason that is not corroborating-only. */
export function verdictOf(reasons: readonly ScreenReason[]): Verdict {
  let verdict: Verdict = 'clear';
  for (const r of reasons) {
    if (r.corroborating_only || r.level === 'info') continue;
    if (verdictAtLeast(r.level, verdict)) verdict = r.level;
  }
  return verdict;
}

/** A check that ran. */
export const ran = (id: string, detail: string, reasons: ScreenReason[] = []): CheckOutcome => ({ status: { id, ran: true, detail }, reasons });

/** A check that could not run, and why (the output must say so rather than imply a clean result). */
export const skipped = (id: string, detail: string): CheckOutcome => ({ status: { id, ran: false, detail }, reasons: [] });
