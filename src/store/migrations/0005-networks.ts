import type { Kysely, Migration } from 'kysely';

/**
 * Networks of linked subjects and the values left out of linking (analysis results, replaced with
 * each analysis), and analysts' judgements (append-only: an audit trail of who decided what, when, why).
 */
export const networks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('networks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('graph_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('judgements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('a_subject', 'text', (c) => c.notNull())
      .addColumn('b_subject', 'text', (c) => c.notNull())
      .addColumn('a_records', 'text', (c) => c.notNull())
      .addColumn('b_records', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['judgements', 'graph_notes', 'networks']) await db.schema.dropTable(table).ifExists().execute();
  },
};
