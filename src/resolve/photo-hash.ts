// Perceptual photo hashes (64-bit pHash/dHash, as 16 hex digits) compared by Hamming distance. A
// record carries one only when its source had a hash attribute: molehunt never reads images.

/** Attribute names a photo hash may arrive under. */
export const PHOTO_HASH_ATTRIBUTES = ['photo_phash', 'photo_hash', 'phash', 'photo_dhash'] as const;

/** The photo hash of a record's attributes, lower-case hex, or undefined when absent or malformed. */
export function photoHashOf(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const name of PHOTO_HASH_ATTRIBUTES) {
    const value = attributes[name]?.trim().toLowerCase().replace(/^0x/, '');
    if (value && /^[0-9a-f]{16}$/.test(value)) return value;
  }
  return undefined;
}

/** A 64-bit hash as two 32-bit halves (bitwise work on numbers stays fast; BigInt does not). */
export interface Hash64 {
  hi: number;
  lo: number;
}

/** Parses 16 hex digits (optionally `0x`-prefixed); undefined for anything else. */
export function parseHash64(text: string): Hash64 | undefined {
  const hex = text.trim().toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{16}$/.test(hex)) return undefined;
  return { hi: Number.parseInt(hex.slice(0, 8), 16), lo: Number.parseInt(hex.slice(8), 16) };
}

/** The number of set bits of a 32-bit value. */
export function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** How many of the 64 bits are set. */
export function bitsSet(h: Hash64): number {
  return popcount32(h.hi) + popcount32(h.lo);
}

/** The number of bits in which two hashes differ. */
export function hamming(a: Hash64, b: Hash64): number {
  return popcount32(a.hi ^ b.hi) + popcount32(a.lo ^ b.lo);
}

/** The Hamming distance of two 64-bit hashes written as 16 hex digits (as photoHashOf gives them). */
export function hammingDistance(a: string, b: string): number {
  return hamming(parseHash64(a)!, parseHash64(b)!);
}

/**
 * Index keys for near-neighbour search (multi-index hashing): the 64 bits cut into `maxDistance + 1`
 * chunks, so two hashes within `maxDistance` bits agree exactly on at least one chunk (pigeonhole).
 */
export function photoChunkKeys(hash: string, maxDistance: number): string[] {
  const bits = [...hash].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  const chunks = maxDistance + 1;
  const keys: string[] = [];
  let start = 0;
  for (let i = 0; i < chunks; i++) {
    const end = Math.round(((i + 1) * 64) / chunks);
    keys.push(`${i}:${bits.slice(start, end)}`);
    start = end;
  }
  return keys;
}
