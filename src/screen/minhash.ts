/**
 * Near-duplicate résumés for screening (A-01: "the same resume content" under different names): the
 * shingles, signatures and LSH band keys of src/resolve/minhash.ts (one implementation for linking,
 * screening and their evidence), an index of band keys to find candidates, and the exact Jaccard
 * similarity of the shingle sets to decide.
 */
import { bandKeys, MIN_SHINGLES, shingleHashes, signatureOf, signatureSimilarity } from '../resolve/minhash.js';

export { MIN_SHINGLES };

/** The distinct 3-word shingle hashes of a text. */
export function shingles(text: string): Set<number> {
  return new Set(shingleHashes(text));
}

/** The MinHash signature of a shingle set. */
export function minhash(set: ReadonlySet<number>): Uint32Array {
  return signatureOf(set);
}

/** The share of equal positions: an estimate of the Jaccard similarity. */
export const estimate = signatureSimilarity;

/** Exact Jaccard similarity of two sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** An LSH index of signatures: documents sharing any band are candidates. */
export class MinHashIndex<T> {
  private readonly buckets = new Map<string, T[]>();

  add(item: T, sig: Uint32Array): void {
    for (const key of bandKeys(sig)) {
      const list = this.buckets.get(key);
      if (list) list.push(item);
      else this.buckets.set(key, [item]);
    }
  }

  candidates(sig: Uint32Array): Set<T> {
    const out = new Set<T>();
    for (const key of bandKeys(sig)) for (const item of this.buckets.get(key) ?? []) out.add(item);
    return out;
  }
}
