import type { IdentityRecord } from '../model/identity-record.js';
import type { EnrichContext, EnricherDefinition, IdentityEnricherDefinition } from './define-enricher.js';
import type { Enrichments, IdentityEnrichments, Observation } from './enrichments.js';

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

/** Runs the identity enrichers over every identity record once. Pure: records are never modified. */
export function identityEnrichments(
  records: readonly IdentityRecord[],
  enrichers: readonly IdentityEnricherDefinition[],
  ctx: EnrichContext,
): Map<string, Partial<IdentityEnrichments>> {
  const prepared = enrichers.map((e) => ({ writes: e.writes, run: e.prepare(ctx) }));
  const out = new Map<string, Partial<IdentityEnrichments>>();
  for (const record of records) {
    const enrichment: Partial<Record<keyof IdentityEnrichments, unknown>> = {};
    for (const { writes, run } of prepared) {
      const value = run(record);
      if (value !== undefined) enrichment[writes] = value;
    }
    out.set(record.id, enrichment as Partial<IdentityEnrichments>);
  }
  return out;
}
