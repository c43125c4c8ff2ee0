import type { Kysely } from 'kysely';
import type { QuarantineItem } from '../../model/quarantine-item.js';
import type { Database } from '../schema.js';
import { chunk, lastByKey } from '../chunk.js';

/** Keeps records that could not be read, with file, line and reasons. */
export class QuarantineRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds items not already quarantined; returns how many were new. */
  async insertMany(items: readonly QuarantineItem[], now = new Date()): Promise<number> {
    let inserted = 0;
    for (const part of chunk(lastByKey(items, (q) => q.id), 300)) {
      const result = await this.db
        .insertInto('quarantine')
        .values(
          part.map((q) => ({
            id: q.id,
            file: q.file,
            line: q.line,
            idx: q.index,
            source: q.source,
            reasons: JSON.stringify(q.reasons),
            raw: q.raw,
            sha256: q.sha256,
            created_at: now.toISOString(),
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return inserted;
  }

  async list(): Promise<(QuarantineItem & { created_at: string })[]> {
    const rows = await this.db.selectFrom('quarantine').selectAll().orderBy('file').orderBy('line').orderBy('idx').execute();
    return rows.map((r) => ({
      id: r.id,
      file: r.file,
      line: Number(r.line),
      index: Number(r.idx),
      source: r.source,
      reasons: JSON.parse(r.reasons) as string[],
      raw: r.raw,
      sha256: r.sha256,
      created_at: r.created_at,
    }));
  }
}
