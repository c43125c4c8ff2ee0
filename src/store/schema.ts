/** Table types for Kysely. JSON documents are stored as text so SQLite and PostgreSQL share one schema. */
export interface Database {
  meta: { key: string; value: string };
  ingest_runs: {
    id: string;
    file: string;
    source: string;
    framing: string;
    records: number;
    events: number;
    identities: number;
    quarantined: number;
    started_at: string;
    finished_at: string;
  };
  events: {
    pk: string;
    ts: string;
    dataset: string;
    action: string;
    identity_id: string | null;
    source_ip: string | null;
    raw_file: string;
    raw_line: number | null;
    raw_sha256: string;
    doc: string;
  };
  identities: {
    id: string;
    kind: string;
    system: string;
    source_id: string;
    name: string | null;
    doc: string;
  };
  quarantine: {
    id: string;
    file: string;
    line: number;
    idx: number;
    source: string | null;
    reasons: string;
    raw: string;
    sha256: string;
    created_at: string;
  };
  subjects: {
    id: string;
    rank: number;
    display_name: string;
    score: number;
    level: string;
    doc: string;
  };
  findings: {
    id: string;
    subject_id: string;
    rule: string;
    severity: string;
    confidence: number;
    summary: string;
    doc: string;
  };
  analysis_runs: {
    id: string;
    finished_at: string;
    subjects: number;
    findings: number;
    events: number;
  };
}
