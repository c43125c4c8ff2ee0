import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adjustedRandIndex, averagePrecision, confusion, falsePositiveRate, precision, recall } from './eval-metrics.js';

const items = (spec: string): { predicted: boolean; positive: boolean }[] =>
  // "P+" predicted positive and truly positive, "N-" predicted negative and truly negative…
  spec.split(' ').map((t) => ({ positive: t[0] === 'P', predicted: t[1] === '+' }));

describe('confusion, precision, recall', () => {
  test('counts each cell; unscored positives are misses', () => {
    const c = confusion(items('P+ P+ N+ P- N- N-'), 2);
    assert.deepEqual(c, { tp: 2, fp: 1, fn: 3, tn: 2 });
    assert.equal(precision(c), 2 / 3);
    assert.equal(recall(c), 2 / 5);
    assert.equal(falsePositiveRate(c), 1 / 3);
  });

  test('undefined ratios are null, not 0 or NaN', () => {
    const none = confusion(items('P- N-'));
    assert.equal(precision(none), null);
    assert.equal(recall(confusion(items('N+ N-'))), null);
    assert.equal(falsePositiveRate(confusion(items('P+ P-'))), null);
  });
});

describe('averagePrecision', () => {
  test('matches the step-wise area by hand: P N P N at 0.9 0.8 0.7 0.6 is 1/2·1 + 1/2·2/3', () => {
    const ap = averagePrecision([
      { score: 0.9, positive: true },
      { score: 0.8, positive: false },
      { score: 0.7, positive: true },
      { score: 0.6, positive: false },
    ]);
    assert.ok(Math.abs(ap! - (0.5 + 0.5 * (2 / 3))) < 1e-12);
  });

  test('tied scores enter together: {P, N} at 0.9 then P at 0.5 is 1/2·1/2 + 1/2·2/3', () => {
    const ap = averagePrecision([
      { score: 0.9, positive: true },
      { score: 0.9, positive: false },
      { score: 0.5, positive: true },
    ]);
    assert.ok(Math.abs(ap! - (0.25 + 0.5 * (2 / 3))) < 1e-12);
  });

  test('a positive that was never scored caps recall below 1', () => {
    assert.equal(averagePrecision([{ score: 0.9, positive: true }], 1), 0.5);
  });

  test('a perfect ranking scores 1; no positives scores null', () => {
    assert.equal(averagePrecision([{ score: 3, positive: true }, { score: 2, positive: true }, { score: 1, positive: false }]), 1);
    assert.equal(averagePrecision([{ score: 1, positive: false }]), null);
  });
});

describe('adjustedRandIndex', () => {
  test('identical partitions score 1 whatever the labels are called', () => {
    assert.equal(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['x', 'x', 'y', 'y', 'z']), 1);
  });

  test('a crossed 2×2 split scores −1/2 (by hand: index 0, expected 2/3, max 2)', () => {
    assert.ok(Math.abs(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y']) - -0.5) < 1e-12);
  });

  test('a partial match scores 0.8/3.3 (by hand: index 2, expected 1.2, max 4.5)', () => {
    const ari = adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['x', 'x', 'y', 'y', 'z', 'z']);
    assert.ok(Math.abs(ari - 0.8 / 3.3) < 1e-12);
  });

  test('all singletons on both sides agree (1); one side merged everything disagrees (0)', () => {
    assert.equal(adjustedRandIndex(['a', 'b', 'c'], ['x', 'y', 'z']), 1);
    assert.equal(adjustedRandIndex(['a', 'b', 'c'], ['x', 'x', 'x']), 0);
  });

  test('labelings of different lengths are a bug', () => {
    assert.throws(() => adjustedRandIndex(['a'], ['x', 'y']), /different lengths/);
  });
});
