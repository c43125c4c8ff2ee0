import type { EnrichContext, EnricherDefinition } from './define-enricher.js';
import type { Enrichments, Observation } from './enrichments.js';

/**
 * Returns a function giving the enrichments of an observation. It is memoized on exactly the fields
 * the enrichers declare they read, so a million sign-ins from a few thousand addresses cost a few
 * thousand enrichment objects, not a million copies. Pure: inputs are never modified.
 */
export function enricherFor(enrichers: readonly EnricherDefinition[], ctx: EnrichContext): (observation: Observation) => Partial<Enrichments> {
  const prepared = enrichers.map((e) => ({ writes: e.writes, run: e.prepare(ctx) }));
  const fields = [...new Set(enrichers.flatMap((e) => e.reads))].sort();
  const cache = new Map<string, Partial<Enrichments>>();
  return (observation) => {
    let key = '';
    for (const field of fields) key += `${observation[field] ?? ''}\u0000`;
    let enrichment = cache.get(key);
    if (!enrichment) {
      const out: Partial<Record<keyof Enrichments, unknown>> = {};
      for (const { writes, run } of prepared) {
        const value = run(observation);
        if (value !== undefined) out[writes] = value;
      }
      enrichment = out as Partial<Enrichments>;
      cache.set(key, enrichment);
    }
    return enrichment;
  };
}
