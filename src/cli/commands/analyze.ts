import { createHash, randomUUID } from 'node:crypto';
import type { EnrichContext } from '../../enrich/define-enricher.js';
import { VERSION } from '../version.js';
import { analyze, type AnalyzeOutput } from '../../analyze.js';
import { levelAtLeast, type Level } from '../../model/severity.js';
import { withStore, type CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { status } from '../io.js';
import { loadHostEvents } from '../load-events.js';
import { loadCustomRulesFor, reportCustomRules } from '../custom-rules.js';
import { sanctionedTools } from '../../detect/suppress.js';

/** Options of `molehunt analyze`. */
export interface AnalyzeOptions {
  json?: boolean;
  failOn?: Level;
  /** Re-evaluate every rule for every subject instead of only what changed since the last analysis. */
  full?: boolean;
  /** A folder of custom YAML rules; overrides config `rules_dir` (docs/custom-rules.md). */
  rulesDir?: string;
}

/**
 * Everything besides the data that shapes findings: molehunt's version, the rule catalog, the config
 * (rule options, policy, suppressions, corporate ranges) and the imported intel. When it changes, an
 * incremental analysis re-runs everything.
 */
function globalKey(ctx: CommandContext, enrich: EnrichContext): string {
  const { db: _db, store: _store, configFile: _file, ...config } = ctx.config;
  const intel = [...enrich.imports.ipRanges, ...enrich.imports.addressKeys, ...enrich.imports.emailIocs, ...enrich.imports.mmdb].map((x) => `${x.dataset}@${x.date}`);
  return createHash('sha256')
    .update(JSON.stringify({ version: VERSION, rules: ctx.catalog.rules.map((r) => `${r.id}:${r.status}:${r.scope ?? 'population'}`), config, intel: [...new Set(intel)].sort() }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Loads everything ingested, runs the pipeline and replaces the stored result in one transaction.
 * Returns the output and whether a subject reached the --fail-on level.
 */
export async function analyzeCommand(options: AnalyzeOptions, ctx: CommandContext): Promise<{ output: AnalyzeOutput; failed: boolean }> {
  // Custom rules run beside the built-in ones (population scope: never reused incrementally); a bad
  // rule file is reported and skipped, never fatal.
  const custom = loadCustomRulesFor(ctx, options.rulesDir);
  reportCustomRules(ctx.io, custom);
  const catalog = { ...ctx.catalog, rules: [...ctx.catalog.rules, ...custom.rules] };
  const output = await withStore(ctx, true, async (store) => {
    status(ctx.io, 'analyzing: loading identity records, sign-ins and other events…');
    const now = Date.now();
    const identities = await store.identities.list();
    const signIns = await store.events.signIns();
    const hostEvents = await loadHostEvents(store, ctx);
    const events = await store.events.count();
    const enrich = await enrichContext(ctx, store, { ip: true });
    const key = globalKey(ctx, enrich);
    const previous = options.full ? undefined : await store.analysis.previous();
    const judgements = (await store.judgements.active()).map((j) => ({ id: j.id, decision: j.decision, a: j.a_records, b: j.b_records, reason: j.reason, by: j.decided_by, at: j.decided_at }));
    const result = analyze(
      {
        identities,
        signIns,
        events: hostEvents,
        enrich,
        ruleSettings: custom.settings,
        suppressions: ctx.config.suppressions,
        policy: { now, newHireDays: ctx.config.new_hire_days, sanctionedRemoteTools: sanctionedTools(ctx.config.suppressions, now) },
        globalKey: key,
        ...(previous ? { previous } : {}),
        judgements,
        networkOptions: ctx.config.networks,
      },
      catalog,
    );
    await store.transaction(async (repos) => {
      await repos.analysis.replace(result.subjects, result.findings, {
        id: randomUUID(),
        finished_at: new Date().toISOString(),
        subjects: result.subjects.length,
        findings: result.findings.length,
        events,
      }, { globalKey: key, fingerprints: result.fingerprints });
      await repos.networks.replace(result.networks, result.graphNotes);
    });
    status(
      ctx.io,
      `analyzed ${signIns.length} sign-ins (of ${events} events) and ${identities.length} identity records: ${result.subjects.length} subjects, ` +
        `${result.findings.length} findings, ${result.subjects.filter((s) => s.level !== 'none').length} subjects with a risk level` +
        (result.unattributedSignIns > 0
          ? ` (${result.unattributedSignIns} sign-ins belong to accounts with no identity record)`
          : '') +
        (previous && result.reevaluatedSubjects < result.subjects.length
          ? `; incremental: per-subject rules re-ran for ${result.reevaluatedSubjects} changed subjects (--full re-runs all)`
          : ''),
    );
    for (const note of result.notes) status(ctx.io, `note: ${note}`);
    const generic = result.graphNotes.filter((n) => n.type === 'generic').length;
    if (result.networks.length > 0 || generic > 0) {
      status(ctx.io, `networks: ${result.networks.length} (\`molehunt networks\`); ${generic} shared values left out as generic (offices, VPN exits, placeholders: see the report)`);
    }
    return result;
  });
  const failed = options.failOn !== undefined && output.subjects.some((s) => levelAtLeast(s.level, options.failOn!));
  if (options.json) {
    const summary = { subjects: output.subjects.length, findings: output.findings.length, reevaluated_subjects: output.reevaluatedSubjects };
    ctx.io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  }
  return { output, failed };
}
