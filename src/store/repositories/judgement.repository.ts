import type { Kysely } from 'kysely';
import { JudgementRecordSchema, type JudgementRecord } from '../../model/network.js';
import type { Database } from '../schema.js';

/** Analysts' judgements: appended, never updated or deleted, so they are their own audit trail. */
export class JudgementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(j: JudgementRecord): Promise<void> {
    const parsed = JudgementRecordSchema.parse(j);
    await this.db
      .insertInto('judgements')
      .values({ ...parsed, a_records: JSON.stringify(parsed.a_records), b_records: JSON.stringify(parsed.b_records) })
      .execute();
  }

  /** Every judgement in the order it was made (the audit trail). */
  async list(): Promise<JudgementRecord[]> {
    const rows = await this.db.selectFrom('judgements').selectAll().orderBy('decided_at').orderBy('id').execute();
    return rows.map((row) => JudgementRecordSchema.parse({ ...row, a_records: JSON.parse(row.a_records), b_records: JSON.parse(row.b_records) }));
  }

  /**
   * The judgements in force: for each pair of subjects (by the anchor records they had), the latest
   * decision. An analyst who changes their mind adds a judgement; the earlier one stays in the trail.
   */
  async active(): Promise<JudgementRecord[]> {
    const latest = new Map<string, JudgementRecord>();
    for (const j of await this.list()) latest.set([j.a_records[0]!, j.b_records[0]!].sort().join('\u0000'), j);
    return [...latest.values()];
  }
}
