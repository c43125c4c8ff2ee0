/**
 * Near-duplicate résumés (A-01: "the same resume content" under different names): word 3-gram
 * shingles, 128 min-hashes, and LSH banding (32 bands of 4) to find candidates, then the exact
 * Jaccard similarity of the shingle sets decides. Own implementation: no maintained npm package.
 */

export const MINHASH_SIZE = 128;
const BANDS = 32;
const ROWS = MINHASH_SIZE / BANDS;
/** Fewer shingles than this (about 20 words) is too little text to call two résumés the same. */
export const MIN_SHINGLES = 20;

/** Word 3-grams of the folded text (lower case, letters and digits only). */
export function shingles(text: string): Set<string> {
  const words = text.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finalizer: a good 32-bit mix, so `mix(x ^ seed)` behaves as an independent hash per seed. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The MinHash signature of a shingle set. */
export function minhash(set: ReadonlySet<string>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of set) {
    const base = fnv1a(s);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix(base ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The share of equal positions: an estimate of the Jaccard similarity. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** Exact Jaccard similarity of two sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** An LSH index of signatures: documents sharing any band are candidates. */
export class MinHashIndex<T> {
  private readonly buckets = new Map<string, T[]>();

  private static keys(sig: Uint32Array): string[] {
    const out: string[] = [];
    for (let b = 0; b < BANDS; b++) out.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
    return out;
  }

  add(item: T, sig: Uint32Array): void {
    for (const key of MinHashIndex.keys(sig)) {
      const list = this.buckets.get(key);
      if (list) list.push(item);
      else this.buckets.set(key, [item]);
    }
  }

  candidates(sig: Uint32Array): Set<T> {
    const out = new Set<T>();
    for (const key of MinHashIndex.keys(sig)) for (const item of this.buckets.get(key) ?? []) out.add(item);
    return out;
  }
}
