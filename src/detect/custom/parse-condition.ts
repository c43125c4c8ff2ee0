/** A parsed condition: selection names combined with and/or/not, and `1 of` / `all of` over name patterns. */
export type Condition =
  | { kind: 'ref'; name: string }
  | { kind: 'not'; arg: Condition }
  | { kind: 'and' | 'or'; args: Condition[] }
  | { kind: 'of'; quantifier: 'one' | 'all'; names: string[] };

/** A problem in the condition text, at a character offset. */
export interface ConditionIssue {
  offset: number;
  message: string;
  hint: string;
}

interface Token {
  text: string;
  offset: number;
}

/** Unwinds the descent to parseCondition, which returns it as a result (never escapes the module). */
class ConditionSyntax extends Error {
  constructor(readonly issue: ConditionIssue) {
    super(issue.message);
  }
}

const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them', 'all', '1']);

function tokenize(text: string): { tokens: Token[]; issue?: ConditionIssue } {
  const tokens: Token[] = [];
  const re = /\s*(?:([()])|([\w.*-]+)|(\S))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    const offset = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? '').length;
    if (m[3] !== undefined) {
      const hint = m[3] === '|' ? 'Sigma\'s "| count() by …" is written as an aggregation block (docs/custom-rules.md#aggregation)' : 'use selection names, and, or, not, parentheses, "1 of name*" and "all of name*"';
      return { tokens, issue: { offset, message: `unexpected "${m[3]}"`, hint } };
    }
    tokens.push({ text: m[1] ?? m[2]!, offset });
  }
  return { tokens };
}

const globRegex = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/**
 * Parses a Sigma condition by recursive descent: `not` binds tighter than `and`, which binds tighter
 * than `or`; parentheses group. Names must be selections of the rule; `1 of x*` / `all of them`
 * expand over them. Returns the tree or the first problem with its offset in the text.
 */
export function parseCondition(text: string, selections: readonly string[]): { condition?: Condition; issue?: ConditionIssue } {
  const { tokens, issue } = tokenize(text);
  if (issue) return { issue };
  if (tokens.length === 0) return { issue: { offset: 0, message: 'the condition is empty', hint: 'name a selection, e.g. "selection and not filter"' } };
  let pos = 0;
  const peek = () => tokens[pos]?.text.toLowerCase();
  const fail = (message: string, hint: string, token = tokens[pos]): never => {
    throw new ConditionSyntax({ offset: token?.offset ?? text.length, message, hint });
  };
  const defined = `defined selections: ${selections.join(', ') || '(none)'}`;

  function primary(): Condition {
    const token = tokens[pos];
    if (!token) return fail('the condition ends too early', 'complete the expression after the last operator');
    const word = token.text.toLowerCase();
    if (word === '(') {
      pos++;
      const inner = or();
      if (peek() !== ')') fail('missing ")"', 'close every "(" with ")"');
      pos++;
      return inner;
    }
    if (word === '1' || word === 'all') {
      pos++;
      if (peek() !== 'of') fail(`expected "of" after "${token.text}"`, 'write "1 of selection*" or "all of them"');
      pos++;
      const target = tokens[pos];
      if (!target || KEYWORDS.has(target.text.toLowerCase()) && target.text.toLowerCase() !== 'them') fail('expected a name pattern or "them" after "of"', 'write e.g. "1 of selection*"', target);
      pos++;
      const names = target!.text.toLowerCase() === 'them' ? [...selections] : selections.filter((s) => globRegex(target!.text).test(s));
      if (names.length === 0) fail(`no selection matches "${target!.text}"`, defined, target);
      return { kind: 'of', quantifier: word === '1' ? 'one' : 'all', names };
    }
    if (word === ')' || KEYWORDS.has(word)) fail(`unexpected "${token.text}"`, 'a selection name, "not", "(" or "1 of"/"all of" must come here');
    if (token.text.includes('*')) fail(`"${token.text}" is a pattern`, 'patterns need a quantifier: "1 of ' + token.text + '" or "all of ' + token.text + '"');
    if (!selections.includes(token.text)) fail(`no selection named "${token.text}"`, defined);
    pos++;
    return { kind: 'ref', name: token.text };
  }
  function not(): Condition {
    if (peek() === 'not') {
      pos++;
      return { kind: 'not', arg: not() };
    }
    return primary();
  }
  function chain(kind: 'and' | 'or', next: () => Condition): Condition {
    const args = [next()];
    while (peek() === kind) {
      pos++;
      args.push(next());
    }
    return args.length === 1 ? args[0]! : { kind, args };
  }
  function and(): Condition {
    return chain('and', not);
  }
  function or(): Condition {
    return chain('or', and);
  }

  try {
    const condition = or();
    if (pos < tokens.length) fail(`unexpected "${tokens[pos]!.text}"`, 'join expressions with "and" or "or"');
    return { condition };
  } catch (e) {
    if (e instanceof ConditionSyntax) return { issue: e.issue };
    throw e;
  }
}

/** Every selection name the condition reads. */
export function namesOf(condition: Condition): string[] {
  switch (condition.kind) {
    case 'ref':
      return [condition.name];
    case 'not':
      return namesOf(condition.arg);
    case 'of':
      return condition.names;
    default:
      return condition.args.flatMap(namesOf);
  }
}

/** Turns a condition into one predicate over the selections' predicates (built once, run per event). */
export function compileCondition<T>(condition: Condition, selection: (name: string) => (input: T) => boolean): (input: T) => boolean {
  switch (condition.kind) {
    case 'ref':
      return selection(condition.name);
    case 'not': {
      const arg = compileCondition(condition.arg, selection);
      return (input) => !arg(input);
    }
    case 'and': {
      const args = condition.args.map((c) => compileCondition(c, selection));
      return (input) => args.every((a) => a(input));
    }
    case 'or': {
      const args = condition.args.map((c) => compileCondition(c, selection));
      return (input) => args.some((a) => a(input));
    }
    default: {
      const args = condition.names.map(selection);
      return condition.quantifier === 'one' ? (input) => args.some((a) => a(input)) : (input) => args.every((a) => a(input));
    }
  }
}
