// Near-duplicate text (résumés) by MinHash with one-permutation hashing: each shingle is hashed once
// and falls into one of 128 bins, each bin keeps its minimum, and empty bins borrow from the next
// non-empty bin (rotation densification, Shrivastava & Li 2014). The share of equal bins estimates
// the Jaccard similarity of the two shingle sets; LSH bands find candidate pairs without comparing
// every pair.

/** Bins (hash values) per signature. */
export const SIGNATURE_SIZE = 128;
/** Bands × rows = SIGNATURE_SIZE: with 16 × 8 a pair at Jaccard 0.8 shares a band with p ≈ 0.95, at 0.5 with p ≈ 0.06. */
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const BIN_BITS = 7;
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;
const EMPTY = 0xffffffff;
/** Words per shingle. */
const SHINGLE = 3;
/** Texts with fewer shingles are too short to call near-duplicates ("see attached", "N/A"). */
export const MIN_SHINGLES = 20;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word tokens of a text, folded (case, accents), punctuation dropped. */
export function textTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The 32-bit hashes of a text's 3-word shingles (distinct). */
export function shingleHashes(text: string): Uint32Array {
  const words = textTokens(text).map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE; j++) h = fmix32(Math.imul(h ^ words[i + j]!, 0x5bd1e995));
    out.add(h);
  }
  return Uint32Array.from(out);
}

/** The MinHash signature of a text, or undefined when it has fewer than MIN_SHINGLES shingles. */
export function minhashSignature(text: string): Uint32Array | undefined {
  const shingles = shingleHashes(text);
  return shingles.length < MIN_SHINGLES ? undefined : signatureOf(shingles);
}

/** The MinHash signature of a set of shingle hashes (as shingleHashes gives them). */
export function signatureOf(shingles: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (const shingle of shingles) {
    const h = fmix32(shingle ^ 0x27d4eb2f);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < signature[bin]!) signature[bin] = value;
  }
  // Densify: an empty bin takes the next non-empty bin's value, offset by the distance so that
  // borrowed values only ever equal values borrowed the same way.
  const filled = signature.slice();
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (signature[i] !== EMPTY) continue;
    for (let d = 1; d < SIGNATURE_SIZE; d++) {
      const j = (i + d) % SIGNATURE_SIZE;
      if (signature[j] !== EMPTY) {
        filled[i] = (signature[j]! + d * (VALUE_MASK + 1)) >>> 0;
        break;
      }
    }
  }
  return filled;
}

/** The estimated Jaccard similarity of two signatures: the share of equal bins. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** The LSH band keys of a signature: two texts that share any key are compared. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x12345678 ^ band;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h ^ signature[band * ROWS + r]!, 0x5bd1e995));
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}

/** The exact Jaccard similarity of two texts' shingle sets (for tests and evidence). */
export function exactJaccard(a: string, b: string): number {
  const sa = new Set(shingleHashes(a));
  const sb = new Set(shingleHashes(b));
  let inter = 0;
  for (const h of sa) if (sb.has(h)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}
