import type { Kysely, Migration } from 'kysely';

/** The first schema: raw-normalized events, identity records, quarantine, analysis results. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('ingest_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('framing', 'text', (c) => c.notNull())
      .addColumn('records', 'integer', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('identities', 'integer', (c) => c.notNull())
      .addColumn('quarantined', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('events')
      .addColumn('pk', 'text', (c) => c.primaryKey())
      .addColumn('ts', 'text', (c) => c.notNull())
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('identity_id', 'text')
      .addColumn('source_ip', 'text')
      .addColumn('raw_file', 'text', (c) => c.notNull())
      .addColumn('raw_line', 'integer')
      .addColumn('raw_sha256', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_ts').on('events').column('ts').execute();
    await db.schema.createIndex('events_identity_ts').on('events').columns(['identity_id', 'ts']).execute();
    await db.schema
      .createTable('identities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('system', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('quarantine')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('subjects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('findings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('findings_subject').on('findings').column('subject_id').execute();
    await db.schema
      .createTable('analysis_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .addColumn('subjects', 'integer', (c) => c.notNull())
      .addColumn('findings', 'integer', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['analysis_runs', 'findings', 'subjects', 'quarantine', 'identities', 'events', 'ingest_runs', 'meta']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
