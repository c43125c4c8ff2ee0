/**
 * Detection-quality arithmetic for `molehunt eval`: confusion counts, precision and recall, the
 * area under the precision–recall curve, and the adjusted Rand index. Pure; no knowledge of molehunt.
 */

/** Counts of one cut-off. `fn` includes positives that were never scored at all. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Confusion counts of predictions; `unscored` positives (absent from `items`) count as missed. */
export function confusion(items: readonly { predicted: boolean; positive: boolean }[], unscored = 0): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: unscored, tn: 0 };
  for (const { predicted, positive } of items) {
    if (predicted && positive) c.tp++;
    else if (predicted) c.fp++;
    else if (positive) c.fn++;
    else c.tn++;
  }
  return c;
}

/** TP / (TP + FP); null when nothing was predicted positive. */
export function precision(c: Confusion): number | null {
  return c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
}

/** TP / (TP + FN); null when there is nothing to find. */
export function recall(c: Confusion): number | null {
  return c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
}

/** FP / (FP + TN); null when there are no negatives. */
export function falsePositiveRate(c: Confusion): number | null {
  return c.fp + c.tn === 0 ? null : c.fp / (c.fp + c.tn);
}

/**
 * Average precision (the step-wise area under the precision–recall curve, as scikit-learn computes
 * it): Σ over distinct score thresholds, highest first, of (Rₖ − Rₖ₋₁)·Pₖ. Tied scores enter
 * together. `unscored` positives are never retrieved, so recall never reaches 1 for them. Null when
 * there are no positives.
 */
export function averagePrecision(items: readonly { score: number; positive: boolean }[], unscored = 0): number | null {
  const positives = items.filter((i) => i.positive).length + unscored;
  if (positives === 0) return null;
  const sorted = [...items].sort((a, b) => b.score - a.score);
  let ap = 0;
  let tp = 0;
  let seen = 0;
  let lastRecall = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = sorted[i]!.score;
    for (; i < sorted.length && sorted[i]!.score === score; i++) {
      seen++;
      if (sorted[i]!.positive) tp++;
    }
    const r = tp / positives;
    ap += (r - lastRecall) * (tp / seen);
    lastRecall = r;
  }
  return ap;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index of two labelings of the same items (Hubert & Arabie 1985): 1 for identical
 * partitions, about 0 for chance agreement. When both partitions are trivial (the expected index
 * equals the maximum), identical partitions score 1 and others 0.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new Error('adjustedRandIndex: labelings of different lengths');
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  a.forEach((label, i) => {
    const cell = `${label}\u0000${b[i]}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(label, (rows.get(label) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const index = sum(cells);
  const rowSum = sum(rows);
  const colSum = sum(cols);
  const total = pairs(a.length);
  const expected = total === 0 ? 0 : (rowSum * colSum) / total;
  const max = (rowSum + colSum) / 2;
  if (max === expected) return index === max ? 1 : 0;
  return (index - expected) / (max - expected);
}
