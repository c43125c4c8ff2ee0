import { alignNames, alignScore, type AlignmentScore, type NameAlignment } from './name-score.js';
import { prepareName, type PreparedName } from './normalize-name.js';
import { tokenInfo, type TokenInfo } from './token-compare.js';

/**
 * A blocking index over listed names, so that one screening aligns a few dozen names, not all of
 * them. Every token is filed under its spelling and, from four letters on, each spelling with one
 * letter deleted (any single typo — a changed, missing, extra or swapped letter — leaves the two
 * spellings one shared key), and under its Korean romanization keys; two adjacent tokens are also
 * filed joined. A listed name is aligned only when at least two different query tokens reach at
 * least two different tokens of it (one for a one-token name), which is also the least a match needs.
 */

/** A name as indexed. `ref` is the caller's handle (e.g. entry and name position). */
export interface IndexedName<R> {
  ref: R;
  name: PreparedName;
  tokens: TokenInfo[];
}

/** A name-level comparison that passed the guards. */
export interface NameCandidate<R> {
  ref: R;
  name: PreparedName;
  alignment: NameAlignment;
}

/** Minimum letters of the query that must find a partner: "Li An" is too little to call a match. */
export const MIN_MATCHED_LETTERS = 5;

/** Tokens past this position are not indexed (names that long are lists of aliases run together). */
const MAX_TOKENS = 16;
const JOINED = 1 << 4;

/** Spelling keys of one token: itself and, from four letters, itself with each letter deleted. */
function spellingKeys(text: string, out: string[]): void {
  out.push(`w${text}`);
  if (text.length < 4) return;
  for (let i = 0; i < text.length; i++) if (i === 0 || text[i] !== text[i - 1]) out.push(`w${text.slice(0, i)}${text.slice(i + 1)}`);
}

/** Keys for each token position: `[token index | JOINED flag, key]`. */
function keysOf(tokens: readonly TokenInfo[]): [number, string][] {
  const out: [number, string][] = [];
  const count = Math.min(tokens.length, MAX_TOKENS);
  const buffer: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    buffer.length = 0;
    spellingKeys(t.text, buffer);
    for (const k of t.keys) buffer.push(`k${k}`);
    for (const key of buffer) out.push([i, key]);
    if (i + 1 < count) {
      // Two adjacent tokens written as one (Sang Man ↔ Sangman, Abdul Rahman ↔ Abdulrahman).
      const joined = tokenInfo(t.text + tokens[i + 1]!.text);
      out.push([i | JOINED, `w${joined.text}`]);
      for (const k of joined.keys) out.push([i | JOINED, `k${k}`]);
    }
  }
  return out;
}

const bitsOf = (slot: number): number => (slot & JOINED ? 3 << (slot & 15) : 1 << (slot & 15));

/** Builds once, then answers candidate queries. Not thread-safe (reuses scratch buffers). */
export class NameIndex<R> {
  private readonly names: IndexedName<R>[] = [];
  /** key → (name index << 5 | token slot) */
  private readonly postings = new Map<string, number[]>();
  private stamp = new Int32Array(0);
  private qMask = new Uint32Array(0);
  private lMask = new Uint32Array(0);
  private serial = 0;
  /** Names aligned so far (after blocking), for the benchmark's candidates-per-screening figure. */
  aligned = 0;

  /** Adds a name; names with no evidence tokens (only legal forms, particles or initials) are skipped. */
  add(ref: R, raw: string): boolean {
    const name = prepareName(raw);
    if (name.tokens.length === 0) return false;
    const tokens = name.tokens.map(tokenInfo);
    const index = this.names.length;
    this.names.push({ ref, name, tokens });
    const seen = new Set<string>();
    for (const [slot, key] of keysOf(tokens)) {
      const posting = (index << 5) | slot;
      const dedupe = `${slot}${key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const list = this.postings.get(key);
      if (list) list.push(posting);
      else this.postings.set(key, [posting]);
    }
    return true;
  }

  /**
   * Listed names that two query tokens reach, whose alignment passes the guards and whose token-set
   * score reaches `minTokenSet`; only those are explained.
   */
  candidates(query: PreparedName, minTokenSet = 0): NameCandidate<R>[] {
    const qTokens = query.tokens.map(tokenInfo);
    if (qTokens.length === 0) return [];
    if (this.stamp.length < this.names.length) {
      this.stamp = new Int32Array(this.names.length);
      this.qMask = new Uint32Array(this.names.length);
      this.lMask = new Uint32Array(this.names.length);
    }
    const serial = ++this.serial;
    const touched: number[] = [];
    for (const [slot, key] of keysOf(qTokens)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const qBits = bitsOf(slot);
      for (let p = 0; p < list.length; p++) {
        const posting = list[p]!;
        const n = posting >>> 5;
        if (this.stamp[n] !== serial) {
          this.stamp[n] = serial;
          this.qMask[n] = 0;
          this.lMask[n] = 0;
          touched.push(n);
        }
        this.qMask[n]! |= qBits;
        this.lMask[n]! |= bitsOf(posting & 31);
      }
    }
    const needed = Math.min(2, qTokens.length);
    const out: NameCandidate<R>[] = [];
    for (const n of touched) {
      if (popcount(this.qMask[n]!) < needed || popcount(this.lMask[n]!) < Math.min(needed, this.names[n]!.tokens.length)) continue;
      const indexed = this.names[n]!;
      this.aligned++;
      const score = alignScore(qTokens, indexed.tokens);
      if (score.tokenSet < minTokenSet || !passesGuards(qTokens.length, indexed.tokens.length, score)) continue;
      out.push({ ref: indexed.ref, name: indexed.name, alignment: alignNames(qTokens, indexed.tokens) });
    }
    return out;
  }
}

/**
 * The classic false positives: a one-token name against a longer one (Kim ↔ Kim Jong Un), too few
 * letters matched, a lone pair, or names that only look alike (Kevin Kwon ↔ Kelvin Kong: every pair
 * a near spelling). A one-token name matches only another one-token name, exactly or as a variant.
 */
export function passesGuards(queryTokens: number, listedTokens: number, a: AlignmentScore): boolean {
  if (a.matchedLetters < MIN_MATCHED_LETTERS) return false;
  if (queryTokens === 1 || listedTokens === 1) return queryTokens === 1 && listedTokens === 1 && a.pairs === 1 && a.onlyHow !== 'spelling';
  return a.pairs >= 2 && a.strong >= 1;
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
