import { isIP } from 'node:net';
import { CidrTable, parseIpv4, parseIpv6 } from '../../enrich/ip-ranges.js';
import { FIELD_NAME } from './custom-rule.schema.js';
import { error, type PathSegment, type RuleIssue } from './rule-problem.js';
import { parseValuePattern } from './wildcard-pattern.js';

/** Modifiers that decide how a value compares (at most one per field). */
const OPERATORS = ['contains', 'startswith', 'endswith', 're', 'cidr', 'gte', 'gt', 'lte', 'lt', 'exists'] as const;
/** Modifiers that change an operator: `all` (every listed value must match), `cased`, and regex flags. */
const FLAGS = ['all', 'cased', 'i', 'm', 's'] as const;
type Operator = (typeof OPERATORS)[number] | 'equals';

/** A compiled `field|modifiers: values` entry of a selection. */
export interface FieldMatcher {
  field: string;
  /** True when the field's value (a scalar, a list, or undefined) matches. */
  test(value: unknown): boolean;
}

const HINTS: Record<Operator, string> = {
  equals: 'write a string, number, boolean or null (null: the field is missing or empty)',
  contains: 'write a string',
  startswith: 'write a string',
  endswith: 'write a string',
  re: 'fix the JavaScript regular expression (https://developer.mozilla.org/docs/Web/JavaScript/Guide/Regular_expressions)',
  cidr: 'write an address or a range with its prefix length, e.g. 198.51.100.0/24 or 2001:db8::/32',
  gte: 'write a number or an ISO date',
  gt: 'write a number or an ISO date',
  lte: 'write a number or an ISO date',
  lt: 'write a number or an ISO date',
  exists: 'write true (the field has a value) or false (it is missing or empty)',
};

const KNOWN = `known modifiers: ${[...OPERATORS, ...FLAGS].join(', ')}`;

const isText = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A list field's values as strings (objects and other non-values left out). */
function texts(list: readonly unknown[]): string[] {
  return list.filter(isText).map(String);
}

type ValueTest = (values: readonly string[]) => boolean;

function stringTest(op: Operator, raw: string, cased: boolean): ValueTest {
  const pattern = parseValuePattern(raw);
  if (pattern.source !== undefined) {
    const anchored = op === 'contains' ? pattern.source : op === 'startswith' ? `^${pattern.source}` : op === 'endswith' ? `${pattern.source}$` : `^${pattern.source}$`;
    const re = new RegExp(anchored, cased ? 's' : 'is');
    return (values) => values.some((v) => re.test(v));
  }
  const want = cased ? pattern.literal! : pattern.literal!.toLowerCase();
  const norm = (v: string) => (cased ? v : v.toLowerCase());
  if (op === 'contains') return (values) => values.some((v) => norm(v).includes(want));
  if (op === 'startswith') return (values) => values.some((v) => norm(v).startsWith(want));
  if (op === 'endswith') return (values) => values.some((v) => norm(v).endsWith(want));
  return (values) => values.some((v) => norm(v) === want);
}

type Ranges = CidrTable<true>;

/** An address or CIDR into the table, or a reason it is not one. */
function addCidr(list: Ranges, value: string): string | undefined {
  const [address, bits, ...rest] = value.trim().split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return 'is not an IP address or CIDR';
  const max = family === 4 ? 32 : 128;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return 'has no prefix length after the slash';
  const prefix = bits === undefined ? max : Number(bits);
  if (prefix > max) return `has a prefix length above ${max}`;
  return list.add(`${address}/${prefix}`, true) ? undefined : 'is not an IP address or CIDR';
}

// Integer prefix tables, not node's BlockList: check() builds an object per call, too slow per event.
function cidrTest(list: Ranges): ValueTest {
  return (values) => values.some((v) => {
    const v4 = parseIpv4(v);
    if (v4 >= 0) return list.matchV4(v4) !== undefined;
    const v6 = v.includes(':') ? parseIpv6(v) : undefined;
    return v6 !== undefined && list.matchV6(v6) !== undefined;
  });
}

/** A number, or a date's epoch ms when the rule compares dates. */
function comparable(value: string, dates: boolean): number {
  return dates ? Date.parse(value) : value.trim() === '' ? NaN : Number(value);
}

function compareTest(op: Operator, bound: number, dates: boolean): ValueTest {
  const ok = (n: number) => (op === 'gte' ? n >= bound : op === 'gt' ? n > bound : op === 'lte' ? n <= bound : n < bound);
  return (values) => values.some((v) => {
    const n = comparable(v, dates);
    return !Number.isNaN(n) && ok(n);
  });
}

interface ParsedKey {
  field: string;
  op: Operator;
  flags: Set<string>;
}

function parseKey(key: string, path: readonly PathSegment[]): { parsed?: ParsedKey; issues: RuleIssue[] } {
  const [field = '', ...mods] = key.split('|');
  const at = { at: 'key' } as const;
  if (!FIELD_NAME.test(field)) {
    return { issues: [error(path, `"${field}" is not a field name`, 'write a canonical ECS dotted path such as source.ip (docs/custom-rules.md#fields)', at)] };
  }
  const ops = mods.filter((m): m is (typeof OPERATORS)[number] => (OPERATORS as readonly string[]).includes(m));
  const issues: RuleIssue[] = [];
  for (const m of mods.filter((x) => !(OPERATORS as readonly string[]).includes(x) && !(FLAGS as readonly string[]).includes(x))) {
    issues.push(error(path, `unknown modifier "${m}"`, `${KNOWN}; for negation use "not" in the condition`, at));
  }
  if (new Set(mods).size !== mods.length) issues.push(error(path, 'a modifier is repeated', 'write each modifier once', at));
  if (ops.length > 1) issues.push(error(path, `modifiers ${ops.join(' and ')} cannot be combined`, 'use one of contains, startswith, endswith, re, cidr, gte, gt, lte, lt, exists per field; write two fields or two selections instead', at));
  const op: Operator = ops[0] ?? 'equals';
  const flags = new Set(mods.filter((m) => (FLAGS as readonly string[]).includes(m)));
  const regexFlags = [...flags].filter((f) => f === 'i' || f === 'm' || f === 's');
  if (regexFlags.length > 0 && op !== 're') issues.push(error(path, `modifier "${regexFlags[0]}" applies only to re`, 'write it after re (e.g. field|re|i), or remove it', at));
  if (flags.has('cased') && !['equals', 'contains', 'startswith', 'endswith'].includes(op)) {
    issues.push(error(path, `modifier "cased" does not apply to ${op}`, op === 're' ? 're is already case-sensitive; add |i for case-insensitive' : 'remove cased', at));
  }
  if (flags.has('all') && op === 'exists') issues.push(error(path, 'modifier "all" does not apply to exists', 'remove all', at));
  return issues.length > 0 ? { issues } : { parsed: { field, op, flags }, issues };
}

/** Compiles one rule value for an operator, or says why it cannot be used. */
function valueTest(k: ParsedKey, raw: unknown, cidrs: Ranges): ValueTest | string {
  const { op, flags } = k;
  if (op === 'exists') return typeof raw === 'boolean' ? (values) => values.some((v) => v !== '') === raw : 'exists takes true or false';
  if (raw === null) return op === 'equals' ? (values) => values.every((v) => v === '') : `${op} needs a value, not null`;
  if (typeof raw === 'object') return 'is a mapping or list; a value must be a string, number or boolean';
  if (op === 'cidr') return typeof raw === 'string' ? (addCidr(cidrs, raw) ?? cidrTest(cidrs)) : 'is not an IP address or CIDR';
  if (op === 'gte' || op === 'gt' || op === 'lte' || op === 'lt') {
    if (typeof raw === 'number') return compareTest(op, raw, false);
    if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) && !Number.isNaN(Date.parse(raw))) return compareTest(op, Date.parse(raw), true);
    return `${op} takes a number or an ISO date such as 2026-10-01`;
  }
  if (op === 're') {
    try {
      const re = new RegExp(String(raw), [...flags].filter((f) => f === 'i' || f === 'm' || f === 's').join(''));
      return (values) => values.some((v) => re.test(v));
    } catch (e) {
      return `is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
    }
  }
  return stringTest(op, String(raw), flags.has('cased'));
}

/**
 * Compiles `field|modifiers: value or [values]` into a matcher. A list means any value matches
 * (every value with `|all`). Strings compare case-insensitively unless `|cased`; `re` is as written.
 */
export function compileFieldMatcher(key: string, raw: unknown, path: readonly PathSegment[]): { matcher?: FieldMatcher; issues: RuleIssue[] } {
  const { parsed, issues } = parseKey(key, path);
  if (!parsed) return { issues };
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { issues: [error(path, 'the list of values is empty', 'give at least one value', { at: 'value' })] };
  const all = parsed.flags.has('all');
  // cidr values share one list (unless |all), so a long list of ranges costs one lookup per address.
  const shared: Ranges = new CidrTable();
  const tests: ValueTest[] = [];
  for (const [i, value] of list.entries()) {
    const test = valueTest(parsed, value, all ? new CidrTable() : shared);
    if (typeof test === 'string') issues.push(error(Array.isArray(raw) ? [...path, i] : path, `${JSON.stringify(value)} ${test}`, HINTS[parsed.op], { at: 'value' }));
    else tests.push(test);
  }
  if (issues.length > 0) return { issues };
  const combined: ValueTest = parsed.op === 'cidr' && !all ? tests[0]! : all ? (v) => tests.every((t) => t(v)) : (v) => tests.some((t) => t(v));
  // Most fields hold one value: reuse one array for it instead of allocating per event (tests are synchronous).
  const one = [''];
  const none: string[] = [];
  const test = (value: unknown): boolean => {
    if (isText(value)) {
      one[0] = String(value);
      return combined(one);
    }
    return combined(Array.isArray(value) ? texts(value) : none);
  };
  return { matcher: { field: parsed.field, test }, issues };
}
