import type { Household, Judgement } from './graph-types.js';

const NONE: ReadonlySet<string> = new Set();

/** Analyst judgements indexed for resolution (same / different) and linking (household). */
export class JudgementIndex {
  private readonly all = new Map<string, Judgement>();
  /** record id → records it was judged different from. */
  private readonly different = new Map<string, Set<string>>();
  /** record id → [partner record id, judgement id] for "same". */
  private readonly sameOf = new Map<string, [string, string][]>();
  /** lower-cased ref → household sources. */
  private readonly householdRefs = new Map<string, Set<string>>();
  /** "same" pairs in judgement-id order (resolution reads them on every addition). */
  private same: { a: string; b: string; id: string }[] | undefined;

  constructor(households: readonly Household[] = []) {
    for (const h of households) this.addHousehold(h.refs, h.source);
  }

  private addHousehold(refs: readonly string[], source: string): void {
    for (const ref of refs) {
      const key = ref.trim().toLowerCase();
      if (!this.householdRefs.has(key)) this.householdRefs.set(key, new Set());
      this.householdRefs.get(key)!.add(source);
    }
  }

  /** Adds a judgement; a later judgement with the same id replaces nothing (judgements are append-only). */
  add(j: Judgement): void {
    if (this.all.has(j.id)) return;
    this.all.set(j.id, j);
    if (j.decision === 'same') this.same = undefined;
    if (j.decision === 'household') this.addHousehold([...j.a, ...j.b], `judgement ${j.id}`);
    else if (j.decision === 'different') {
      for (const a of j.a) {
        for (const b of j.b) {
          if (!this.different.has(a)) this.different.set(a, new Set());
          if (!this.different.has(b)) this.different.set(b, new Set());
          this.different.get(a)!.add(b);
          this.different.get(b)!.add(a);
        }
      }
    } else if (j.a[0] && j.b[0]) {
      const [a, b] = [j.a[0], j.b[0]];
      this.sameOf.set(a, [...(this.sameOf.get(a) ?? []), [b, j.id]]);
      this.sameOf.set(b, [...(this.sameOf.get(b) ?? []), [a, j.id]]);
    }
  }

  /** Every judgement, in id order. */
  list(): Judgement[] {
    return [...this.all.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  differentFrom(recordId: string): ReadonlySet<string> | undefined {
    return this.different.get(recordId);
  }

  sameAs(recordId: string): readonly [string, string][] {
    return this.sameOf.get(recordId) ?? [];
  }

  /** Every "same" judgement as record pairs. */
  samePairs(): readonly { a: string; b: string; id: string }[] {
    this.same ??= this.list()
      .filter((j) => j.decision === 'same' && j.a[0] && j.b[0])
      .map((j) => ({ a: j.a[0]!, b: j.b[0]!, id: j.id }));
    return this.same;
  }

  /** The household declarations that name any of `refs`. */
  householdsOf(refs: Iterable<string>): ReadonlySet<string> {
    if (this.householdRefs.size === 0) return NONE;
    const out = new Set<string>();
    for (const ref of refs) for (const source of this.householdRefs.get(ref.trim().toLowerCase()) ?? []) out.add(source);
    return out.size > 0 ? out : NONE;
  }
}
