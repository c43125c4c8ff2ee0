// Revised Romanization of Korean, syllable by syllable, from the Unicode decomposition of Hangul
// syllables (U+AC00 + (initial × 21 + medial) × 28 + final). Sound changes across syllables are not
// applied: names are romanized syllable by syllable in practice, and comparison folds the rest.

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Two-syllable Korean surnames: a four-syllable name written without spaces splits after them. */
const DOUBLE_SURNAMES = new Set(['남궁', '선우', '제갈', '황보', '독고', '사공', '서문', '동방', '어금', '망절']);

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** True when the text contains a precomposed Hangul syllable. */
export function hasHangul(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FIRST && code <= LAST) return true;
  }
  return false;
}

/** The Revised Romanization of one Hangul syllable, or the character itself when it is not one. */
export function romanizeSyllable(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < FIRST || code > LAST) return ch;
  const index = code - FIRST;
  const initial = Math.floor(index / (21 * 28));
  const medial = Math.floor((index % (21 * 28)) / 28);
  const final = index % 28;
  return INITIALS[initial]! + MEDIALS[medial]! + FINALS[final]!;
}

/**
 * Splits a Korean name written in Hangul into family name and given name and romanizes both:
 * "김민준" → ["gim", "minjun"]; "남궁민" → ["namgung", "min"]. Words already separated by spaces are
 * romanized as they are.
 */
export function romanizeHangulName(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && hasHangul(words[0]!)) {
    const chars = [...words[0]!];
    if (chars.length >= 2 && chars.length <= 4) {
      const surnameLength = chars.length >= 3 && DOUBLE_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
      return [chars.slice(0, surnameLength), chars.slice(surnameLength)].map((part) => part.map(romanizeSyllable).join(''));
    }
  }
  return words.map((word) => [...word].map(romanizeSyllable).join(''));
}
