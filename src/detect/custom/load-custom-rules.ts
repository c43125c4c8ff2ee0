import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { RuleDefinition } from '../define-rule.js';
import { compileCustomRule } from './compile-custom-rule.js';
import { compileDetection } from './compile-detection.js';
import { CustomRuleSchema, KEY_HINTS, keysAt, SIGMA_METADATA } from './custom-rule.schema.js';
import { error, renderPath, type PathSegment, type RuleIssue, type RuleProblem } from './rule-problem.js';
import { positionOf } from './yaml-positions.js';

/** One rule file's path (as shown in problems) and text. */
export interface RuleFile {
  path: string;
  text: string;
}

/** The rules that compiled, and every problem of every file (errors skip their rule; warnings do not). */
export interface LoadedCustomRules {
  rules: RuleDefinition[];
  problems: RuleProblem[];
  /** The file each loaded rule came from, by id. */
  origins: Map<string, string>;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let at = root;
  for (const segment of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[segment] : undefined;
  return at;
}

function hintFor(path: readonly PathSegment[]): string {
  const keys = path.filter((s): s is string => typeof s === 'string');
  return KEY_HINTS[keys.join('.')] ?? KEY_HINTS[keys[0] ?? ''] ?? 'see docs/custom-rules.md';
}

/** Zod's verdict on the file's shape, as issues at the paths an author can find. */
function shapeIssues(error: z.ZodError, root: unknown): RuleIssue[] {
  return error.issues.flatMap((issue): RuleIssue[] => {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(path).filter((k) => !SIGMA_METADATA.includes(k));
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key', severity: 'error', message: `unknown key "${key}"`, hint: `known keys here: ${known.join(', ')}` }));
    }
    const value = valueAt(root, path);
    if (value === undefined && path.length > 0) {
      return [{ path: path.slice(0, -1), severity: 'error', message: `missing "${String(path[path.length - 1])}"`, hint: hintFor(path) }];
    }
    const got = value === null || typeof value !== 'object' ? ` (got ${JSON.stringify(value)})` : '';
    return [{ path, severity: 'error', message: `${issue.message}${got}`, hint: hintFor(path) }];
  });
}

/** The file's parse errors: yaml's message without its own "at line …" tail (the position is ours). */
function syntaxProblems(file: string, doc: Document): RuleProblem[] {
  const problem = (severity: RuleProblem['severity']) => (e: Document['errors'][number] | Document['warnings'][number]): RuleProblem => ({
    file,
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    path: '',
    severity,
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    hint: e.code === 'MULTIPLE_DOCS' ? 'write one rule per file' : 'fix the YAML syntax (indentation, quoting, colons after keys)',
  });
  return [...doc.errors.map(problem('error')), ...doc.warnings.map(problem('warning'))];
}

/** Parses, validates and compiles one file; problems carry the file's line and column. */
function loadOne(file: RuleFile): { rule?: RuleDefinition; problems: RuleProblem[]; idPosition?: { line: number; column: number } } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const syntax = syntaxProblems(file.path, doc);
  if (doc.errors.length > 0) return { problems: syntax };
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { problems: [...syntax, { file: file.path, line: 1, column: 1, path: '', severity: 'error', message: (e as Error).message, hint: 'write the rule without YAML aliases' }] };
  }
  const id = root !== null && typeof root === 'object' && typeof (root as { id?: unknown }).id === 'string' ? (root as { id: string }).id : undefined;
  const at = (issue: RuleIssue): RuleProblem => ({
    file: file.path,
    ...positionOf(doc, lines, issue.path, { ...(issue.at ? { at: issue.at } : {}), ...(issue.offset !== undefined ? { offset: issue.offset } : {}) }),
    path: renderPath(issue.path),
    severity: issue.severity,
    message: issue.message,
    hint: issue.hint,
    ...(id ? { rule: id } : {}),
  });
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return { problems: [...syntax, at(error([], root === null || root === undefined ? 'the file is empty' : 'a rule file must be a YAML mapping', KEY_HINTS['']!))] };
  }
  const shape = CustomRuleSchema.safeParse(root);
  if (!shape.success) {
    // Report the detection's problems too, so one run shows everything to fix.
    const detection = (root as { detection?: unknown }).detection;
    const more = detection !== null && typeof detection === 'object' && !Array.isArray(detection) ? compileDetection(detection as Record<string, unknown>, 'any').issues : [];
    return { problems: [...syntax, ...[...shapeIssues(shape.error, root), ...more].map(at)] };
  }
  const compiled = compileCustomRule(shape.data, file.path);
  return { ...(compiled.rule ? { rule: compiled.rule } : {}), problems: [...syntax, ...compiled.issues.map(at)], idPosition: positionOf(doc, lines, ['id']) };
}

/**
 * Loads custom rule files (already read, in the order given) into rule definitions. Never throws on
 * bad input: a file with an error is skipped with problems that say where and what to do; ids must be
 * unique and must not clash with built-in rules (the first file keeps an id).
 */
export function loadCustomRules(files: readonly RuleFile[], builtinIds: readonly string[]): LoadedCustomRules {
  const rules: RuleDefinition[] = [];
  const problems: RuleProblem[] = [];
  const origins = new Map<string, string>();
  const builtin = new Set(builtinIds);
  for (const file of files) {
    const loaded = loadOne(file);
    problems.push(...loaded.problems.sort((a, b) => a.line - b.line || a.column - b.column));
    const rule = loaded.rule;
    if (!rule) continue;
    const clash = builtin.has(rule.id) ? 'a built-in rule' : origins.has(rule.id) ? origins.get(rule.id)! : undefined;
    if (clash) {
      const where = loaded.idPosition ?? { line: 1, column: 1 };
      problems.push({ file: file.path, ...where, path: 'id', severity: 'error', message: `"${rule.id}" is already used by ${clash}`, hint: 'give every rule its own id', rule: rule.id });
      continue;
    }
    rules.push(rule);
    origins.set(rule.id, file.path);
  }
  return { rules, problems, origins };
}
