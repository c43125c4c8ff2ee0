/**
 * Test harness for the CSV sources: reads fixture text through the real CSV reader, and compares every CSV
 * source's sniff on one header. No file access here (the ingest folder stays pure); tests read the files.
 */
import assert from 'node:assert/strict';
import type { SourceContext, SourceDefinition, SourceOutput } from '../../../define-source.js';
import { sha256 } from '../../../hash.js';
import { readCsv, sniffCsvHeader } from '../../../readers/csv-reader.js';
import { chunks } from '../../../../test-support/streams.js';
import atsApplicants from '../../ats-applicants-csv.source.js';
import hrDirectory from '../../hr-directory-csv.source.js';
import logisticsShipments from '../../logistics-shipments-csv.source.js';
import mdmDevices from '../../mdm-devices-csv.source.js';
import payrollPayees from '../../payroll-payees-csv.source.js';

/** A source context for unit tests, with a fixed key. */
export const ctx: SourceContext = {
  rawRef: { file: 'fixture.csv', line: 2, sha256: sha256('row') },
  fingerprintKey: 'test-key',
};

/** Reads CSV text and returns its data rows as records (failing on malformed rows). */
export async function csvRows(text: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const item of readCsv(chunks(text))) {
    assert.equal(item.kind, 'record', JSON.stringify(item));
    if (item.kind === 'record') out.push(item.value as Record<string, string>);
  }
  return out;
}

/** The header cells of CSV text, as format detection reads them. */
export function csvHeader(text: string): string[] {
  const header = sniffCsvHeader(text);
  assert.ok(header, 'no CSV header');
  return header;
}

/** Every CSV source, including the HR directory, for sniff comparisons. */
export const CSV_SOURCES: readonly SourceDefinition[] = [atsApplicants, hrDirectory, logisticsShipments, mdmDevices, payrollPayees];

/** Asserts that `expected` is the one CSV source with the highest sniff score (≥ 0.9) for `header`. */
export function assertSniffWinner(header: readonly string[], expected: string): void {
  const scores = CSV_SOURCES.map((source) => ({ id: source.id, score: source.sniff(header) }));
  const own = scores.find((s) => s.id === expected)!;
  assert.ok(own.score >= 0.9, `${expected} scores ${own.score} on ${JSON.stringify(header)}`);
  for (const other of scores) {
    if (other.id !== expected) assert.ok(other.score < own.score, `${other.id} (${other.score}) ties or beats ${expected} (${own.score}) on ${JSON.stringify(header)}`);
  }
}

/** Normalizes a record that must be accepted. */
export function accept(source: SourceDefinition, record: unknown, context: SourceContext = ctx): SourceOutput {
  const result = source.normalize(record, context);
  assert.ok(result.ok, `expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

/** Normalizes a record that must be rejected, and returns the issues. */
export function reject(source: SourceDefinition, record: unknown): string[] {
  const result = source.normalize(record, ctx);
  assert.equal(result.ok, false, `expected a rejection, got ${JSON.stringify(result)}`);
  return result.ok ? [] : result.issues;
}
