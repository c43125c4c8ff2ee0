import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bitsSet, closePairs, hamming, parseHash64, type Hash64 } from './phash.js';

const h = (hex: string): Hash64 => parseHash64(hex)!;

/** Flips the given bit positions (0 = lowest bit of the low half). */
function flip(hash: Hash64, bits: number[]): Hash64 {
  let { hi, lo } = hash;
  for (const bit of bits) {
    if (bit < 32) lo = (lo ^ (1 << bit)) >>> 0;
    else hi = (hi ^ (1 << (bit - 32))) >>> 0;
  }
  return { hi, lo };
}

test('parses 16 hex digits with or without 0x, in any case; rejects anything else', () => {
  assert.deepEqual(parseHash64('0xFFFF0000ffff0000'), { hi: 0xffff0000, lo: 0xffff0000 });
  assert.deepEqual(parseHash64(' c3a5e1f00f1e5a3c '), { hi: 0xc3a5e1f0, lo: 0x0f1e5a3c });
  for (const bad of ['', 'c3a5e1f00f1e5a3', 'c3a5e1f00f1e5a3c0', 'g3a5e1f00f1e5a3c', 'c3a5-e1f0-0f1e-5a3c']) assert.equal(parseHash64(bad), undefined, bad);
});

test('Hamming distance and set bits count across both halves', () => {
  assert.equal(hamming(h('0000000000000000'), h('ffffffffffffffff')), 64);
  assert.equal(hamming(h('8000000000000001'), h('0000000000000000')), 2);
  assert.equal(bitsSet(h('f0f0f0f0f0f0f0f0')), 32);
});

test('closePairs finds every pair within the distance, even with the flips spread over every chunk', () => {
  const base = h('c3a5e1f00f1e5a3c');
  const spread = flip(base, [1, 14, 27, 40, 53, 60, 62, 63]); // 8 bits over all five chunks
  const nine = flip(base, [1, 2, 14, 27, 40, 53, 60, 62, 63]);
  const far = h('3c5a1e0ff0e1a5c3');
  const pairs = closePairs([base, spread, nine, far], 8);
  assert.deepEqual(pairs, [
    { a: 0, b: 1, distance: 8 },
    { a: 1, b: 2, distance: 1 },
  ]);
});

test('closePairs agrees with comparing every pair on random hashes', () => {
  let x = 12345;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  const hashes: Hash64[] = [];
  for (let i = 0; i < 300; i++) {
    const base = { hi: next(), lo: next() };
    hashes.push(base);
    // A near copy of every third hash, 0–12 bits away, to have pairs on both sides of the limit.
    if (i % 3 === 0) hashes.push(flip(base, Array.from({ length: i % 13 }, (_, k) => (k * 5 + i) % 64)));
  }
  // Radius 0, 1 and 2 per chunk.
  for (const d of [4, 8, 12]) {
    const brute: string[] = [];
    for (let a = 0; a < hashes.length; a++) for (let b = a + 1; b < hashes.length; b++) if (hamming(hashes[a]!, hashes[b]!) <= d) brute.push(`${a},${b}`);
    assert.ok(brute.length > 20, `d=${d}: ${brute.length} pairs`);
    assert.deepEqual(closePairs(hashes, d).map((p) => `${p.a},${p.b}`), brute, `d=${d}`);
  }
});
