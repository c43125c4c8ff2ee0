import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** One ingested file: what was read and what became of it. */
export type IngestRun = Database['ingest_runs'];

/** A log of ingests, so a user can see what data the database holds and from when. */
export class IngestRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(run: IngestRun): Promise<void> {
    await this.db.insertInto('ingest_runs').values(run).execute();
  }

  async list(): Promise<IngestRun[]> {
    return this.db.selectFrom('ingest_runs').selectAll().orderBy('started_at').execute();
  }
}
