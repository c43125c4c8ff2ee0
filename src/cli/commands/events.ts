import type { Event } from '../../model/event.js';
import { textTable } from '../../report/text-table.js';
import { splitEnrichers } from '../../analyze.js';
import { enricherFor } from '../../enrich/enrich-all.js';
import type { Enrichments } from '../../enrich/enrichments.js';
import { withStore, type CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { findSubject, loadReadModel } from './read-model.js';
import { renormalize } from '../load-events.js';

/** Options of `molehunt events`. */
export interface EventsOptions {
  json?: boolean;
  /** Add what the event enrichers conclude (`enrichment`: address class, ASN, user agent…). */
  enrich?: boolean;
  subject?: string;
  dataset?: string;
  limit?: number;
}

/** Prints stored events in time order: NDJSON (one ECS event per line) with --json, a table otherwise. */
export async function eventsCommand(options: EventsOptions, ctx: CommandContext): Promise<void> {
  const events = await withStore(ctx, true, async (store) => {
    let identityIds: string[] | undefined;
    if (options.subject) identityIds = findSubject(await loadReadModel(store, ctx), options.subject).identity_ids;
    const records = await store.events.records({
      ...(identityIds ? { identityIds } : {}),
      ...(options.dataset ? { dataset: options.dataset } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
    const key = ctx.io.env.MOLEHUNT_FINGERPRINT_KEY ?? (await store.meta.fingerprintKey());
    const rebuilt = renormalize(records, ctx, key);
    if (!options.enrich) return rebuilt;
    const enrich = enricherFor(splitEnrichers(ctx.catalog.enrichers).observation, await enrichContext(ctx, store, { ip: true }));
    return rebuilt.map((e): Event & { enrichment?: Partial<Enrichments> } => ({
      ...e,
      enrichment: enrich({
        ...(e.source?.ip ? { ip: e.source.ip } : {}),
        ...(e.network?.name ? { network: e.network.name } : {}),
        ...(e.user_agent?.original ? { userAgent: e.user_agent.original } : {}),
        at: Date.parse(e['@timestamp']),
      }),
    }));
  });
  if (options.json) {
    for (const event of events) ctx.io.stdout.write(`${JSON.stringify(event)}\n`);
    return;
  }
  const rows = events.map((e) => [
    e['@timestamp'],
    e.event.action,
    e.event.outcome,
    e.user?.email ?? e.user?.name ?? '',
    e.source?.ip ?? '',
    e.source?.geo?.country_iso_code ?? '',
    e.source?.geo?.city_name ?? '',
  ]);
  ctx.io.stdout.write(textTable(['time', 'action', 'outcome', 'user', 'ip', 'country', 'city'], rows));
}
