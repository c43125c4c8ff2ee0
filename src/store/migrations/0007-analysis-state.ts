import type { Kysely, Migration } from 'kysely';

/** Each subject's input fingerprint at the last analysis, so the next one re-evaluates only what changed. */
export const analysisState: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('subject_inputs')
      .addColumn('subject_id', 'text', (c) => c.primaryKey())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('subject_inputs').execute();
  },
};
