import { isAbsolute, relative } from 'node:path';
import { ENRICHMENT_FIELDS, EVENT_FIELDS } from '../../detect/custom/ecs-fields.js';
import { SIGN_IN_FIELDS, SUBJECT_FIELD } from '../../detect/custom/ecs-view.js';
import { formatProblem } from '../../detect/custom/rule-problem.js';
import { safeText, textTable } from '../../report/text-table.js';
import type { CommandContext } from '../context.js';
import { loadCustomRulesFor, rulesDirOf } from '../custom-rules.js';
import { UsageError } from '../errors.js';

/** Options of `molehunt rules validate`. */
export interface RulesValidateOptions {
  json?: boolean;
  /** List the fields custom rules can read instead of validating. */
  fields?: boolean;
}

function printFields(options: RulesValidateOptions, ctx: CommandContext): void {
  const groups = { pseudo: [SUBJECT_FIELD], sign_ins: [...SIGN_IN_FIELDS], events: [...EVENT_FIELDS], enrichment: [...ENRICHMENT_FIELDS] };
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
    return;
  }
  const titles = {
    pseudo: 'every event (the person it belongs to)',
    sign_ins: 'sign-ins (logsource.kind: signin)',
    events: 'other events (logsource.kind: event; vendor fields such as okta.* are read as they are, with a warning)',
    enrichment: 'sign-ins and events with a source address or user agent',
  };
  for (const [group, fields] of Object.entries(groups)) {
    ctx.io.stdout.write(`${titles[group as keyof typeof groups]}:\n${fields.map((f) => `  ${f}`).join('\n')}\n\n`);
  }
}

/** `file` relative to `dir` when it lies inside it, else as given. */
function relativeTo(dir: string | undefined, file: string): string {
  if (!dir || !file) return file;
  const rel = relative(dir, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * Checks every rule file of a rules directory (DIR, else config rules_dir) and prints each problem
 * with file, line and column, then the rules that loaded. Returns false when any file has an error.
 */
export function rulesValidateCommand(dir: string | undefined, options: RulesValidateOptions, ctx: CommandContext): boolean {
  if (options.fields) {
    printFields(options, ctx);
    return true;
  }
  if (!rulesDirOf(ctx, dir)) {
    throw new UsageError('no rules directory: pass one (`molehunt rules validate rules/`) or set rules_dir in the config file.');
  }
  const custom = loadCustomRulesFor(ctx, dir);
  const errors = custom.problems.filter((p) => p.severity === 'error').length;
  if (options.json) {
    const rules = custom.rules.map((r) => ({ id: r.id, file: custom.origins.get(r.id), indicator: r.indicator, strength: r.strength, severity: r.severity, status: r.status }));
    ctx.io.stdout.write(`${JSON.stringify({ dir: custom.dir, rules, problems: custom.problems }, null, 2)}\n`);
    return errors === 0;
  }
  for (const problem of custom.problems) ctx.io.stdout.write(`${safeText(formatProblem(problem))}\n`);
  if (custom.rules.length > 0) {
    // Files relative to the rules directory: the table stays readable whatever the checkout's path.
    const rows = custom.rules.map((r) => [r.id, relativeTo(custom.dir, custom.origins.get(r.id) ?? ''), r.indicator, r.strength, r.status === 'experimental' ? 'experimental (shadow)' : r.status, r.title]);
    ctx.io.stdout.write(`${custom.problems.length > 0 ? '\n' : ''}${textTable(['loaded', 'file', 'indicator', 'str', 'status', 'title'], rows)}`);
  }
  const warnings = custom.problems.length - errors;
  ctx.io.stdout.write(`\n${custom.rules.length} rule(s) loaded, ${errors} error(s), ${warnings} warning(s).${errors > 0 ? ' Files with errors are skipped by analyze.' : ''}\n`);
  return errors === 0;
}
