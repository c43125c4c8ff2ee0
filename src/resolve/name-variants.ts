// Name comparison for resolution: one person's name as HR, the IdP, the ATS and payroll spell it.
// Used only to decide whether two records are the same person; a name, its script or its origin is
// never evidence against anyone.
import { jaroWinkler } from './jaro-winkler.js';
import { canonicalKoreanSurname } from './korean-surnames.js';
import { hasHangul, romanizeHangulName } from './romanize-hangul.js';

/** Two names agree (the same person may carry both) at or above this similarity. */
export const NAME_AGREEMENT = 0.9;

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
/** Latin letters NFKD does not decompose. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir']);
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A romanized Korean syllable sequence (RR, McCune-Reischauer and customary spellings). */
const ROMANIZED_SYLLABLES = /^(?:(?:kk|gg|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?(?:yeo|yae|wae|eo|eu|ae|ai|ya|ye|wa|oe|yo|oo|wo|we|wi|yu|ui|ee|ou|[aeiou])(?:ng|[kgntdlmpb])?)+$/;

/** A parsed name: its word tokens and the spellings it is compared under. */
export interface ParsedName {
  /** Folded words in order, hyphenated parts joined ("Min-jun" → "minjun"). */
  tokens: string[];
  /** Token lists to compare: the tokens and, for names of three or four words, each with two adjacent words joined ("Kim Min Jun" → "kim minjun"). */
  variants: string[][];
  /** jr, sr, ii…: a different generation is a different person. */
  generation?: string;
  /** Order-independent key of the canonical tokens, for counting how common a name is. */
  key: string;
}

function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The spelling a token is compared under: a Korean family name → its canonical romanization; a
 * token that reads as romanized Korean syllables → vowel and consonant spellings folded
 * (eo/oo/eu → u, ee/ui → i, ae/ai → e, ch → j, k/p/t → g/b/d, doubled letters single), so
 * "Hyeonu" = "Hyunwoo" and "Jihun" = "Jihoon". Other tokens stay as they are.
 */
export function canonicalToken(token: string): string {
  const surname = canonicalKoreanSurname(token);
  if (surname) return surname;
  if (!ROMANIZED_SYLLABLES.test(token)) return token;
  return token
    .replace(/eo|oo|eu|ou/g, 'u')
    .replace(/ee|ui/g, 'i')
    .replace(/ae|ai/g, 'e')
    .replace(/wu/g, 'u')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/p/g, 'b')
    .replace(/t/g, 'd')
    .replace(/(.)\1/g, '$1');
}

/** Parses a display name; undefined when it has no letters. */
export function parseName(name: string | undefined): ParsedName | undefined {
  if (!name) return undefined;
  const words = hasHangul(name) ? romanizeHangulName(name).join(' ') : name;
  let generation: string | undefined;
  const tokens: string[] = [];
  for (const word of transliterate(words).split(/[\s,.;/()]+/)) {
    const token = word.replace(/['’`]/g, '').split(/[^\p{L}\p{N}]+/u).join('');
    if (!token || TITLES.has(token)) continue;
    if (GENERATIONS.has(token)) {
      generation = token;
      continue;
    }
    tokens.push(token);
  }
  if (tokens.length === 0) return undefined;
  const variants = [tokens];
  // Joining never leaves a single word: one long word compares too leniently ("ethanwalker" ~ "ethanwalters").
  if (tokens.length >= 3 && tokens.length <= 4) {
    for (let i = 0; i + 1 < tokens.length; i++) variants.push([...tokens.slice(0, i), tokens[i]! + tokens[i + 1]!, ...tokens.slice(i + 2)]);
  }
  const key = tokens.map(canonicalToken).sort().join(' ');
  return { tokens, variants, ...(generation ? { generation } : {}), key };
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // An initial stands for any word it begins.
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return 0.9;
  const ca = canonicalToken(a);
  const cb = canonicalToken(b);
  if (ca === cb) return 1;
  const s = Math.max(jaroWinkler(a, b), jaroWinkler(ca, cb));
  // Winkler's prefix bonus rates a longer name that extends a shorter one ("Park"/"Parker") as a typo.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length - short.length >= 2 && long.startsWith(short) ? Math.min(s, 0.85) : s;
}

/** Greedy best matching of the smaller list into the larger; the weakest matched word decides. */
function listSimilarity(a: readonly string[], b: readonly string[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < small.length; i++) for (let j = 0; j < large.length; j++) pairs.push({ i, j, s: tokenSimilarity(small[i]!, large[j]!) });
  pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedSmall = new Set<number>();
  const usedLarge = new Set<number>();
  let weakest = 1;
  for (const { i, j, s } of pairs) {
    if (usedSmall.has(i) || usedLarge.has(j)) continue;
    usedSmall.add(i);
    usedLarge.add(j);
    weakest = Math.min(weakest, s);
  }
  // One word against a full name ("Kim" vs "Kim Minjun") says little; extra middle names cost a little.
  if (small.length === 1 && large.length > 1) weakest *= 0.7;
  return Math.max(0, weakest - 0.02 * (large.length - small.length));
}

/**
 * How alike two names are, in [0, 1], across word order ("Minjun Kim" = "Kim Min-jun"), scripts
 * (김민준, Сергей), accents, romanization variants and initials. Different generations (Jr/Sr) are 0.
 */
export function nameSimilarity(a: ParsedName, b: ParsedName): number {
  if (a.generation && b.generation && a.generation !== b.generation) return 0;
  if (a.key === b.key) return 1;
  let best = 0;
  for (const va of a.variants) for (const vb of b.variants) best = Math.max(best, listSimilarity(va, vb));
  return Math.round(best * 1000) / 1000;
}

/** True when both names are present and agree, i.e. they may name the same person. */
export function namesAgree(a: ParsedName | undefined, b: ParsedName | undefined): boolean {
  return !!a && !!b && nameSimilarity(a, b) >= NAME_AGREEMENT;
}
