import type { AnyEnricher } from '../enrich/define-enricher.js';

/** The attribution lines of every dataset whose licence asks to be credited where its data is used. */
export function credits(enrichers: readonly AnyEnricher[]): string[] {
  const lines = new Map<string, string>();
  for (const enricher of enrichers) {
    for (const source of enricher.dataSources) {
      if (source.attribution) lines.set(source.id, `${source.name} (${source.licence}): ${source.attribution}`);
    }
  }
  return [...lines.values()];
}
