import type { AlignedPair, NameAlignment } from './name-score.js';
import { round } from './name-score.js';

/**
 * The score of a name match and its explanation. The name part is the token-set similarity of the
 * alignment (each pair weighted by its Jaro-Winkler or variant score). Date of birth and country
 * only support it, and only when both sides have them: a matching date adds, a clearly different
 * year subtracts; a country adds when equal and never subtracts — people move, and the people this
 * looks for claim to live somewhere they do not.
 */

/** Bonus for the same date of birth, and for the same year only. */
export const DOB_SAME_DATE = 0.06;
export const DOB_SAME_YEAR = 0.03;
/** Penalty when both years are known and more than a year apart. */
export const DOB_DIFFERENT = -0.15;
export const COUNTRY_SAME = 0.02;
/**
 * A partial match (tokens left over on either side) on fewer matched letters than this is short
 * evidence: "Kang Min" inside "Ji-min Kang". It is marked down so that it needs a date of birth to
 * reach the threshold. Name length, not origin, decides: short names simply carry less information.
 */
export const SHORT_PARTIAL_LETTERS = 9;
export const SHORT_PARTIAL = -0.05;

/** Why a name matched, with each part of the score. */
export interface NameMatchExplanation {
  query: string;
  listed: string;
  score: number;
  parts: {
    token_set: number;
    /** Mean Jaro-Winkler/variant score of the aligned pairs. */
    jaro_winkler: number;
    dob: number;
    country: number;
    /** SHORT_PARTIAL when tokens are left over and fewer than SHORT_PARTIAL_LETTERS letters matched. */
    short_partial: number;
  };
  pairs: AlignedPair[];
  unmatched_query: string[];
  unmatched_listed: string[];
  notes: string[];
}

/** Supporting facts of the applicant side. */
export interface Support {
  birthDate?: string;
  country?: string;
}

function dobEffect(applicant: string | undefined, listed: readonly string[], notes: string[]): number {
  if (!applicant || listed.length === 0) return 0;
  const year = applicant.slice(0, 4);
  if (listed.includes(applicant.slice(0, 10)) && applicant.length >= 10) {
    notes.push(`same date of birth ${applicant.slice(0, 10)}`);
    return DOB_SAME_DATE;
  }
  const years = listed.map((d) => Number(d.slice(0, 4)));
  if (years.includes(Number(year))) {
    notes.push(`same year of birth ${year}`);
    return DOB_SAME_YEAR;
  }
  if (years.every((y) => Math.abs(y - Number(year)) > 1)) {
    notes.push(`different year of birth (${year} vs listed ${[...new Set(years)].join(', ')})`);
    return DOB_DIFFERENT;
  }
  return 0;
}

/** Scores an alignment with the supporting facts; `listed*` are the entry's. */
export function scoreNameMatch(query: string, listed: string, alignment: NameAlignment, support: Support, listedDates: readonly string[], listedCountries: readonly string[]): NameMatchExplanation {
  const notes: string[] = [];
  const dob = dobEffect(support.birthDate, listedDates, notes);
  let country = 0;
  if (support.country && listedCountries.includes(support.country)) {
    country = COUNTRY_SAME;
    notes.push(`same country ${support.country}`);
  }
  const pairs = alignment.aligned;
  const partial = alignment.unmatchedQuery.length + alignment.unmatchedListed.length > 0;
  const shortPartial = partial && alignment.matchedLetters < SHORT_PARTIAL_LETTERS ? SHORT_PARTIAL : 0;
  if (shortPartial) notes.push(`partial match on ${alignment.matchedLetters} letters (under ${SHORT_PARTIAL_LETTERS}): marked down`);
  const jw = pairs.length === 0 ? 0 : pairs.reduce((s, p) => s + p.score, 0) / pairs.length;
  const score = Math.max(0, Math.min(1, alignment.tokenSet + dob + country + shortPartial));
  return {
    query,
    listed,
    score: round(score),
    parts: { token_set: round(alignment.tokenSet), jaro_winkler: round(jw), dob, country, short_partial: shortPartial },
    pairs,
    unmatched_query: alignment.unmatchedQuery,
    unmatched_listed: alignment.unmatchedListed,
    notes,
  };
}

/** One line for a text report: `kim≈gim (variant), jong un=jongun (joined) …`. */
export function describePairs(pairs: readonly AlignedPair[]): string {
  return pairs
    .map((p) => (p.how === 'exact' ? `${p.query}=${p.listed}` : `${p.query}≈${p.listed} (${p.how === 'variant' ? `romanization variant${p.reading ? `; reading ${p.reading}` : ''}` : `spelling ${p.score}`})`) + (p.joined && p.how === 'exact' ? ' (joined)' : ''))
    .join(', ');
}
