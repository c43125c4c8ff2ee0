import { randomUUID } from 'node:crypto';
import { analyze, type AnalyzeOutput } from '../../analyze.js';
import { levelAtLeast, type Level } from '../../model/severity.js';
import { withStore, type CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { status } from '../io.js';
import { loadHostEvents } from '../load-events.js';
import { sanctionedTools } from '../../detect/suppress.js';

/** Options of `molehunt analyze`. */
export interface AnalyzeOptions {
  json?: boolean;
  failOn?: Level;
}

/**
 * Loads everything ingested, runs the pipeline and replaces the stored result in one transaction.
 * Returns the output and whether a subject reached the --fail-on level.
 */
export async function analyzeCommand(options: AnalyzeOptions, ctx: CommandContext): Promise<{ output: AnalyzeOutput; failed: boolean }> {
  const output = await withStore(ctx, true, async (store) => {
    status(ctx.io, 'analyzing: loading identity records, sign-ins and other events…');
    const now = Date.now();
    const identities = await store.identities.list();
    const signIns = await store.events.signIns();
    const hostEvents = await loadHostEvents(store, ctx);
    const events = await store.events.count();
    const enrich = await enrichContext(ctx, store, { ip: true });
    const result = analyze(
      {
        identities,
        signIns,
        events: hostEvents,
        enrich,
        ruleSettings: ctx.config.rules,
        suppressions: ctx.config.suppressions,
        policy: { now, newHireDays: ctx.config.new_hire_days, sanctionedRemoteTools: sanctionedTools(ctx.config.suppressions, now) },
      },
      ctx.catalog,
    );
    await store.transaction((repos) =>
      repos.analysis.replace(result.subjects, result.findings, {
        id: randomUUID(),
        finished_at: new Date().toISOString(),
        subjects: result.subjects.length,
        findings: result.findings.length,
        events,
      }),
    );
    status(
      ctx.io,
      `analyzed ${signIns.length} sign-ins (of ${events} events) and ${identities.length} identity records: ${result.subjects.length} subjects, ` +
        `${result.findings.length} findings, ${result.subjects.filter((s) => s.level !== 'none').length} subjects with a risk level` +
        (result.unattributedSignIns > 0
          ? ` (${result.unattributedSignIns} sign-ins belong to accounts with no identity record)`
          : ''),
    );
    for (const note of result.notes) status(ctx.io, `note: ${note}`);
    return result;
  });
  const failed = options.failOn !== undefined && output.subjects.some((s) => levelAtLeast(s.level, options.failOn!));
  if (options.json) ctx.io.stdout.write(`${JSON.stringify({ subjects: output.subjects.length, findings: output.findings.length }, null, 2)}\n`);
  return { output, failed };
}
