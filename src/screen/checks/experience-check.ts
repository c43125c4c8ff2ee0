import rule from '../../detect/rules/applicant-anachronistic-experience.rule.js';
import { experienceClaims } from '../../detect/experience-claims.js';
import type { ApplicantFacts } from '../applicant-facts.js';
import { ran, skipped, type CheckOutcome, type ScreenReason } from '../screen-result.js';

/**
 * A-06, anachronistic experience, read exactly as the `applicant.anachronistic-experience` rule reads it
 * (its claim reader, its technology release table, its default tolerance), so a screening and a later
 * analysis of the same résumé agree. The reference year is the application date, else the screening
 * date: a screened applicant is applying now.
 */

const TOLERANCE_YEARS = rule.options.parse({}).toleranceYears;

/** Runs A-06 on the résumé text. */
export function experienceCheck(facts: ApplicantFacts, today: Date): CheckOutcome {
  if (!facts.resumeText) return skipped('record.experience', 'no resume_text on the application (the text of the résumé, not only its file name)');
  const reference = facts.appliedYear ?? today.getUTCFullYear();
  const seen = new Set<string>();
  const reasons: ScreenReason[] = [];
  for (const claim of experienceClaims(facts.resumeText, reference)) {
    const { technology, from, phrase } = claim;
    if (from >= technology.year - TOLERANCE_YEARS || seen.has(technology.name)) continue;
    seen.add(technology.name);
    reasons.push({
      check: 'record.experience',
      indicator: 'A-06',
      level: 'review',
      corroborating_only: false,
      summary: `"${phrase}" in ${reference} dates ${technology.name} experience to ${from}, before its first public release in ${technology.year}${technology.preview ? ` (previews: ${technology.preview})` : ''}. Ask where it was used: an insider at its maker, or a typo, is the innocent reading`,
      evidence: { claim: phrase, technology: technology.name, claimed_from: from, released: technology.year, tolerance_years: TOLERANCE_YEARS, reference_year: reference },
    });
  }
  return ran('record.experience', `résumé text read for dated experience claims (reference year ${reference}${facts.appliedYear ? ', the application' : ', the screening'}; ${TOLERANCE_YEARS} year of tolerance)`, reasons);
}
