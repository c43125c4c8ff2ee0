// Near-duplicate text detection: word shingles, MinHash signatures and LSH banding, with every
// candidate verified by the exact Jaccard similarity of its shingle sets (A-01, copied résumés).

/** Words of a text for shingling: lower case, accents folded, letters and digits only (`node.js` → `node js`). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w !== '');
}

/** FNV-1a over UTF-16 code units: a fast 32-bit hash of a word. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** MurmurHash3's finalizer: a bijection on 32 bits that mixes every input bit into every output bit (signed result). */
function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The set of `size`-word shingles of a text as sorted, distinct 32-bit hashes (each word hashed once,
 * then the word hashes of a window combined; collisions only blur Jaccard by ~1e-6). A text shorter
 * than `size` words has no shingles (too short to call a copy). Typed arrays keep a hundred thousand
 * résumés in flat memory.
 */
export function wordShingles(text: string, size: number): Int32Array {
  const hashes = words(text).map(fnv1a);
  const count = Math.max(0, hashes.length - size + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let k = 0; k < size; k++) h = fmix32(Math.imul(h, 0x01000193) ^ hashes[i + k]!);
    out[i] = h;
  }
  return distinctSorted(out);
}

/** Sorts in place and drops repeats. */
export function distinctSorted(values: Int32Array): Int32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

/** A shingle set: sorted, distinct 32-bit hashes. */
export type ShingleSet = ArrayLike<number>;

/** Exact Jaccard similarity of two shingle sets (|A ∩ B| / |A ∪ B|); 0 when both are empty. */
export function jaccard(a: ShingleSet, b: ShingleSet): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** Signature length: the estimate's standard error is √(J(1−J)/128) ≤ 0.045, and LSH needs no more. */
export const SIGNATURE_LENGTH = 128;

const SEEDS = Int32Array.from({ length: SIGNATURE_LENGTH }, (_, k) => fmix32(k + 0x9e3779b9));

/**
 * The MinHash signature of a shingle set: for each of `SIGNATURE_LENGTH` permutations of the 32-bit
 * space (seeded xor then fmix32, each a bijection), the smallest permuted value. Two signatures agree
 * in a position with probability equal to the sets' Jaccard similarity.
 */
export function minhashSignature(shingles: ShingleSet): Int32Array {
  const signature = new Int32Array(SIGNATURE_LENGTH);
  for (let k = 0; k < SIGNATURE_LENGTH; k++) {
    const seed = SEEDS[k]!;
    let min = 0x7fffffff;
    for (let i = 0; i < shingles.length; i++) {
      const v = fmix32(shingles[i]! ^ seed);
      if (v < min) min = v;
    }
    signature[k] = min;
  }
  return signature;
}

/** How an LSH index cuts a signature: `bands` bands of `rows` positions. */
export interface LshLayout {
  bands: number;
  rows: number;
}

/**
 * The band layout for a similarity threshold: the most rows per band (fewest dissimilar candidates)
 * that still makes a pair at exactly `threshold` a candidate with probability ≥ `recall`
 * (1 − (1 − t^rows)^bands). For 0.8 and 128 positions that is 21 bands of 6 rows.
 */
export function lshLayout(threshold: number, length = SIGNATURE_LENGTH, recall = 0.99): LshLayout {
  let best: LshLayout = { bands: length, rows: 1 };
  for (let rows = 1; rows <= length; rows++) {
    const bands = Math.floor(length / rows);
    if (1 - (1 - threshold ** rows) ** bands >= recall) best = { bands, rows };
  }
  return best;
}

/**
 * Index pairs (i < j) whose signatures agree on every row of at least one band. Linear in the
 * number of signatures plus the pairs inside each bucket.
 */
export function lshCandidatePairs(signatures: readonly Int32Array[], layout: LshLayout): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  for (let band = 0; band < layout.bands; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < signatures.length; i++) {
      const key = signatures[i]!.subarray(band * layout.rows, (band + 1) * layout.rows).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) pairs.set(`${bucket[x]},${bucket[y]}`, [bucket[x]!, bucket[y]!]);
      }
    }
  }
  return [...pairs.values()];
}

/** A verified near-duplicate pair: document indices and their exact shingle Jaccard. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * All pairs of shingle sets with exact Jaccard ≥ `threshold`: LSH proposes candidates, and each
 * candidate is verified on the sets themselves, so MinHash noise never makes a finding. Empty sets
 * never match.
 */
export function nearDuplicates(sets: readonly ShingleSet[], threshold: number): SimilarPair[] {
  const present = sets.map((s, i) => ({ s, i })).filter(({ s }) => s.length > 0);
  const signatures = present.map(({ s }) => minhashSignature(s));
  const out: SimilarPair[] = [];
  for (const [x, y] of lshCandidatePairs(signatures, lshLayout(threshold))) {
    const similarity = jaccard(present[x]!.s, present[y]!.s);
    if (similarity >= threshold) out.push({ a: present[x]!.i, b: present[y]!.i, similarity });
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
