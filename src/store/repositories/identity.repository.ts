import type { Kysely } from 'kysely';
import { IdentityRecordSchema, mergeIdentityRecords, type IdentityRecord } from '../../model/identity-record.js';
import type { Database } from '../schema.js';
import { chunk } from '../chunk.js';

/** Stores identity records; a record seen again is merged into the stored one (see mergeIdentityRecords). */
export class IdentityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Merges records into the stored ones and writes them; returns how many distinct records were written. */
  async upsertMany(records: readonly IdentityRecord[]): Promise<number> {
    const byId = new Map<string, IdentityRecord>();
    for (const r of records) {
      const seen = byId.get(r.id);
      byId.set(r.id, seen ? mergeIdentityRecords(seen, r) : r);
    }
    for (const part of chunk([...byId.keys()], 400)) {
      const stored = await this.db.selectFrom('identities').select(['id', 'doc']).where('id', 'in', part).execute();
      for (const row of stored) {
        byId.set(row.id, mergeIdentityRecords(IdentityRecordSchema.parse(JSON.parse(row.doc)), byId.get(row.id)!));
      }
    }
    const unique = [...byId.values()];
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
