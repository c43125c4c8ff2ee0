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
  analysis_runs: {
    id: string;
    finished_at: string;
    subjects: number;
    findings: number;
    events: number;
  };
}
