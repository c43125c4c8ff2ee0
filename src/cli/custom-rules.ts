import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { RuleSettings } from '../detect/run-rules.js';
import { loadCustomRules, type LoadedCustomRules, type RuleFile } from '../detect/custom/load-custom-rules.js';
import { formatProblem, type RuleProblem } from '../detect/custom/rule-problem.js';
import { safeText } from '../report/text-table.js';
import type { CommandContext } from './context.js';
import { status, type CliIO } from './io.js';

/** A rule file is a page of YAML; anything this big is not one. */
const MAX_RULE_FILE_BYTES = 256 * 1024;

/** Custom rules ready to run: the loaded rules, every problem, and rule settings safe to run with. */
export interface CustomRules extends LoadedCustomRules {
  /** The directory read, if any. */
  dir?: string;
  /** config.rules with the custom entries that failed validation left out (reported as problems). */
  settings: RuleSettings;
}

const shown = (io: CliIO, path: string) => {
  const rel = relative(io.cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

/** The rules directory: `--rules-dir` (relative to the working directory), else config `rules_dir` (relative to the config file). */
export function rulesDirOf(ctx: CommandContext, flag?: string): string | undefined {
  if (flag) return resolve(ctx.io.cwd, flag);
  if (!ctx.config.rules_dir) return undefined;
  return resolve(ctx.config.configFile ? dirname(ctx.config.configFile) : ctx.io.cwd, ctx.config.rules_dir);
}

const problemAt = (file: string, message: string, hint: string, severity: RuleProblem['severity'] = 'error'): RuleProblem => ({ file, line: 1, column: 1, path: '', severity, message, hint });

/** Reads every *.yml / *.yaml file under `dir` (recursively), in sorted order. */
export function readRuleFiles(dir: string, io: CliIO): { files: RuleFile[]; problems: RuleProblem[] } {
  const where = shown(io, dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { files: [], problems: [problemAt(where, 'rules directory not found', 'create it, or fix rules_dir in the config file or --rules-dir')] };
  }
  const files: RuleFile[] = [];
  const problems: RuleProblem[] = [];
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.ya?ml$/i.test(n)).sort();
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      if (stat.size > MAX_RULE_FILE_BYTES) {
        problems.push(problemAt(shown(io, path), `the file has ${stat.size} bytes, more than a rule file can have (${MAX_RULE_FILE_BYTES})`, 'write one rule per file'));
        continue;
      }
      files.push({ path: shown(io, path), text: readFileSync(path, 'utf8') });
    } catch (e) {
      problems.push(problemAt(shown(io, path), `cannot read the file: ${(e as Error).message}`, 'check its permissions'));
    }
  }
  if (names.length === 0) problems.push(problemAt(where, 'no *.yml or *.yaml files in the rules directory', 'add rule files (docs/custom-rules.md)', 'warning'));
  return { files, problems };
}

/** The line of `"<id>"` in the config file, so a settings problem points somewhere useful. */
function configLine(ctx: CommandContext, id: string): number {
  if (!ctx.config.configFile) return 1;
  const text = readFileSync(ctx.config.configFile, 'utf8');
  const at = text.indexOf(JSON.stringify(id));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Checks config `rules.custom.*` against the loaded rules; bad entries are reported and left out. */
function customSettings(ctx: CommandContext, loaded: LoadedCustomRules): { settings: RuleSettings; problems: RuleProblem[] } {
  const settings: RuleSettings = {};
  const problems: RuleProblem[] = [];
  const file = ctx.config.configFile ? shown(ctx.io, ctx.config.configFile) : 'config';
  for (const [id, value] of Object.entries(ctx.config.rules)) {
    if (!id.startsWith('custom.')) {
      settings[id] = value;
      continue;
    }
    const at = (message: string, hint: string) => problems.push({ file, line: configLine(ctx, id), column: 1, path: `rules.${id}`, severity: 'error', message, hint, rule: id });
    const rule = loaded.rules.find((r) => r.id === id);
    if (!rule) {
      const failed = loaded.problems.some((p) => p.rule === id && p.severity === 'error');
      at(failed ? 'the custom rule did not load (see its problems)' : 'no custom rule has this id', failed ? 'fix the rule file' : `check the id against the files in rules_dir (loaded: ${loaded.rules.map((r) => r.id).join(', ') || 'none'})`);
      continue;
    }
    const { enabled, ...options } = value;
    const known = rule.options instanceof z.ZodObject ? Object.keys(rule.options.shape) : [];
    const unknown = Object.keys(options).filter((k) => !known.includes(k));
    const check = rule.options.safeParse(options);
    if (enabled !== undefined && typeof enabled !== 'boolean') at('enabled must be true or false', 'write "enabled": false to turn the rule off');
    if (unknown.length > 0) at(`unknown option ${unknown.join(', ')}`, `known: enabled, ${known.join(', ')}`);
    if (!check.success) at(check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'fix the value or remove it to use the rule file\'s');
    const ok = unknown.length === 0 && check.success;
    settings[id] = { ...(typeof enabled === 'boolean' ? { enabled } : {}), ...(ok ? options : {}) };
  }
  return { settings, problems };
}

/** Reads and compiles the custom rules of this run. Never throws on bad rule files or settings. */
export function loadCustomRulesFor(ctx: CommandContext, flag?: string): CustomRules {
  const dir = rulesDirOf(ctx, flag);
  const read = dir ? readRuleFiles(dir, ctx.io) : { files: [], problems: [] };
  const loaded = loadCustomRules(read.files, ctx.catalog.rules.map((r) => r.id));
  const merged = { ...loaded, problems: [...read.problems, ...loaded.problems] };
  const checked = customSettings(ctx, merged);
  return { ...merged, problems: [...merged.problems, ...checked.problems], settings: checked.settings, ...(dir ? { dir } : {}) };
}

/** Prints each problem on stderr and one line saying what loaded. */
export function reportCustomRules(io: CliIO, custom: CustomRules): void {
  for (const problem of custom.problems) io.stderr.write(`molehunt: ${safeText(formatProblem(problem))}\n`);
  if (custom.dir === undefined && custom.rules.length === 0) return;
  const errors = custom.problems.filter((p) => p.severity === 'error').length;
  status(
    io,
    `custom rules: ${custom.rules.length} loaded from ${custom.dir ? shown(io, custom.dir) : '?'}` +
      (errors > 0 ? `; ${errors} error(s) above: rule files with errors were skipped (\`molehunt rules validate\` checks them)` : ''),
  );
}

/**
 * The context with the custom rules appended to its catalog, for commands that show findings
 * (explain, report) and need each rule's title and runbook. Problems are not printed here: analyze
 * and `rules validate` report them.
 */
export function withCustomRules(ctx: CommandContext, flag?: string): CommandContext {
  const custom = loadCustomRulesFor(ctx, flag);
  return custom.rules.length === 0 ? ctx : { ...ctx, catalog: { ...ctx.catalog, rules: [...ctx.catalog.rules, ...custom.rules] } };
}
