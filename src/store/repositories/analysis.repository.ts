import type { Kysely } from 'kysely';
import { FindingSchema, type Finding } from '../../model/finding.js';
import { SubjectSchema, type Subject } from '../../model/subject.js';
import type { Database } from '../schema.js';
import { chunk } from '../chunk.js';
import type { PreviousAnalysis } from '../../detect/incremental.js';

/** A summary of the last analysis. */
export interface AnalysisRun {
  id: string;
  finished_at: string;
  subjects: number;
  findings: number;
  events: number;
}

/** The state an incremental analysis keeps. */
export interface AnalysisState {
  globalKey: string;
  fingerprints: ReadonlyMap<string, string>;
}

const GLOBAL_KEY = 'analysis.global_key';

/** Stores the result of an analysis: subjects with scores and their findings, replaced as a whole. */
export class AnalysisRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Replaces the previous result. Call inside a transaction so readers never see half of it. `state`
   * (the subjects' input fingerprints and the global key) lets the next analysis be incremental.
   */
  async replace(subjects: readonly Subject[], findings: readonly Finding[], run: AnalysisRun, state?: AnalysisState): Promise<void> {
    await this.db.deleteFrom('findings').execute();
    await this.db.deleteFrom('subjects').execute();
    await this.db.deleteFrom('subject_inputs').execute();
    await this.db.deleteFrom('meta').where('key', '=', GLOBAL_KEY).execute();
    if (state) {
      for (const part of chunk([...state.fingerprints], 400)) {
        await this.db.insertInto('subject_inputs').values(part.map(([subject_id, fingerprint]) => ({ subject_id, fingerprint }))).execute();
      }
      await this.db.insertInto('meta').values({ key: GLOBAL_KEY, value: state.globalKey }).execute();
    }
    for (const part of chunk(subjects.map((s, rank) => ({ s, rank })), 400)) {
      await this.db
        .insertInto('subjects')
        .values(part.map(({ s, rank }) => ({ id: s.id, rank, display_name: s.display_name, score: s.score, level: s.level, doc: JSON.stringify(s) })))
        .execute();
    }
    for (const part of chunk(findings, 400)) {
      await this.db
        .insertInto('findings')
        .values(
          part.map((f) => ({
            id: f.id,
            subject_id: f.subject,
            rule: f.rule,
            severity: f.severity,
            confidence: f.confidence,
            summary: f.summary,
            doc: JSON.stringify(f),
          })),
        )
        .execute();
    }
    await this.db.insertInto('analysis_runs').values(run).execute();
  }

  /** Subjects in rank order (score descending). */
  async subjects(): Promise<Subject[]> {
    const rows = await this.db.selectFrom('subjects').select('doc').orderBy('rank').execute();
    return rows.map((row) => SubjectSchema.parse(JSON.parse(row.doc)));
  }

  async subject(id: string): Promise<Subject | undefined> {
    const row = await this.db.selectFrom('subjects').select('doc').where('id', '=', id).executeTakeFirst();
    return row ? SubjectSchema.parse(JSON.parse(row.doc)) : undefined;
  }

  /** Findings, optionally for one subject, strongest first. */
  async findings(subjectId?: string): Promise<Finding[]> {
    let query = this.db.selectFrom('findings').select('doc').orderBy('confidence', 'desc').orderBy('id');
    if (subjectId) query = query.where('subject_id', '=', subjectId);
    const rows = await query.execute();
    return rows.map((row) => FindingSchema.parse(JSON.parse(row.doc)));
  }

  /** What an incremental analysis needs from the last one, or undefined when there is none. */
  async previous(): Promise<PreviousAnalysis | undefined> {
    const key = await this.db.selectFrom('meta').select('value').where('key', '=', GLOBAL_KEY).executeTakeFirst();
    if (!key) return undefined;
    const rows = await this.db.selectFrom('subject_inputs').selectAll().execute();
    return { globalKey: key.value, fingerprints: new Map(rows.map((r) => [r.subject_id, r.fingerprint])), findings: await this.findings() };
  }

  async lastRun(): Promise<AnalysisRun | undefined> {
    return this.db.selectFrom('analysis_runs').selectAll().orderBy('finished_at', 'desc').limit(1).executeTakeFirst();
  }
}
