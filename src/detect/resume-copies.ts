import { nearDuplicates, wordShingles } from './minhash.js';
import type { Member, SharedValue } from './shared-value-links.js';

/** How résumé texts are compared (the rule's options). */
export interface ResumeComparison {
  resumeSimilarity: number;
  shingleWords: number;
  minShingles: number;
  commonPhraseShare: number;
  commonPhraseMinDocs: number;
}

/**
 * Drops the shingles that a large share of all résumés contain: section headings of popular
 * templates and stock phrases ("responsible for the design and", "team player with strong") say
 * nothing about who wrote a résumé. A copy pasted under a few dozen names stays far below the cut.
 * Document frequencies come from sorting every shingle once (a Map of millions of keys is slower).
 */
function withoutCommonPhrases(sets: Int32Array[], o: ResumeComparison): Int32Array[] {
  const cut = Math.max(o.commonPhraseMinDocs, o.commonPhraseShare * sets.length);
  const enough = (set: Int32Array) => (set.length >= o.minShingles ? set : new Int32Array(0));
  // No phrase can be in more résumés than there are.
  if (sets.length <= cut) return sets.map(enough);
  const all = new Int32Array(sets.reduce((n, set) => n + set.length, 0));
  let at = 0;
  for (const set of sets) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  const common = new Set<number>();
  for (let i = 0, j = 0; i < all.length; i = j) {
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i > cut) common.add(all[i]!);
  }
  return sets.map((set) => enough(common.size === 0 ? set : set.filter((s) => !common.has(s))));
}

/**
 * Pairs of records whose résumé texts are near-duplicates: MinHash/LSH candidates verified by the
 * exact Jaccard similarity of their shingle sets (after common phrases are dropped).
 */
export function resumeCopies(members: readonly Member[], o: ResumeComparison): SharedValue[] {
  const withText = members.filter((m) => (m.record.attributes.resume_text ?? '').trim() !== '');
  const sets = withoutCommonPhrases(
    withText.map((m) => wordShingles(m.record.attributes.resume_text!, o.shingleWords)),
    o,
  );
  return nearDuplicates(sets, o.resumeSimilarity).map(({ a, b, similarity }) => ({
    kind: 'resume',
    label: `résumé text (${Math.floor(similarity * 100)}% alike)`,
    members: [withText[a]!, withText[b]!],
    values: { resume_similarity: Math.round(similarity * 1000) / 1000, shingles_compared: sets[a]!.length + sets[b]!.length },
  }));
}
