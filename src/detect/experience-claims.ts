// Reads "since when" a résumé says its author has used a technology. Deliberately narrow: a
// duration or a date counts only when it is attached to the technology's name ("10 years of React",
// "React since 2011", "React (2011–2014)", "React: 10 years"). In "10 years of experience in Node.js,
// React and AWS" only Node.js gets the ten years: the rest of such a list describes a career, not a
// claim about each item.
import { TECHNOLOGY_RELEASES, type TechnologyRelease } from './technology-releases.js';

/** One dated claim of experience with a technology. */
export interface ExperienceClaim {
  technology: TechnologyRelease;
  /** The first year the text says the technology was used. */
  from: number;
  /** The words that make the claim. */
  phrase: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const YEARS = `\\s*\\+?\\s*(?:years?|yrs?)['’]?`;
const QUALIFIER = '(?:(?:professional|hands-on|commercial|production|industry|solid|extensive|deep|proven|practical)\\s+)*';
const LINK = '(?:(?:in|with|of|using|on|building(?:\\s+with)?|developing(?:\\s+(?:with|in))?|writing|programming(?:\\s+in)?)\\s+)?';

/** "10+ years of hands-on experience with " right before the name. */
const YEARS_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])${COUNT}${YEARS}\\s+(?:of\\s+)?${QUALIFIER}(?:experience\\s+|expertise\\s+)?${LINK}$`, 'iu');
/** " (10 years)", ": 10+ yrs", " experience – 10 years" right after the name. */
const YEARS_AFTER = new RegExp(`^\\s*(?:experience\\s*)?[:(\\-–—]\\s*${COUNT}${YEARS}(?![\\p{L}])\\)?`, 'iu');
/** " since 2011", " (since 2011)". */
const SINCE_AFTER = /^\s*\(?\s*(?:experience\s+)?since\s+((?:19|20)\d\d)(?!\d)/i;
/**
 * " (2011–2014)", ": 2011 - present", " 2011-2014". Not after a comma: "(JavaScript, React, 2011–2014)"
 * dates a job, and the job may have adopted React in its last year.
 */
const RANGE_AFTER = /^\s*[:(\-–—]?\s*((?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|now|current|today)(?![\p{L}\p{N}])\)?/iu;

interface Mention {
  technology: TechnologyRelease;
  start: number;
  end: number;
}

const matchers = new Map<TechnologyRelease, RegExp>();
function matcherOf(technology: TechnologyRelease): RegExp {
  let re = matchers.get(technology);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${technology.pattern.source})(?![\\p{L}\\p{N}_])`, `${technology.pattern.flags}gu`);
    matchers.set(technology, re);
  }
  return re;
}

/** Every technology name in the text; where two overlap, the longer wins ("React Native" over "React"). */
function mentions(text: string, table: readonly TechnologyRelease[]): Mention[] {
  const all: Mention[] = [];
  for (const technology of table) {
    for (const m of text.matchAll(matcherOf(technology))) all.push({ technology, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

const count = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/**
 * The dated experience claims of a text. Durations need the application year to become a start
 * year; without it only explicit years ("since 2011", "2011–2014") are read. Years before 1970 or
 * after the application are misreadings and are dropped.
 */
export function experienceClaims(text: string, appliedYear: number | undefined, table: readonly TechnologyRelease[] = TECHNOLOGY_RELEASES): ExperienceClaim[] {
  const claims: ExperienceClaim[] = [];
  for (const { technology, start, end } of mentions(text, table)) {
    const before = text.slice(Math.max(0, start - 100), start);
    const after = text.slice(end, end + 60);
    const name = text.slice(start, end);
    let from: number | undefined;
    let phrase = '';
    const yearsBefore = appliedYear === undefined ? null : YEARS_BEFORE.exec(before);
    const yearsAfter = appliedYear === undefined ? null : YEARS_AFTER.exec(after);
    const since = SINCE_AFTER.exec(after);
    const range = RANGE_AFTER.exec(after);
    if (yearsBefore) [from, phrase] = [appliedYear! - count(yearsBefore[1]!), `${before.slice(yearsBefore.index).trimStart()}${name}`];
    else if (yearsAfter) [from, phrase] = [appliedYear! - count(yearsAfter[1]!), `${name}${yearsAfter[0]}`];
    else if (since) [from, phrase] = [Number(since[1]), `${name}${since[0]}`];
    else if (range) [from, phrase] = [Number(range[1]), `${name}${range[0]}`];
    if (from === undefined || from < 1970 || (appliedYear !== undefined && from > appliedYear)) continue;
    claims.push({ technology, from, phrase: phrase.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '').trim() });
  }
  return claims;
}
