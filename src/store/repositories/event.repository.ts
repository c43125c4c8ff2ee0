import type { Kysely } from 'kysely';
import { EventSchema, type Event } from '../../model/event.js';
import type { Database } from '../schema.js';
import { chunk, lastByKey } from '../chunk.js';

/** Filters for listing events. */
export interface EventFilter {
  identityIds?: readonly string[];
  dataset?: string;
  limit?: number;
}

/** The stored key of an event: idempotent across re-ingests of the same file. */
export function eventKey(event: Event): string {
  return `${event.event.dataset}:${event.event.id}`;
}

/** Stores and reads normalized events. */
export class EventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts events, skipping ones already stored; returns how many were new. */
  async insertMany(events: readonly Event[]): Promise<number> {
    let inserted = 0;
    for (const part of chunk(lastByKey(events, eventKey), 400)) {
      const result = await this.db
        .insertInto('events')
        .values(
          part.map((e) => ({
            pk: eventKey(e),
            ts: e['@timestamp'],
            dataset: e.event.dataset,
            action: e.event.action,
            identity_id: e.molehunt.identity_id ?? null,
            source_ip: e.source?.ip ?? null,
            raw_file: e.molehunt.raw_ref.file,
            raw_line: e.molehunt.raw_ref.line ?? null,
            raw_sha256: e.molehunt.raw_ref.sha256,
            doc: JSON.stringify(e),
          })),
        )
        .onConflict((oc) => oc.column('pk').doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return inserted;
  }

  /** Events in time order (then by key, for a stable order). */
  async list(filter: EventFilter = {}): Promise<Event[]> {
    let query = this.db.selectFrom('events').select('doc').orderBy('ts').orderBy('pk');
    if (filter.identityIds) {
      if (filter.identityIds.length === 0) return [];
      query = query.where('identity_id', 'in', [...filter.identityIds]);
    }
    if (filter.dataset) query = query.where('dataset', '=', filter.dataset);
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    const rows = await query.execute();
    return rows.map((row) => EventSchema.parse(JSON.parse(row.doc)));
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
