import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distinctSorted, jaccard, lshCandidatePairs, lshLayout, minhashSignature, nearDuplicates, wordShingles, words } from './minhash.js';

/** A deterministic word soup: `n` words from a 5,000-word vocabulary (LCG), so texts share little by chance. */
function soup(seed: number, n: number): string[] {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(`w${x % 5000}`);
  }
  return out;
}

/** `text` with every `every`-th word replaced, which lowers its shingle Jaccard with the original. */
function edit(text: string[], every: number, tag: string): string[] {
  return text.map((w, i) => (i % every === every - 1 ? `${tag}${i}` : w));
}

describe('minhash', () => {
  test('words: lower case, accents folded, punctuation splits, C++ and C# survive', () => {
    assert.deepEqual(words('Résumé: Node.js, C++ & C# — 10 YEARS'), ['resume', 'node', 'js', 'c++', 'c#', '10', 'years']);
  });

  test('word shingles are sorted distinct hashes; a text shorter than the shingle has none', () => {
    const s = [...wordShingles('a b c a b c', 3)];
    assert.equal(s.length, 3, 'abc, bca, cab: the repeated abc counts once');
    assert.deepEqual(s, [...s].sort((x, y) => x - y));
    assert.equal(wordShingles('two words', 3).length, 0);
    assert.deepEqual(wordShingles('Same TEXT here', 3), wordShingles('same text here', 3));
  });

  test('distinctSorted sorts numerically and drops repeats', () => {
    assert.deepEqual([...distinctSorted(new Int32Array([5, -3, 5, 0, -3, 2]))], [-3, 0, 2, 5]);
  });

  test('jaccard is exact on sorted sets', () => {
    assert.equal(jaccard([1, 2, 3, 4], [3, 4, 5, 6]), 2 / 6);
    assert.equal(jaccard([1, 2], [1, 2]), 1);
    assert.equal(jaccard([], []), 0);
    assert.equal(jaccard([1], []), 0);
  });

  test('MinHash agreement estimates Jaccard within a few points', () => {
    const base = soup(7, 400);
    for (const every of [3, 6, 12, 40]) {
      const a = wordShingles(base.join(' '), 3);
      const b = wordShingles(edit(base, every, 'x').join(' '), 3);
      const exact = jaccard(a, b);
      const sa = minhashSignature(a);
      const sb = minhashSignature(b);
      const estimate = sa.filter((v, i) => v === sb[i]).length / sa.length;
      assert.ok(Math.abs(estimate - exact) < 0.12, `every ${every}: estimate ${estimate} vs exact ${exact}`);
    }
  });

  test('the LSH layout for 0.8 over 128 positions is 21 bands of 6 rows; lower thresholds use shorter bands', () => {
    assert.deepEqual(lshLayout(0.8), { bands: 21, rows: 6 });
    const low = lshLayout(0.5);
    assert.ok(low.rows < 6);
    assert.ok(1 - (1 - 0.5 ** low.rows) ** low.bands >= 0.99);
  });

  test('LSH proposes pairs that agree on a whole band, and only those', () => {
    const a = new Int32Array([1, 2, 3, 4]);
    const b = new Int32Array([1, 2, 9, 9]);
    const c = new Int32Array([7, 2, 3, 8]);
    assert.deepEqual(lshCandidatePairs([a, b, c], { bands: 2, rows: 2 }), [[0, 1]]);
  });

  test('near duplicates at 0.8: finds the copies (verified exactly), not the look-alikes', () => {
    const original = soup(11, 300);
    const texts = [
      original,
      edit(original, 40, 'y'), // a few words changed: a copy
      edit(original, 4, 'z'), // every fourth word changed: exact Jaccard far below 0.8
      soup(12, 300), // unrelated
    ].map((t) => wordShingles(t.join(' '), 3));
    const pairs = nearDuplicates(texts, 0.8);
    assert.deepEqual(pairs.map((p) => [p.a, p.b]), [[0, 1]]);
    assert.equal(pairs[0]!.similarity, jaccard(texts[0]!, texts[1]!));
    assert.ok(pairs[0]!.similarity >= 0.8);
  });

  test('recall at the threshold: pairs just above 0.8 are almost all found', () => {
    const sets: Int32Array[] = [];
    let expected = 0;
    for (let k = 0; k < 150; k++) {
      const base = soup(1000 + k, 250);
      const a = wordShingles(base.join(' '), 3);
      const b = wordShingles(edit(base, 33, `e${k}_`).join(' '), 3);
      if (jaccard(a, b) >= 0.8) expected++;
      sets.push(a, b);
    }
    const found = nearDuplicates(sets, 0.8).filter((p) => p.b === p.a + 1 && p.a % 2 === 0).length;
    assert.ok(expected > 100, `fixture: ${expected} pairs at or above 0.8`);
    assert.ok(found >= expected * 0.97, `found ${found} of ${expected}`);
  });

  test('empty sets never match each other', () => {
    assert.deepEqual(nearDuplicates([[], [], wordShingles('one two three four', 3)], 0.8), []);
  });
});
