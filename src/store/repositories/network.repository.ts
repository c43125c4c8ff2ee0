import type { Kysely } from 'kysely';
import { GraphNoteSchema, NetworkSchema, type GraphNote, type Network } from '../../model/network.js';
import type { Database } from '../schema.js';
import { chunk } from '../chunk.js';

/** Stores the networks and graph notes of the last analysis, replaced as a whole with it. */
export class NetworkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces the previous networks and notes. Call inside the analysis transaction. */
  async replace(networks: readonly Network[], notes: readonly GraphNote[]): Promise<void> {
    await this.db.deleteFrom('networks').execute();
    await this.db.deleteFrom('graph_notes').execute();
    for (const part of chunk(networks.map((n, rank) => ({ n, rank })), 200)) {
      await this.db
        .insertInto('networks')
        .values(part.map(({ n, rank }) => ({ id: n.id, rank, score: n.score, level: n.level, size: n.subjects.length, doc: JSON.stringify(n) })))
        .execute();
    }
    for (const part of chunk(notes.map((note, i) => ({ note, i })), 400)) {
      await this.db
        .insertInto('graph_notes')
        .values(part.map(({ note, i }) => ({ id: String(i).padStart(8, '0'), type: note.type, doc: JSON.stringify(note) })))
        .execute();
    }
  }

  /** Networks by score (rank order), optionally only those with at least `minSize` subjects. */
  async list(minSize = 2): Promise<Network[]> {
    const rows = await this.db.selectFrom('networks').select('doc').where('size', '>=', minSize).orderBy('rank').execute();
    return rows.map((row) => NetworkSchema.parse(JSON.parse(row.doc)));
  }

  async get(id: string): Promise<Network | undefined> {
    const row = await this.db.selectFrom('networks').select('doc').where('id', '=', id).executeTakeFirst();
    return row ? NetworkSchema.parse(JSON.parse(row.doc)) : undefined;
  }

  /** Generic values, household exemptions and judgement conflicts, in the order analysis wrote them. */
  async notes(): Promise<GraphNote[]> {
    const rows = await this.db.selectFrom('graph_notes').select('doc').orderBy('id').execute();
    return rows.map((row) => GraphNoteSchema.parse(JSON.parse(row.doc)));
  }
}
