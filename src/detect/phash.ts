// 64-bit perceptual hashes (pHash) compared by Hamming distance, with a multi-index search so that
// finding every close pair stays near-linear (A-03, one photo under several names). The hash type and
// its bit counts are src/resolve/photo-hash.ts's, which linking uses too.
import { bitsSet, hamming, parseHash64, popcount32, type Hash64 } from '../resolve/photo-hash.js';

export { bitsSet, hamming, parseHash64, type Hash64 };

/** The `width` bits (≤ 24) of a 64-bit hash starting at bit `from` (0 = the top bit of `hi`). */
function bitsAt(hi: number, lo: number, from: number, width: number): number {
  const top = from < 32 ? ((hi << from) | (from === 0 ? 0 : lo >>> (32 - from))) >>> 0 : (lo << (from - 32)) >>> 0;
  return top >>> (32 - width);
}

/** Every XOR mask of `width` bits with at most `radius` bits set. */
function masks(width: number, radius: number): number[] {
  const out = [0];
  const flip = (from: number, start: number, left: number) => {
    for (let bit = start; bit < width; bit++) {
      out.push(from | (1 << bit));
      if (left > 1) flip(from | (1 << bit), bit + 1, left - 1);
    }
  };
  if (radius > 0) flip(0, 0, radius);
  return out;
}

/**
 * Five chunks of 13, 13, 13, 13 and 12 bits. Measured on 20,000 and 100,000 random hashes at d = 8,
 * five beat three, four, six and eight: tables of 8,192 buckets stay in cache, each hash probes 5 × 14
 * neighbours, and buckets stay short enough to scan.
 */
const WIDTHS = [13, 13, 13, 13, 12];

/** One chunk of every hash, and the hashes of each chunk value as a bucket table in flat arrays (no Map: millions of probes). */
function chunkTable(hi: Int32Array, lo: Int32Array, from: number, width: number): { values: Int32Array; start: Int32Array; items: Int32Array } {
  const values = hi.map((h, i) => bitsAt(h, lo[i]!, from, width));
  const size = 2 ** width;
  const start = new Int32Array(size + 1);
  for (const v of values) start[v + 1]!++;
  for (let v = 0; v < size; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, size);
  const items = new Int32Array(values.length);
  values.forEach((v, i) => {
    items[fill[v]!++] = i;
  });
  return { values, start, items };
}

/** A pair of hash indices (a < b) within the distance, and the distance. */
export interface ClosePair {
  a: number;
  b: number;
  distance: number;
}

/**
 * Every pair of hashes within `maxDistance` bits. Multi-index hashing (Norouzi et al., 2012): cut each
 * hash into five chunks; two hashes within d bits agree within ⌊d/5⌋ bits on at least one chunk
 * (pigeonhole), so probing those neighbours in five tables finds every pair without comparing all of them.
 */
export function closePairs(hashes: readonly Hash64[], maxDistance: number): ClosePair[] {
  const hi = Int32Array.from(hashes, (h) => h.hi);
  const lo = Int32Array.from(hashes, (h) => h.lo);
  const radius = Math.floor(maxDistance / WIDTHS.length);
  const tables = WIDTHS.map((width, t) => ({ ...chunkTable(hi, lo, 13 * t, width), probes: masks(width, radius) }));
  const out: ClosePair[] = [];
  const seenBy = new Int32Array(hashes.length).fill(-1);
  for (let i = 0; i < hashes.length; i++) {
    for (const { values, start, items, probes } of tables) {
      for (const mask of probes) {
        const v = values[i]! ^ mask;
        for (let k = start[v]!; k < start[v + 1]!; k++) {
          const j = items[k]!;
          if (j <= i || seenBy[j] === i) continue;
          seenBy[j] = i;
          const distance = popcount32(hi[i]! ^ hi[j]!) + popcount32(lo[i]! ^ lo[j]!);
          if (distance <= maxDistance) out.push({ a: i, b: j, distance });
        }
      }
    }
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
