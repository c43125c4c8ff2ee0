// The handle shape of IT-worker personas: generic "developer" words plus a three- or four-digit
// month-and-day suffix (smartdev0205, fulldev114, webstar1014, EliteDev619). Real people also put
// numbers after their handles, mostly birth years and their own names (john.smith1987,
// elizabeth.smart0412), so both are taken out before a word counts.

/** The catalog's word family (research A-08), plus words the published persona handles use. */
export const PERSONA_WORDS = [
  'dev', 'developer', 'coder', 'smart', 'top', 'talent', 'senior', 'full', 'master', 'super', 'star', 'expert',
  'web', 'block', 'chain', 'sol', 'rust', 'elite', 'crypto',
] as const;

/** Why a handle looks like a persona's, or undefined. */
export interface PersonaMatch {
  word: string;
  suffix: string;
}

/** Three or four digits that read as a month and day: MDD or MMDD (1225, 619). Years (19xx, 20xx) never do. */
export function isMonthDay(digits: string): boolean {
  const [month, day] = digits.length === 3 ? [Number(digits.slice(0, 1)), Number(digits.slice(1))] : [Number(digits.slice(0, 2)), Number(digits.slice(2))];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const BIRTH_YEAR = /^(?:19[3-9]\d|20[0-2]\d)$/;

/**
 * Matches a handle (an e-mail local part or a GitHub login) against the persona shape. A word counts
 * when it is a whole part of the handle (between separators or at a camelCase change), ends the
 * letters, or — for words of five letters or more — starts them: "Devin", "Webb", "Rusty" and
 * "Webster" begin like short words and are names. Words of the person's own name are removed first.
 */
export function personaHandle(
  handle: string,
  ownName: string | undefined,
  options: { words: readonly string[]; requireMonthDay: boolean },
): PersonaMatch | undefined {
  const m = /^([A-Za-z][A-Za-z._-]*?)[._-]?(\d{3,4})$/.exec(handle.trim());
  if (!m) return undefined;
  const [, letters = '', suffix = ''] = m;
  if (options.requireMonthDay ? !isMonthDay(suffix) : BIRTH_YEAR.test(suffix)) return undefined;
  const nameWords = (ownName ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^a-z]+/).filter((w) => w.length >= 3);
  const segments = letters
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s._-]+/)
    .filter((s) => s !== '' && !nameWords.includes(s));
  let compact = segments.join('');
  for (const w of nameWords) compact = compact.replaceAll(w, '');
  if (compact === '') return undefined;
  const words = options.words.map((w) => w.toLowerCase()).filter((w) => !nameWords.includes(w));
  const word =
    words.find((w) => segments.includes(w)) ??
    words.filter((w) => compact.endsWith(w)).sort((a, b) => b.length - a.length)[0] ??
    words.filter((w) => w.length >= 5 && compact.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  return word ? { word, suffix } : undefined;
}

/** The login of a GitHub profile URL (`https://github.com/EliteDev619/repo` → `EliteDev619`). */
export function githubLogin(url: string): string | undefined {
  const m = /(?:^|\/\/|\.)github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:[/?#]|$)/i.exec(url.trim());
  return m?.[1];
}
