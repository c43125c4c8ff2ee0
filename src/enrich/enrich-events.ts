import type { Event } from '../model/event.js';
import type { EnrichContext, EnricherDefinition } from './define-enricher.js';
import type { EnrichedEvent, Enrichments } from './enrichments.js';

/** Runs every enricher over every event. Pure: returns new objects, never edits the events. */
export function enrichEvents(
  events: readonly Event[],
  enrichers: readonly EnricherDefinition[],
  ctx: EnrichContext,
): EnrichedEvent[] {
  const prepared = enrichers.map((e) => ({ writes: e.writes, run: e.prepare(ctx) }));
  return events.map((event) => {
    const enrichment: Partial<Record<keyof Enrichments, unknown>> = {};
    for (const { writes, run } of prepared) {
      const value = run(event);
      if (value !== undefined) enrichment[writes] = value;
    }
    return { ...event, enrichment: enrichment as Partial<Enrichments> };
  });
}
