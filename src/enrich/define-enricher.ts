import type { Enrichments, Observation } from './enrichments.js';

/** Settings enrichers may read (from the validated config, passed in by the edge). */
export interface EnrichContext {
  /** CIDRs of the organization's own egress (offices, corporate VPN). */
  corporateCidrs: readonly string[];
  /**
   * Network names (ECS `network.name`, e.g. Okta network zones) that are the organization's own
   * networks; `auto` treats every named zone as corporate except block-list zones.
   */
  corporateNetworks: readonly string[] | 'auto';
}

/** An enricher: reads declared observation fields, writes only its own enrichment namespace. */
export interface EnricherDefinition<K extends keyof Enrichments = keyof Enrichments> {
  /** Stable dotted id equal to the file's basename (`ip.scope` ↔ `ip-scope.enricher.ts`). */
  id: string;
  title: string;
  description: string;
  /** The observation fields it reads. */
  reads: readonly (keyof Observation)[];
  /** The enrichment namespace it writes. */
  writes: K;
  /** Where its reference data comes from, with dates (shown by `molehunt intel status` later). */
  dataSources: readonly string[];
  /** Builds the per-run enrich function once (precomputes tables from the context). */
  prepare(ctx: EnrichContext): (observation: Observation) => Enrichments[K] | undefined;
}

/** Declares an enricher. Pure: no side effects on import. */
export function defineEnricher<K extends keyof Enrichments>(definition: EnricherDefinition<K>): EnricherDefinition<K> {
  return Object.freeze(definition);
}
