/** A key or list index on the way from a rule file's root to the value a problem is about. */
export type PathSegment = string | number;

/**
 * A problem found while compiling a rule, located by its path in the rule document. The loader turns
 * the path into a line and column of the file.
 */
export interface RuleIssue {
  path: readonly PathSegment[];
  /** Point at the key (e.g. an unknown modifier) rather than at the value. */
  at?: 'key' | 'value';
  /** Characters into the value's text (e.g. a token of the condition). */
  offset?: number;
  severity: 'error' | 'warning';
  message: string;
  /** What the author should do about it. */
  hint: string;
}

/** A problem in one rule file, with where it is and what to do. Errors skip the rule; warnings do not. */
export interface RuleProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The field path in the rule, e.g. `detection.selection["source.ip|cidr"][1]`; empty for the whole file. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
  /** The rule's id, when the file got far enough to have one. */
  rule?: string;
}

/** Renders a path the way an author would look for it: dotted keys, quoted when they hold dots or modifiers. */
export function renderPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** One line per problem: `file:line:column: error: path: message. What to do.` */
export function formatProblem(p: RuleProblem): string {
  const where = p.path === '' ? '' : `${p.path}: `;
  const hint = p.hint === '' ? '' : ` — ${p.hint}`;
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${where}${p.message}${hint}`;
}

/** An error issue (the rule is skipped). */
export function error(path: readonly PathSegment[], message: string, hint: string, extra: Pick<RuleIssue, 'at' | 'offset'> = {}): RuleIssue {
  return { path, severity: 'error', message, hint, ...extra };
}

/** A warning issue (the rule still runs). */
export function warning(path: readonly PathSegment[], message: string, hint: string, extra: Pick<RuleIssue, 'at' | 'offset'> = {}): RuleIssue {
  return { path, severity: 'warning', message, hint, ...extra };
}
