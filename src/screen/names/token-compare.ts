import { editDistance, jaroWinkler } from '../../resolve/jaro-winkler.js';
import { isSyllable, romanizationKeys } from './korean-variants.js';

/** One name token with what comparisons need precomputed. */
export interface TokenInfo {
  text: string;
  /** Interned ids of its Korean romanization keys (empty when the table cannot read it). */
  keys: readonly number[];
  /** The token is one Korean syllable spelling of the table (Jung, Choi). */
  syllable: boolean;
}

/** How two tokens were found equal. */
export type PairHow = 'exact' | 'variant' | 'spelling';

/** Score of a romanization variant: nearly exact, but an exact spelling still ranks above it. */
export const VARIANT_SCORE = 0.95;

/**
 * What counts as a spelling difference (a typo): at most one edit (two from eight letters on) and a
 * Jaro-Winkler similarity of at least SPELLING_FLOOR, which is then the pair's score. Jaro-Winkler
 * alone misses a typo near the start (Sntiago, Santiago: 0.88) and rates shared prefixes as close
 * (Jong, Jongun), so the edit count decides and Jaro-Winkler grades. Tokens under four letters get
 * no spelling matches at all: one letter turns Kim into Kin and Un into In — different names; and
 * under six letters the first letter must agree.
 */
export const SPELLING_FLOOR = 0.8;

const keyIds = new Map<string, number>();
const infoCache = new Map<string, TokenInfo>();
const INFO_CACHE_LIMIT = 200_000;

/** The token with its keys; memoized, because list tokens and applicant tokens repeat constantly. */
export function tokenInfo(text: string): TokenInfo {
  let info = infoCache.get(text);
  if (info) return info;
  const keys = romanizationKeys(text).map((key) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  });
  info = { text, keys, syllable: isSyllable(text) };
  if (infoCache.size >= INFO_CACHE_LIMIT) infoCache.clear();
  infoCache.set(text, info);
  return info;
}

function shareKey(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** A token comparison that found the same word. */
export interface TokenMatch {
  score: number;
  how: PairHow;
}

// Shared answers: screening compares many token pairs and most equal ones are exact or variants.
const EXACT: TokenMatch = Object.freeze({ score: 1, how: 'exact' });
const VARIANT: TokenMatch = Object.freeze({ score: VARIANT_SCORE, how: 'variant' });

/** Similarity of two tokens and how it was reached, or undefined when they are not the same word. */
export function compareTokens(a: TokenInfo, b: TokenInfo): TokenMatch | undefined {
  if (a.text === b.text) return EXACT;
  if (a.keys.length > 0 && b.keys.length > 0 && shareKey(a.keys, b.keys)) return VARIANT;
  const shorter = Math.min(a.text.length, b.text.length);
  if (shorter < 4) return undefined;
  // Digits are identifiers (GROUP 77, a year): they are equal or they are different.
  if (/\d/.test(a.text) || /\d/.test(b.text)) return undefined;
  // Short words that differ in their first letter are different words (Hong, Wong; Hoon, Moon).
  if (shorter < 6 && a.text.charCodeAt(0) !== b.text.charCodeAt(0)) return undefined;
  // Two different Korean syllables are two names, not a typo of one (Jung, Jang; Choi, Chol).
  if (a.syllable && b.syllable) return undefined;
  const maxEdits = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.text.length - b.text.length) > maxEdits) return undefined;
  const jw = jaroWinkler(a.text, b.text);
  if (jw < SPELLING_FLOOR || editDistance(a.text, b.text, maxEdits) > maxEdits) return undefined;
  return { score: jw, how: 'spelling' };
}
