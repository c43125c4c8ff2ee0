import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Small key/value settings that belong to one database (e.g. its fingerprint key). */
export class MetaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  /**
   * The key for keyed fingerprints of sensitive values: made once per database at random, so
   * fingerprints cannot be brute-forced from a copy of the data alone unless the key is copied too.
   */
  async fingerprintKey(): Promise<string> {
    const existing = await this.get('fingerprint_key');
    if (existing) return existing;
    await this.db
      .insertInto('meta')
      .values({ key: 'fingerprint_key', value: randomBytes(32).toString('hex') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return (await this.get('fingerprint_key'))!;
  }
}
