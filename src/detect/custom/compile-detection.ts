import { unknownFieldHint } from './ecs-fields.js';
import type { FieldView } from './ecs-view.js';
import { compileFieldMatcher, type FieldMatcher } from './field-matchers.js';
import { compileCondition, namesOf, parseCondition } from './parse-condition.js';
import { error, warning, type PathSegment, type RuleIssue } from './rule-problem.js';

/** A rule's detection block, compiled: does one event match, and which fields it reads. */
export interface CompiledDetection {
  matches(view: FieldView): boolean;
  /** Every field the selections read, in order of first use (shown as evidence). */
  fields: string[];
}

type Selection = (view: FieldView) => boolean;

const NAME = /^[A-Za-z_][\w.-]*$/;
const RESERVED = new Set(['and', 'or', 'not', 'of', 'them', 'all']);
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** All fields of one mapping must match. */
function compileMap(map: Record<string, unknown>, path: readonly PathSegment[], issues: RuleIssue[], fields: string[]): Selection {
  const matchers: FieldMatcher[] = [];
  if (Object.keys(map).length === 0) issues.push(error(path, 'the selection is empty', 'add at least one field: value'));
  for (const [key, value] of Object.entries(map)) {
    const compiled = compileFieldMatcher(key, value, [...path, key]);
    issues.push(...compiled.issues);
    if (compiled.matcher) {
      matchers.push(compiled.matcher);
      if (!fields.includes(compiled.matcher.field)) fields.push(compiled.matcher.field);
    }
  }
  return (view) => matchers.every((m) => m.test(view.get(m.field)));
}

/** A mapping (every field matches), or a list of mappings (any of them matches). */
function compileSelection(value: unknown, path: readonly PathSegment[], issues: RuleIssue[], fields: string[]): Selection | undefined {
  if (isMap(value)) return compileMap(value, path, issues, fields);
  if (Array.isArray(value) && value.length > 0 && value.every(isMap)) {
    const alternatives = value.map((m, i) => compileMap(m, [...path, i], issues, fields));
    return (view) => alternatives.some((s) => s(view));
  }
  issues.push(error(path, 'a selection must be a mapping of field: value (or a list of such mappings)', Array.isArray(value) ? 'keyword lists are not supported: name the field, e.g. user_agent.original|contains: [curl]' : 'write e.g. { source.ip|cidr: 198.51.100.0/24 }'));
  return undefined;
}

/**
 * Compiles the `detection` block: named selections and the condition combining them. Unknown
 * fields and unused selections are warnings; everything else that is wrong is an error.
 */
export function compileDetection(detection: Record<string, unknown>, kind: 'signin' | 'event' | 'any'): { detection?: CompiledDetection; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const fields: string[] = [];
  const selections = new Map<string, Selection>();
  for (const [name, value] of Object.entries(detection)) {
    if (name === 'condition') continue;
    const path = ['detection', name];
    if (name === 'timeframe') {
      issues.push(error(path, 'timeframe is not a selection', 'write the window in the aggregation block: aggregation: { window: 7d, … }', { at: 'key' }));
      continue;
    }
    if (!NAME.test(name) || RESERVED.has(name.toLowerCase())) {
      issues.push(error(path, `"${name}" cannot name a selection`, 'use letters, digits, _ . or -, starting with a letter, and not a condition keyword', { at: 'key' }));
      continue;
    }
    const selection = compileSelection(value, path, issues, fields);
    if (selection) selections.set(name, selection);
  }
  for (const field of fields) {
    const unknown = unknownFieldHint(field, kind);
    if (unknown) issues.push(warning(fieldPath(detection, field), unknown.message, unknown.hint, { at: 'key' }));
  }
  const condition = detection.condition;
  const conditionPath = ['detection', 'condition'];
  if (condition === undefined) {
    issues.push(error(['detection'], 'detection has no condition', 'add e.g. condition: selection and not filter'));
  } else if (typeof condition !== 'string') {
    issues.push(error(conditionPath, 'the condition must be one string', Array.isArray(condition) ? 'join the alternatives with "or" in one condition' : 'write e.g. condition: selection and not filter'));
  } else {
    const names = Object.keys(detection).filter((n) => n !== 'condition' && n !== 'timeframe');
    const parsed = parseCondition(condition, names);
    if (parsed.issue) issues.push(error(conditionPath, parsed.issue.message, parsed.issue.hint, { offset: parsed.issue.offset }));
    if (parsed.condition) {
      const used = new Set(namesOf(parsed.condition));
      for (const name of names.filter((n) => !used.has(n))) {
        issues.push(warning(['detection', name], `selection "${name}" is not used by the condition`, 'use it in the condition or remove it', { at: 'key' }));
      }
      if (issues.every((i) => i.severity !== 'error')) {
        return { detection: { fields, matches: compileCondition(parsed.condition, (name) => selections.get(name)!) }, issues };
      }
    }
  }
  return { issues };
}

/** Where a field is first written, for a warning about it. */
function fieldPath(detection: Record<string, unknown>, field: string): PathSegment[] {
  for (const [name, value] of Object.entries(detection)) {
    const maps = isMap(value) ? [[value, []] as const] : Array.isArray(value) ? value.map((m, i) => [m, [i]] as const) : [];
    for (const [map, index] of maps) {
      if (!isMap(map)) continue;
      const key = Object.keys(map).find((k) => k.split('|')[0] === field);
      if (key !== undefined) return ['detection', name, ...index, key];
    }
  }
  return ['detection'];
}
