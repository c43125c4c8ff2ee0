import type { Facets } from '../model/finding.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { isNewHireAt } from './subject-facts.js';

/**
 * The time facets of a finding from the times of its evidence: first and last, and whether any of
 * it fell in the subject's new-hire window (false, not absent, when none did: §7 treats absent as unknown).
 */
export function timeFacets(subject: ResolvedSubject, times: readonly number[], newHireDays: number): Pick<Facets, 'from' | 'to' | 'new_hire'> {
  if (times.length === 0) return {};
  let from = times[0]!;
  let to = times[0]!;
  for (const t of times) {
    if (t < from) from = t;
    if (t > to) to = t;
  }
  return { from, to, new_hire: times.some((t) => isNewHireAt(subject, t, newHireDays)) };
}

/** Sorted distinct country codes. */
export function countriesOf(values: Iterable<string | undefined>): string[] {
  return [...new Set([...values].filter((c): c is string => !!c).map((c) => c.toUpperCase()))].sort();
}
