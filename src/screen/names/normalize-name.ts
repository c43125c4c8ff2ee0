import anyAscii from 'any-ascii';

/**
 * Name normalization for screening: one script (ASCII via any-ascii), one case, no diacritics or
 * punctuation, tokens split at spaces and hyphens (joined and hyphenated given names are reconciled
 * later by comparing adjacent tokens together), and the tokens that carry no identity set aside.
 */

/** Legal forms and generic organization words: never evidence that two names are the same. */
export const WEAK_TOKENS: ReadonlySet<string> = new Set([
  'co', 'corp', 'corporation', 'company', 'companies', 'inc', 'incorporated', 'llc', 'ltd', 'limited', 'plc', 'llp', 'lp',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'gmbh', 'ag', 'kg', 'bv', 'nv', 'ab', 'as', 'oy', 'pte', 'pty', 'jsc', 'ojsc', 'cjsc',
  'ooo', 'oao', 'zao', 'pao', 'fze', 'fzco', 'fzc', 'fzllc', 'dmcc', 'cv', 'sde', 'rl', 'kk', 'bhd', 'sdn',
  'group', 'holding', 'holdings', 'international', 'intl', 'global', 'trading', 'trade', 'enterprise', 'enterprises',
  'industries', 'industrial', 'services', 'service', 'general', 'bank', 'association', 'foundation', 'organization',
  'the', 'and', 'of', 'for', 'et', 'y', 'und',
]);

/** Honorifics and particles: kept for display, but not counted as name evidence. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir',
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ben',
  'de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'di',
]);

const HANGUL_SYLLABLES = /[\uAC00-\uD7A3]+/gu;

/**
 * A run of Hangul syllables is one written word: "김정은". any-ascii would join it into "GimJeongEun";
 * a name of two to four syllables reads as family name + given name, so it becomes "Gim Jeongeun"
 * (two-syllable family names such as 남궁 are rare enough to be left to the fuzzy comparison).
 */
function romanizeHangul(text: string): string {
  return text.replace(HANGUL_SYLLABLES, (run) => {
    const syllables = [...run].map((s) => anyAscii(s).toLowerCase());
    if (syllables.length >= 2 && syllables.length <= 4) return ` ${syllables[0]} ${syllables.slice(1).join('')} `;
    return ` ${syllables.join('')} `;
  });
}

/** Folds a name to lower-case ASCII words separated by single spaces (hyphens become spaces). */
export function foldName(text: string): string {
  let out = text.normalize('NFKC');
  if (/[\uAC00-\uD7A3]/u.test(out)) out = romanizeHangul(out);
  // any-ascii also strips diacritics (Müller → Muller, Nguyễn → Nguyen) and reads other scripts.
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(out)) out = anyAscii(out);
  return out
    .toLowerCase()
    // Apostrophes mark McCune-Reischauer breaks (Cho'ng) and Irish names (O'Brien): letters join.
    .replace(/['’`ʼ‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One-letter Korean surnames as transliterated (이 → I, 오 → O, 우 → U); other single letters are initials. */
const KOREAN_ONE_LETTER: ReadonlySet<string> = new Set(['i', 'o', 'u']);

/** A name ready for comparison. */
export interface PreparedName {
  /** As written. */
  raw: string;
  /** The folded words, in order, particles and legal forms included. */
  words: string[];
  /** The words that can be evidence (not weak, not particles, not single letters). */
  tokens: string[];
  /** Total letters in `tokens`: very short names are not screened. */
  letters: number;
}

/** Prepares a name: folds it and picks out the tokens that count as evidence. */
export function prepareName(raw: string): PreparedName {
  const words = foldName(raw).split(' ').filter((w) => w !== '');
  const tokens = words.filter((w) => !WEAK_TOKENS.has(w) && !PARTICLES.has(w) && (w.length > 1 || /\d/.test(w) || KOREAN_ONE_LETTER.has(w)));
  let letters = 0;
  for (const t of tokens) letters += t.length;
  return { raw, words, tokens, letters };
}
