import type { Kysely, Migration } from 'kysely';

/**
 * Imported watch lists (`molehunt lists import`): one row per list with its publication date and
 * where that date came from, and one row per entry (a listed person, entity or indicator) as JSON.
 */
export const watchLists: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('watch_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('date_basis', 'text', (c) => c.notNull())
      .addColumn('date_detail', 'text', (c) => c.notNull())
      .addColumn('files', 'text', (c) => c.notNull())
      .addColumn('entries', 'integer', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('problems', 'integer', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('watch_entries')
      .addColumn('list_id', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('doc', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_entries_pk', ['list_id', 'entry_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('watch_entries').ifExists().execute();
    await db.schema.dropTable('watch_lists').ifExists().execute();
  },
};
