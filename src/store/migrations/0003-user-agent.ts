import type { Kysely, Migration } from 'kysely';

/** The user agent of each event, for the user-agent enrichment of sign-ins. */
export const userAgent: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('events').addColumn('user_agent', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('events').dropColumn('user_agent').execute();
  },
};
