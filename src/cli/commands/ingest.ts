import { randomUUID } from 'node:crypto';
import { readerFor } from '../../ingest/detect-format.js';
import { ingestStream } from '../../ingest/ingest-stream.js';
import { decodeChunks } from '../../ingest/readers/raw-item.js';
import { safeText } from '../../report/text-table.js';
import type { Store } from '../../store/open-store.js';
import { withStore, type CommandContext } from '../context.js';
import { detectFile, detectHead, type FileDetection } from '../detect-file.js';
import { sha256 } from '../../ingest/hash.js';
import { identitySignature, mergeIdentityRecords, type IdentityRecord } from '../../model/identity-record.js';
import { openInput, type Input, type OpenedInput } from '../open-input.js';
import { UsageError } from '../errors.js';
import { expandInputs } from '../input-files.js';
import { status } from '../io.js';
import { createProgress } from '../progress.js';

/** Options of `molehunt ingest`. */
export interface IngestOptions {
  source?: string;
  json?: boolean;
}

/** What happened to one file. */
export interface FileSummary {
  file: string;
  source: string;
  framing: string;
  records: number;
  events: number;
  new_events: number;
  quarantined: number;
  /** Distinct identity records (people or accounts) the file describes. */
  identities: number;
  /** The first few quarantine reasons, as `file:line: reason`. */
  first_problems: string[];
}

const SHOWN_PROBLEMS = 5;

async function ingestFile(
  store: Store,
  ctx: CommandContext,
  file: Input,
  detection: Extract<FileDetection, { ok: true }>,
  fingerprintKey: string,
  /** Standard input arrives already open (it can be read only once). */
  stdin: OpenedInput | undefined,
): Promise<FileSummary> {
  const summary: FileSummary = {
    file: file.display,
    source: detection.source.id,
    framing: detection.framing,
    records: 0,
    events: 0,
    new_events: 0,
    identities: 0,
    quarantined: 0,
    first_problems: [],
  };
  const startedAt = new Date().toISOString();
  const progress = createProgress(ctx.io, ctx.quiet || file.size === 0);
  progress.start(file.size, file.display);
  const opened = stdin ?? (await openInput(file, (bytes) => progress.update(bytes)));
  const text = decodeChunks(opened.body);
  const batches = ingestStream(readerFor(detection.framing)(text), {
    source: detection.source,
    file: file.display,
    fingerprintKey,
  });
  // A log repeats each actor's identity record on every event: merge the versions, and write a record
  // only when the merge changed it.
  const current = new Map<string, { record: IdentityRecord; signature: string; incoming: string }>();
  try {
    for await (const batch of batches) {
      const changed = new Map<string, IdentityRecord>();
      for (const incoming of batch.identities) {
        const known = current.get(incoming.id);
        const incomingSignature = identitySignature(incoming);
        // The same version as last time (the usual case in a log): nothing to merge.
        if (known?.incoming === incomingSignature) continue;
        const record = known ? mergeIdentityRecords(known.record, incoming) : incoming;
        const signature = known ? identitySignature(record) : incomingSignature;
        current.set(incoming.id, { record, signature, incoming: incomingSignature });
        if (known?.signature !== signature) changed.set(incoming.id, record);
      }
      const newEvents = await store.transaction(async (repos) => {
        const inserted = await repos.events.insertBatch({
          source: detection.source.id,
          file: file.display,
          events: batch.events,
          spans: batch.spans,
          rawText: batch.rawText,
          rawId: batch.rawId,
        });
        await repos.identities.upsertMany([...changed.values()]);
        await repos.quarantine.insertMany(batch.quarantined);
        return inserted;
      });
      summary.records += batch.records;
      summary.events += batch.events.length;
      summary.new_events += newEvents;
      summary.identities = current.size;
      summary.quarantined += batch.quarantined.length;
      for (const q of batch.quarantined) {
        if (summary.first_problems.length < SHOWN_PROBLEMS) summary.first_problems.push(`${q.file}:${q.line}: ${q.reasons.join('; ')}`);
      }
    }
  } finally {
    progress.stop();
    opened.close();
  }
  const failure = opened.error();
  if (failure) {
    // A truncated or corrupt .gz: what came before is in; the rest is reported, never dropped silently.
    const reason = `the compressed stream ends or breaks here (${failure.message}): the rest of the file was not read`;
    await store.quarantine.insertMany([
      { id: sha256(`${file.display}\0gzip\0${failure.message}`).slice(0, 32), file: file.display, line: 0, index: summary.records, source: detection.source.id, reasons: [reason], raw: '', sha256: '' },
    ]);
    summary.quarantined += 1;
    if (summary.first_problems.length < SHOWN_PROBLEMS) summary.first_problems.push(`${file.display}: ${reason}`);
  }
  await store.ingestRuns.add({
    id: randomUUID(),
    file: summary.file,
    source: summary.source,
    framing: summary.framing,
    records: summary.records,
    events: summary.events,
    identities: summary.identities,
    quarantined: summary.quarantined,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
  });
  return summary;
}

function report(ctx: CommandContext, s: FileSummary): void {
  const duplicates = s.events - s.new_events;
  status(
    ctx.io,
    `${safeText(s.file)}: ${s.source} (${s.framing}) — ${s.records} records → ${s.new_events} new events` +
      `${duplicates > 0 ? ` (${duplicates} already stored)` : ''}, ${s.identities} identity records, ${s.quarantined} quarantined`,
  );
  // Reasons can quote the raw record (JSON.parse does): never pass its control characters to the terminal.
  for (const problem of s.first_problems) status(ctx.io, `  quarantined ${safeText(problem)}`);
  if (s.quarantined > s.first_problems.length) status(ctx.io, `  … and ${s.quarantined - s.first_problems.length} more`);
}

/**
 * Reads files into the store. Every file is recognized first, so an unrecognized one stops the
 * run before anything is written (exit 2). Bad records are quarantined, never dropped.
 */
export async function ingestCommand(paths: readonly string[], options: IngestOptions, ctx: CommandContext): Promise<FileSummary[]> {
  const inputs = expandInputs(paths, ctx.io.cwd);
  for (const skipped of inputs.skipped) status(ctx.io, `skipped ${skipped}: not a data file (.json .ndjson .jsonl .log .csv, or .gz of them)`);
  let stdin: OpenedInput | undefined;
  const detections = await Promise.all(
    inputs.files.map(async (f) => {
      if (f.path !== '-') return detectFile(f.path, ctx.catalog.sources, options.source);
      stdin = await openInput(f, undefined, ctx.io.stdin);
      return detectHead(stdin.head, ctx.catalog.sources, options.source);
    }),
  );
  const failures = inputs.files.flatMap((f, i) => {
    const d = detections[i]!;
    return d.ok ? [] : [`${f.display}: ${d.message}`];
  });
  if (failures.length > 0) {
    stdin?.close();
    throw new UsageError(`nothing was ingested.\n${failures.join('\n')}`);
  }

  const summaries = await withStore(ctx, false, async (store) => {
    const key = ctx.io.env.MOLEHUNT_FINGERPRINT_KEY ?? (await store.meta.fingerprintKey());
    const out: FileSummary[] = [];
    for (const [i, file] of inputs.files.entries()) {
      const summary = await ingestFile(store, ctx, file, detections[i] as Extract<FileDetection, { ok: true }>, key, file.path === '-' ? stdin : undefined);
      report(ctx, summary);
      out.push(summary);
    }
    return out;
  });
  const quarantined = summaries.reduce((n, s) => n + s.quarantined, 0);
  if (quarantined > 0) status(ctx.io, `${quarantined} records quarantined: \`molehunt quarantine\` lists them with file, line and reason.`);
  if (options.json) ctx.io.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  return summaries;
}
