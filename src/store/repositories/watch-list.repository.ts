import type { Kysely } from 'kysely';
import type { ListSummary } from '../../screen/list-summary.js';
import { WatchEntrySchema, type DateBasis, type ListFormat, type WatchEntry } from '../../screen/watch-entry.js';
import { chunk, lastByKey } from '../chunk.js';
import type { Database } from '../schema.js';

/** A stored list, without its entries. */
export interface WatchListInfo {
  id: string;
  name: string;
  format: ListFormat;
  published: string;
  date_basis: DateBasis;
  date_detail: string;
  files: string[];
  entries: number;
  summary: ListSummary;
  problems: number;
  imported_at: string;
}

/** A stored list with its entries, as the screening index takes it. */
export interface StoredWatchList extends WatchListInfo {
  entryList: WatchEntry[];
}

type Row = Database['watch_lists'];

const info = (row: Row): WatchListInfo => ({
  ...row,
  format: row.format as ListFormat,
  date_basis: row.date_basis as DateBasis,
  files: JSON.parse(row.files) as string[],
  entries: Number(row.entries),
  summary: JSON.parse(row.summary) as ListSummary,
  problems: Number(row.problems),
});

/** Stores watch lists; importing a list under a name it already has replaces it. */
export class WatchListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces the list of that name with this one. Call inside a transaction. */
  async replace(list: WatchListInfo, entries: readonly WatchEntry[]): Promise<void> {
    await this.remove(list.name);
    await this.db
      .insertInto('watch_lists')
      .values({ ...list, files: JSON.stringify(list.files), summary: JSON.stringify(list.summary) })
      .execute();
    // An id twice in one file (a re-listed wallet) is one entry: the last one read wins.
    for (const part of chunk(lastByKey(entries, (e) => e.id), 400)) {
      await this.db
        .insertInto('watch_entries')
        .values(part.map((e) => ({ list_id: list.id, entry_id: e.id, kind: e.kind, name: e.names[0]?.value ?? null, doc: JSON.stringify(e) })))
        .execute();
    }
  }

  /** Removes a list by name; returns whether there was one. */
  async remove(name: string): Promise<boolean> {
    const existing = await this.db.selectFrom('watch_lists').select('id').where('name', '=', name).executeTakeFirst();
    if (!existing) return false;
    await this.db.deleteFrom('watch_entries').where('list_id', '=', existing.id).execute();
    await this.db.deleteFrom('watch_lists').where('id', '=', existing.id).execute();
    return true;
  }

  /** Every list, newest publication first. */
  async list(): Promise<WatchListInfo[]> {
    const rows = await this.db.selectFrom('watch_lists').selectAll().orderBy('published', 'desc').orderBy('name').execute();
    return rows.map(info);
  }

  /** Every list with its entries (validated as they are read back). */
  async load(): Promise<StoredWatchList[]> {
    const lists = await this.list();
    const out: StoredWatchList[] = [];
    for (const list of lists) {
      const rows = await this.db.selectFrom('watch_entries').select('doc').where('list_id', '=', list.id).orderBy('entry_id').execute();
      out.push({ ...list, entryList: rows.map((r) => WatchEntrySchema.parse(JSON.parse(r.doc))) });
    }
    return out;
  }
}
