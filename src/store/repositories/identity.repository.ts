import type { Kysely } from 'kysely';
import { IdentityRecordSchema, type IdentityRecord } from '../../model/identity-record.js';
import type { Database } from '../schema.js';
import { chunk, lastByKey } from '../chunk.js';

/** Stores identity records; a record seen again replaces the stored one (same id, newer content). */
export class IdentityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Upserts records; returns how many distinct records were written. */
  async upsertMany(records: readonly IdentityRecord[]): Promise<number> {
    const unique = lastByKey(records, (r) => r.id);
    for (const part of chunk(unique, 400)) {
      await this.db
        .insertInto('identities')
        .values(
          part.map((r) => ({
            id: r.id,
            kind: r.kind,
            system: r.system,
            source_id: r.source_id,
            name: r.name ?? null,
            doc: JSON.stringify(r),
          })),
        )
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), doc: eb.ref('excluded.doc') })),
        )
        .execute();
    }
    return unique.length;
  }

  async list(): Promise<IdentityRecord[]> {
    const rows = await this.db.selectFrom('identities').select('doc').orderBy('id').execute();
    return rows.map((row) => IdentityRecordSchema.parse(JSON.parse(row.doc)));
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('identities').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
