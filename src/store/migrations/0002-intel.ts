import type { Kysely, Migration } from 'kysely';

/** Datasets the user imported with `molehunt intel import`, dated, replacing shipped data where they overlap. */
export const intel: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('intel_datasets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('class', 'text')
      .addColumn('source_date', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('records', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('intel_datasets').ifExists().execute();
  },
};
