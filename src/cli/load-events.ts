import type { Event } from '../model/event.js';
import { eventKey } from '../model/sign-in.js';
import type { StoredRecord } from '../store/repositories/event.repository.js';
import type { Store } from '../store/open-store.js';
import type { CommandContext } from './context.js';
import { status } from './io.js';

/**
 * Rebuilds stored events from their raw records with the source that read them. The store keeps
 * the raw record (the evidence) and analysis columns; the full ECS event is derived, never stale.
 * Records a source no longer reads are reported, not dropped silently.
 */
export function renormalize(records: readonly StoredRecord[], ctx: CommandContext, fingerprintKey: string): Event[] {
  const events: Event[] = [];
  for (const record of records) {
    const source = ctx.catalog.sources.find((s) => s.id === record.source);
    const result = source?.normalize(JSON.parse(record.json), { rawRef: record.raw_ref, fingerprintKey });
    const event = result?.ok ? result.value.events.find((e) => eventKey(e) === record.key) : undefined;
    if (event) events.push(event);
    else status(ctx.io, `cannot rebuild event ${record.key} from ${record.raw_ref.file}: its source (${record.source}) no longer reads it`);
  }
  return events;
}

/** Every attributed event that is not a sign-in (inventory, processes, shipments, payroll…), rebuilt. */
export async function loadHostEvents(store: Store, ctx: CommandContext): Promise<Event[]> {
  const records = await store.events.records({ signIn: false, attributed: true });
  const key = ctx.io.env.MOLEHUNT_FINGERPRINT_KEY ?? (await store.meta.fingerprintKey());
  return renormalize(records, ctx, key);
}
