/**
 * The largest record the readers accept, in characters. A real log record is a few KiB; an osquery
 * snapshot of a large table can reach a few MiB. Anything larger — binary junk without newlines, an
 * unterminated string — is quarantined as too large instead of being held in memory.
 */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** The quarantine reason for an oversized record. */
export const TOO_LARGE = `record is larger than ${MAX_RECORD_CHARS / 1024 / 1024} MiB (binary data, or a record that never ends?)`;
