import type { IdentityRecord } from '../model/identity-record.js';
import { formatRawRef } from '../model/raw-ref.js';
import { applicantFacts } from './applicant-facts.js';
import { databaseChecks } from './checks/database-checks.js';
import { experienceCheck } from './checks/experience-check.js';
import { handleCheck, portfolioCheck } from './checks/persona-checks.js';
import { addressCheck, applicationIpCheck, emailCheck, phoneCheck, type RecordEnrichers } from './checks/record-checks.js';
import { watchlistChecks } from './checks/watchlist-check.js';
import type { DbIndex } from './db-index.js';
import { verdictOf, type ApplicantScreening, type ReasonLevel } from './screen-result.js';
import type { WatchIndex } from './watch-index.js';

/**
 * Screens one applicant: watch lists, the people already known, and the application on its own.
 * Pure: everything it needs is prepared by the caller once per run.
 */

/** What a screening run has prepared. */
export interface ScreenContext {
  lists?: WatchIndex;
  db?: DbIndex;
  enrich: RecordEnrichers;
  today: Date;
}

/** What the output says about fairness, verbatim in every report. */
export const FAIRNESS_NOTE =
  'No check uses nationality, ethnicity, name origin or language. Country is used only as a supporting feature of a ' +
  'name match (never against the applicant) and to compare a phone number with the claimed home. Persona-style ' +
  'handles and free-hosted portfolios only corroborate: they never change a verdict.';

const ORDER: Record<ReasonLevel, number> = { 'reject-recommended': 0, review: 1, info: 2 };

/** Screens one applicant record. */
export function screenApplicant(record: IdentityRecord, ctx: ScreenContext): ApplicantScreening {
  const facts = applicantFacts(record);
  const outcomes = [
    ...watchlistChecks(facts, ctx.lists),
    ...databaseChecks(facts, ctx.db),
    phoneCheck(facts, ctx.enrich),
    emailCheck(facts, ctx.enrich),
    addressCheck(facts, ctx.enrich),
    applicationIpCheck(facts, ctx.enrich),
    experienceCheck(facts, ctx.today),
    portfolioCheck(facts),
    handleCheck(facts),
  ];
  const reasons = outcomes.flatMap((o) => o.reasons).sort((a, b) => ORDER[a.level] - ORDER[b.level] || Number(a.corroborating_only) - Number(b.corroborating_only));
  return {
    applicant_id: record.applicant_id ?? record.source_id,
    name: record.name ?? null,
    source: formatRawRef(record.raw_ref),
    verdict: verdictOf(reasons),
    reasons,
    checks: outcomes.map((o) => o.status),
  };
}
