import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';
import { findSubject, loadReadModel } from './read-model.js';

/** Options of `molehunt events`. */
export interface EventsOptions {
  json?: boolean;
  subject?: string;
  dataset?: string;
  limit?: number;
}

/** Prints stored events in time order: NDJSON (one ECS event per line) with --json, a table otherwise. */
export async function eventsCommand(options: EventsOptions, ctx: CommandContext): Promise<void> {
  const events = await withStore(ctx, true, async (store) => {
    let identityIds: string[] | undefined;
    if (options.subject) identityIds = findSubject(await loadReadModel(store, ctx), options.subject).identity_ids;
    return store.events.list({
      ...(identityIds ? { identityIds } : {}),
      ...(options.dataset ? { dataset: options.dataset } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
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
