/**
 * Sigma value patterns: `*` matches any run of characters and `?` one character; `\*`, `\?` and `\\`
 * are the literal characters. Any other backslash is literal, so Windows paths need no escaping.
 */
export interface ValuePattern {
  /** The value with escapes resolved, when it has no wildcard. */
  literal?: string;
  /** The value as a regular-expression source (unanchored), when it has a wildcard. */
  source?: string;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Splits a Sigma value into a literal or a regular-expression source. */
export function parseValuePattern(value: string): ValuePattern {
  let literal = '';
  let source = '';
  let wild = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === '\\' && (next === '*' || next === '?' || next === '\\')) {
      literal += next;
      source += next.replace(REGEX_SPECIAL, '\\$&');
      i++;
    } else if (c === '*' || c === '?') {
      wild = true;
      source += c === '*' ? '.*' : '.';
    } else {
      literal += c;
      source += c.replace(REGEX_SPECIAL, '\\$&');
    }
  }
  return wild ? { source } : { literal };
}
