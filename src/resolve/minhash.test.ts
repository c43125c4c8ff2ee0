import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { bandKeys, exactJaccard, minhashSignature, signatureSimilarity } from './minhash.js';
import { hammingDistance, photoChunkKeys, photoHashOf } from './photo-hash.js';

// A synthetic résumé: distinct words from a seeded generator, so texts are reproducible.
function text(seed: number, words: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push(`w${s % 5000}`);
  }
  return out.join(' ');
}

function edit(source: string, every: number, replacement: string): string {
  return source
    .split(' ')
    .map((w, i) => (i % every === 0 ? `${replacement}${i}` : w))
    .join(' ');
}

describe('minhash', () => {
  test('estimates Jaccard within a few points of the exact value', () => {
    const base = text(1, 300);
    for (const every of [7, 11, 25, 60]) {
      const other = edit(base, every, 'x');
      const exact = exactJaccard(base, other);
      const estimate = signatureSimilarity(minhashSignature(base)!, minhashSignature(other)!);
      assert.ok(Math.abs(exact - estimate) < 0.12, `every ${every}: exact ${exact} estimate ${estimate}`);
    }
  });

  test('a near-duplicate (name and contact swapped) shares a band; unrelated texts do not', () => {
    const base = `Jane Roe jane@example.com ${text(2, 250)}`;
    const copy = `John Poe john@example.org ${text(2, 250)}`;
    const unrelated = text(3, 250);
    const bands = new Set(bandKeys(minhashSignature(base)!));
    assert.ok(exactJaccard(base, copy) >= 0.9);
    assert.ok(bandKeys(minhashSignature(copy)!).some((k) => bands.has(k)));
    assert.ok(!bandKeys(minhashSignature(unrelated)!).some((k) => bands.has(k)));
    assert.ok(signatureSimilarity(minhashSignature(base)!, minhashSignature(unrelated)!) < 0.1);
  });

  test('short texts (placeholders such as "see attached") get no signature', () => {
    assert.equal(minhashSignature('see attached'), undefined);
    assert.equal(minhashSignature('N/A'), undefined);
  });

  test('case, accents and punctuation do not change the signature', () => {
    const base = text(4, 60);
    assert.deepEqual(minhashSignature(base.toUpperCase().replaceAll(' ', ', ')), minhashSignature(base));
  });
});

describe('photo hashes', () => {
  test('reads a hash attribute and measures Hamming distance', () => {
    assert.equal(photoHashOf({ photo_phash: '0xFFEE00112233AABB' }), 'ffee00112233aabb');
    assert.equal(photoHashOf({ photo_file: 'me.jpg' }), undefined);
    assert.equal(photoHashOf({ photo_hash: 'not-a-hash' }), undefined);
    assert.equal(hammingDistance('0000000000000000', 'ffffffffffffffff'), 64);
    assert.equal(hammingDistance('0000000000000001', '8000000000000000'), 2);
  });

  test('two hashes within the distance always share a chunk key (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 8 }), (value, flips) => {
        let other = value;
        for (const bit of flips) other ^= 1n << BigInt(bit);
        const a = value.toString(16).padStart(16, '0');
        const b = other.toString(16).padStart(16, '0');
        assert.equal(hammingDistance(a, b), flips.length);
        const keys = new Set(photoChunkKeys(a, 8));
        assert.ok(photoChunkKeys(b, 8).some((k) => keys.has(k)));
      }),
    );
  });
});
