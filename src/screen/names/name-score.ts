import { sharedReading } from './korean-variants.js';
import { compareTokens, tokenInfo, type PairHow, type TokenInfo } from './token-compare.js';

/**
 * Token alignment of two names. Pairs are one token each, or one token against two adjacent tokens
 * joined (Sang Man ↔ Sangman); they are taken best first, one-to-one, so order never matters.
 * Screening aligns a few dozen names per applicant, so the scoring pass works in reused scratch
 * arrays and bitmasks and allocates nothing; only a name that clears the threshold is explained.
 */

/** Two aligned pieces of two names. */
export interface AlignedPair {
  query: string;
  listed: string;
  how: PairHow;
  score: number;
  /** True when one side was two adjacent tokens read as one (Sang Man ↔ Sangman). */
  joined?: boolean;
  /** For a romanization variant: the Korean reading both spell, syllables by their table label (`jeong·eun`). */
  reading?: string;
}

/** The numbers of an alignment (a shared object, valid until the next call). */
export interface AlignmentScore {
  /** 2·Σ(pair score × tokens it covers) / (tokens of both names): order-free, 1 for the same tokens. */
  tokenSet: number;
  /** Letters of the query tokens that found a partner. */
  matchedLetters: number;
  pairs: number;
  /** Pairs that are exact or romanization variants (not only similar spellings). */
  strong: number;
  /** How the only pair matched, when there is exactly one. */
  onlyHow: PairHow | undefined;
}

/** The explained alignment. */
export interface NameAlignment extends AlignmentScore {
  aligned: AlignedPair[];
  unmatchedQuery: string[];
  unmatchedListed: string[];
}

const HOWS: readonly PairHow[] = ['exact', 'variant', 'spelling'];
const HOW_INDEX: Record<PairHow, number> = { exact: 0, variant: 1, spelling: 2 };

// Scratch: candidate pairs as bitmasks of the tokens they cover, with score and how.
const qBits: number[] = [];
const cBits: number[] = [];
const scores: number[] = [];
const hows: number[] = [];
const order: number[] = [];
const chosen: number[] = [];
let count = 0;

function push(q: number, c: number, score: number, how: PairHow): void {
  qBits[count] = q;
  cBits[count] = c;
  scores[count] = score;
  hows[count] = HOW_INDEX[how];
  count++;
}

const bitCount = (v: number): number => {
  let n = 0;
  for (let x = v; x !== 0; x &= x - 1) n++;
  return n;
};

/**
 * Joined pairs: two adjacent tokens on one side against one token on the other. Only exact and
 * romanization-variant equality: joined forms share long prefixes (Jongun, Jongman), which
 * Jaro-Winkler would call typos of each other.
 */
function pushJoined(query: readonly TokenInfo[], listed: readonly TokenInfo[], n: number, m: number, usedQ: number, usedC: number): void {
  for (let i = 0; i + 1 < n; i++) {
    if ((usedQ >> i) & 3) continue;
    const joined = tokenInfo(query[i]!.text + query[i + 1]!.text);
    for (let j = 0; j < m; j++) {
      if ((usedC >> j) & 1) continue;
      const hit = compareTokens(joined, listed[j]!);
      if (hit && hit.how !== 'spelling') push(3 << i, 1 << j, hit.score, hit.how);
    }
  }
  for (let j = 0; j + 1 < m; j++) {
    if ((usedC >> j) & 3) continue;
    const joined = tokenInfo(listed[j]!.text + listed[j + 1]!.text);
    for (let i = 0; i < n; i++) {
      if ((usedQ >> i) & 1) continue;
      const hit = compareTokens(query[i]!, joined);
      if (hit && hit.how !== 'spelling') push(1 << i, 3 << j, hit.score, hit.how);
    }
  }
}

/** Takes candidates best first (ties: the one covering more tokens), one-to-one; returns used bitmasks. */
function greedy(from: number, usedQ: number, usedC: number): [number, number] {
  order.length = 0;
  for (let k = from; k < count; k++) order.push(k);
  order.sort((x, y) => scores[y]! - scores[x]! || bitCount(qBits[y]! | (cBits[y]! << 16)) - bitCount(qBits[x]! | (cBits[x]! << 16)));
  for (const k of order) {
    if (qBits[k]! & usedQ || cBits[k]! & usedC) continue;
    usedQ |= qBits[k]!;
    usedC |= cBits[k]!;
    chosen.push(k);
  }
  return [usedQ, usedC];
}

const result: AlignmentScore = { tokenSet: 0, matchedLetters: 0, pairs: 0, strong: 0, onlyHow: undefined };

/** Aligns two names (at most 16 tokens each are considered) and leaves the choice in the scratch arrays. */
function align(query: readonly TokenInfo[], listed: readonly TokenInfo[]): AlignmentScore {
  const n = Math.min(query.length, 16);
  const m = Math.min(listed.length, 16);
  count = 0;
  chosen.length = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const hit = compareTokens(query[i]!, listed[j]!);
      if (hit) push(1 << i, 1 << j, hit.score, hit.how);
    }
  }
  // Different token counts often mean a name written joined on one side: let joined pairs compete.
  if (n !== m) pushJoined(query, listed, n, m, 0, 0);
  const [usedQ, usedC] = greedy(0, 0, 0);
  const leftQ = n - bitCount(usedQ);
  const leftC = m - bitCount(usedC);
  if (n === m && leftQ >= 1 && leftC >= 1 && leftQ + leftC >= 3) {
    const from = count;
    pushJoined(query, listed, n, m, usedQ, usedC);
    greedy(from, usedQ, usedC);
  }
  let sum = 0;
  let letters = 0;
  let strong = 0;
  for (const k of chosen) {
    if (hows[k] !== HOW_INDEX.spelling) strong++;
    const covered = bitCount(qBits[k]!) + bitCount(cBits[k]!);
    sum += scores[k]! * covered;
    for (let i = 0; i < n; i++) if ((qBits[k]! >> i) & 1) letters += query[i]!.text.length;
  }
  result.tokenSet = n + m === 0 ? 0 : sum / (n + m);
  result.matchedLetters = letters;
  result.pairs = chosen.length;
  result.strong = strong;
  result.onlyHow = chosen.length === 1 ? HOWS[hows[chosen[0]!]!] : undefined;
  return result;
}

/** The score of the alignment only (shared result object: read it before the next call). */
export function alignScore(query: readonly TokenInfo[], listed: readonly TokenInfo[]): AlignmentScore {
  return align(query, listed);
}

const pick = (tokens: readonly TokenInfo[], bits: number): string[] => tokens.filter((_, i) => i < 16 && ((bits >> i) & 1) === 1).map((t) => t.text);
const left = (tokens: readonly TokenInfo[], used: number): string[] => tokens.filter((_, i) => i >= 16 || ((used >> i) & 1) === 0).map((t) => t.text);

/** Aligns two names and explains every pair and every token left over. */
export function alignNames(query: readonly TokenInfo[], listed: readonly TokenInfo[]): NameAlignment {
  const score = { ...align(query, listed) };
  let usedQ = 0;
  let usedC = 0;
  const aligned: AlignedPair[] = chosen.map((k) => {
    usedQ |= qBits[k]!;
    usedC |= cBits[k]!;
    const q = pick(query, qBits[k]!);
    const c = pick(listed, cBits[k]!);
    const how = HOWS[hows[k]!]!;
    const reading = how === 'variant' ? sharedReading(q.join(''), c.join('')) : undefined;
    return { query: q.join(' '), listed: c.join(' '), how, score: round(scores[k]!), ...(q.length + c.length > 2 ? { joined: true } : {}), ...(reading ? { reading } : {}) };
  });
  return {
    ...score,
    aligned,
    unmatchedQuery: left(query, usedQ),
    unmatchedListed: left(listed, usedC),
  };
}

/** Rounds a score for output (3 decimals). */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
