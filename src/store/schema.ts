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
  /** One row per event: the columns analysis reads, and where the raw record is. */
  events: {
    pk: string;
    ts: string;
    dataset: string;
    action: string;
    source: string;
    identity_id: string | null;
    signin: number;
    outcome: string;
    account: string | null;
    source_ip: string | null;
    country: string | null;
    city: string | null;
    lat: number | null;
    lon: number | null;
    network: string | null;
    user_agent: string | null;
    /** The MFA authenticator (device or credential id) the sign-in used. */
    mfa_device: string | null;
    /** 1 managed, 0 unmanaged, null unknown. */
    device_managed: number | null;
    raw_file: string;
    raw_line: number | null;
    raw_index: number | null;
    raw_sha256: string;
    chunk_id: string;
    chunk_offset: number;
    chunk_length: number;
  };
  /** The raw records (as JSON text) of an ingest batch, concatenated: the evidence, kept verbatim. */
  raw_chunks: {
    id: string;
    file: string;
    text: string;
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
  intel_datasets: {
    id: string;
    /** cidr | tor | reshippers | email-iocs */
    type: string;
    name: string;
    /** For CIDR lists: the class their ranges get (vpn, hosting, proxy, relay…). */
    class: string | null;
    /** The date of the data, as the user stated it (or the file's modification date). */
    source_date: string;
    imported_at: string;
    records: number;
    /** The parsed entries, as JSON. */
    content: string;
  };
  /** Each subject's input fingerprint at the last analysis (incremental analysis). */
  subject_inputs: { subject_id: string; fingerprint: string };
  /** Networks of linked subjects from the last analysis (doc: the NetworkRecord JSON). */
  networks: { id: string; rank: number; score: number; level: string; size: number; doc: string };
  /** Values left out of linking (generic, household-exempt) and judgement conflicts from the last analysis. */
  graph_notes: { id: string; type: string; doc: string };
  /** Analysts' judgements about two subjects: append-only, the audit trail. */
  judgements: {
    id: string;
    decision: string;
    a_subject: string;
    b_subject: string;
    /** JSON arrays of the identity record ids each subject had when the judgement was made. */
    a_records: string;
    b_records: string;
    reason: string;
    decided_by: string;
    decided_at: string;
  };
  /** Imported watch lists (sanctions, IOCs, wallets), one row per list. */
  watch_lists: {
    id: string;
    name: string;
    format: string;
    /** The list's publication date (YYYY-MM-DD). */
    published: string;
    /** Where the date came from: file | flag | mtime. */
    date_basis: string;
    date_detail: string;
    /** JSON array of the imported file names. */
    files: string;
    entries: number;
    /** JSON: counts by kind, names, identifiers, wallets and programs. */
    summary: string;
    problems: number;
    imported_at: string;
  };
  /** One listed person, entity or indicator (doc: the WatchEntry JSON). */
  watch_entries: { list_id: string; entry_id: string; kind: string; name: string | null; doc: string };
  analysis_runs: {
    id: string;
    finished_at: string;
    subjects: number;
    findings: number;
    events: number;
  };
}
