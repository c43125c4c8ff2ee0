import type { EnrichContext, EnricherDefinition } from './define-enricher.js';
import type { Enriched, Enrichments, Observation } from './enrichments.js';

/** Runs every enricher over every observation. Pure: returns new objects, never edits the inputs. */
export function enrichAll<T extends Observation>(
  items: readonly T[],
  enrichers: readonly EnricherDefinition[],
  ctx: EnrichContext,
): Enriched<T>[] {
  const prepared = enrichers.map((e) => ({ writes: e.writes, run: e.prepare(ctx) }));
  return items.map((item) => {
    const enrichment: Partial<Record<keyof Enrichments, unknown>> = {};
    for (const { writes, run } of prepared) {
      const value = run(item);
      if (value !== undefined) enrichment[writes] = value;
    }
    return { ...item, enrichment: enrichment as Partial<Enrichments> };
  });
}
