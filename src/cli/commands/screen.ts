import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readCsv, sniffCsvHeader } from '../../ingest/readers/csv-reader.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import { prepareRecordEnrichers } from '../../screen/checks/record-checks.js';
import { buildDbIndex } from '../../screen/db-index.js';
import { csvApplicants, isApplicantHeader, jsonApplicants, type ApplicantsRead } from '../../screen/read-applicants.js';
import { FAIRNESS_NOTE, screenApplicant, type ScreenContext } from '../../screen/screen-applicant.js';
import { verdictAtLeast, type ApplicantScreening, type Verdict } from '../../screen/screen-result.js';
import { WatchIndex } from '../../screen/watch-index.js';
import { describeLocation, openStore, type Store } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';
import { decodeText } from './lists.js';
import { printScreenings } from './screen-output.js';

/** Options of `molehunt screen`. */
export interface ScreenOptions {
  json?: boolean;
  failOn?: Exclude<Verdict, 'clear'>;
}

async function readInput(input: string, ctx: CommandContext): Promise<{ name: string; text: string }> {
  let bytes: Buffer;
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.io.stdin ?? process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = readFileSync(resolve(ctx.io.cwd, input));
    } catch (error) {
      throw new UsageError(`cannot read ${input}: ${(error as Error).message}`);
    }
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const rel = input === '-' ? '(stdin)' : relative(ctx.io.cwd, resolve(ctx.io.cwd, input));
  return { name: rel.startsWith('..') ? resolve(ctx.io.cwd, input) : rel, text: decodeText(bytes) };
}

async function readApplicants(file: { name: string; text: string }, fingerprintKey: string): Promise<ApplicantsRead> {
  const body = file.text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{') || body.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new UsageError(`${file.name}: not valid JSON (${(error as Error).message}). A JSON applicant is one object with the canonical fields (applicant_id, full_name, email, …).`);
    }
    return jsonApplicants(value, file.name, fingerprintKey);
  }
  const header = sniffCsvHeader(body);
  if (!header || !isApplicantHeader(header)) {
    throw new UsageError(`${file.name}: not an applicant CSV — expected a header with applicant_id and full_name or email (the ATS export columns, docs/sources/csv-imports.md), or a JSON applicant.`);
  }
  async function* text(): AsyncGenerator<string> {
    yield file.text;
  }
  return csvApplicants(readCsv(text()), file.name, fingerprintKey);
}

async function maybeStore(ctx: CommandContext): Promise<Store | undefined> {
  const location = ctx.config.store;
  if (location.dialect === 'sqlite' && !existsSync(location.path)) return undefined;
  return openStore(location, { mustExist: true });
}

/**
 * `molehunt screen <applicants.csv | applicant.json | ->`: a verdict per applicant with reasons and the
 * checks that ran. Returns whether a verdict reached --fail-on.
 */
export async function screenCommand(input: string, options: ScreenOptions, ctx: CommandContext, today = new Date()): Promise<{ screenings: ApplicantScreening[]; failed: boolean }> {
  const file = await readInput(input, ctx);
  const store = await maybeStore(ctx);
  try {
    // Payout accounts are compared by keyed fingerprint: the database's own key, or a throwaway one.
    const key = store ? await store.meta.fingerprintKey() : randomBytes(32).toString('hex');
    const read = await readApplicants(file, key);
    for (const problem of read.problems.slice(0, 20)) status(ctx.io, `not screened: ${problem}`);
    if (read.records.length === 0) throw new UsageError(`${file.name}: no applicant could be read${read.problems[0] ? ` (${read.problems[0]})` : ''}.`);
    const lists = store ? await store.watchLists.load() : [];
    const stored = store ? await store.identities.list() : [];
    const analysis = store ? { subjects: await store.analysis.subjects(), findings: await store.analysis.findings() } : undefined;
    // The run's own applicants count as known people too (two personas in one export), each once.
    const own = new Set(read.records.map((r) => r.id));
    const known: IdentityRecord[] = [...stored.filter((r) => !own.has(r.id)), ...read.records];
    const enrich = await enrichContext(ctx, store, { ip: read.records.some((r) => r.attributes.application_ip) });
    const screen: ScreenContext = {
      ...(lists.length > 0 ? { lists: new WatchIndex(lists.map((l) => ({ name: l.name, date: l.published, date_basis: l.date_basis, entries: l.entryList }))) } : {}),
      db: store
        ? buildDbIndex(known, analysis, `the database (${stored.length} records) and this run's ${read.records.length} applicants`)
        : buildDbIndex(read.records, undefined, `only this run's ${read.records.length} applicants (no database at ${describeLocation(ctx.config.store)})`),
      enrich: prepareRecordEnrichers(enrich),
      today,
    };
    const screenings = read.records.map((r) => screenApplicant(r, screen));
    printScreenings(ctx, screenings, {
      json: options.json ?? false,
      file: file.name,
      lists: lists.map((l) => ({ name: l.name, format: l.format, published: l.published, date_basis: l.date_basis, entries: l.entries })),
      database: store ? { location: describeLocation(ctx.config.store), records: stored.length, analyzed: (analysis?.subjects.length ?? 0) > 0 } : null,
      problems: read.problems,
      fairness: FAIRNESS_NOTE,
      screenedAt: today.toISOString(),
    });
    const failed = options.failOn !== undefined && screenings.some((s) => verdictAtLeast(s.verdict, options.failOn!));
    return { screenings, failed };
  } finally {
    await store?.close();
  }
}
