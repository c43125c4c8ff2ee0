import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCustomRules } from './load-custom-rules.js';
import { formatProblem, type RuleProblem } from './rule-problem.js';

/** A valid rule file; `extra` lines are appended, `replace` swaps exact lines. */
function ruleText(over: { id?: string; detection?: string; extra?: string } = {}): string {
  return [
    `id: ${over.id ?? 'custom.hosting-sign-in'}`,
    'indicator: E-02',
    'title: Sign-in from a hosting provider',
    'description: A home worker who signs in from a hosting provider is hiding where they are.',
    'strength: M',
    'detection:',
    over.detection ??
      ['  selection:', '    enrichment.ip_intel.class: [hosting, vpn]', '    event.outcome: success', '  condition: selection'].join('\n'),
    over.extra ?? '',
  ].join('\n');
}

function load(text: string, builtin: string[] = []) {
  return loadCustomRules([{ path: 'rules/r.yml', text }], builtin);
}

/** The one error of a file that must not load. */
function onlyError(text: string, builtin: string[] = []): RuleProblem {
  const { rules, problems } = load(text, builtin);
  assert.equal(rules.length, 0, 'the rule is skipped');
  const errors = problems.filter((p) => p.severity === 'error');
  assert.equal(errors.length, 1, errors.map(formatProblem).join('\n'));
  return errors[0]!;
}

describe('loadCustomRules', () => {
  test('a valid file loads as a rule definition with defaults from the file and the strength', () => {
    const { rules, problems, origins } = load(ruleText({ extra: 'author: someone\ntags: [attack.t1219]' }));
    assert.deepEqual(problems, []);
    const [rule] = rules;
    assert.equal(rule!.id, 'custom.hosting-sign-in');
    assert.equal(rule!.indicator, 'E-02');
    assert.equal(rule!.severity, 'medium', 'M → medium');
    assert.equal(rule!.status, 'experimental', 'new rules run in shadow unless they say stable');
    assert.equal(rule!.corroboratingOnly, false);
    assert.deepEqual(rule!.citations, [{ indicator: 'E-02', source: 'custom rule custom.hosting-sign-in (rules/r.yml)' }]);
    assert.deepEqual(rule!.options.parse({}), { confidence: 0.7 });
    assert.match(rule!.runbook, /rules\/r\.yml/);
    assert.equal(origins.get('custom.hosting-sign-in'), 'rules/r.yml');
  });

  test('YAML syntax errors point at the line and column yaml reports', () => {
    const p = onlyError('id: custom.x\ndetection: [1,\nstrength: M\n');
    assert.equal(p.file, 'rules/r.yml');
    assert.equal(p.line, 3);
    assert.match(p.message, /Flow sequence/);
    assert.doesNotMatch(p.message, /at line/);
    assert.match(p.hint, /fix the YAML syntax/);
    const duplicate = onlyError(`${ruleText()}\nstrength: H\n`);
    assert.match(duplicate.message, /Map keys must be unique/);
    assert.equal(duplicate.line, 12);
    assert.match(onlyError(`${ruleText()}\n---\nid: custom.second\n`).hint, /one rule per file/);
  });

  test('an empty file, or one that is not a mapping', () => {
    assert.match(onlyError('').message, /the file is empty/);
    assert.match(onlyError('- a\n- b\n').message, /must be a YAML mapping/);
  });

  test('shape errors: missing keys, bad values and unknown keys, each at its line with what to do', () => {
    const missing = onlyError(ruleText().replace('strength: M\n', ''));
    assert.equal(missing.message, 'missing "strength"');
    assert.equal(missing.line, 1);
    assert.match(missing.hint, /H, M or L/);
    const strength = onlyError(ruleText().replace('strength: M', 'strength: X'));
    assert.deepEqual([strength.line, strength.column, strength.path], [5, 11, 'strength']);
    assert.match(strength.message, /\(got "X"\)/);
    const id = onlyError(ruleText({ id: 'rdp-from-hosting' }));
    assert.deepEqual([id.line, id.path], [1, 'id']);
    assert.match(id.message, /not a custom rule id \(got "rdp-from-hosting"\)/);
    assert.match(id.hint, /custom\.rdp-from-hosting/);
    const unknown = onlyError(ruleText({ extra: 'flase_positives: [x]' }));
    assert.deepEqual([unknown.line, unknown.column, unknown.path], [11, 1, 'flase_positives']);
    assert.match(unknown.hint, /known keys here: .*false_positives/);
    const nested = onlyError(ruleText({ extra: 'logsource:\n  kind: signin\n  datset: okta.system' }));
    assert.deepEqual([nested.line, nested.column, nested.path], [13, 3, 'logsource.datset']);
    assert.match(nested.hint, /known keys here: kind, dataset, include_corporate/);
    const url = onlyError(ruleText({ extra: 'citations:\n  - source: x\n    url: ftp://example.com/a' }));
    assert.deepEqual([url.line, url.path], [13, 'citations[0].url']);
  });

  test('aggregation errors: a bad window and a threshold that is not a whole number', () => {
    const window = onlyError(ruleText({ extra: 'aggregation:\n  group_by: source.ip\n  window: 7w\n  threshold: 3' }));
    assert.deepEqual([window.line, window.column, window.path], [13, 11, 'aggregation.window']);
    assert.match(window.hint, /90s, 30m, 12h or 7d/);
    const threshold = onlyError(ruleText({ extra: 'aggregation:\n  threshold: 2.5' }));
    assert.equal(threshold.path, 'aggregation.threshold');
  });

  test('detection errors: unknown modifier, invalid regex, bad CIDR, unknown selection in the condition', () => {
    const modifier = onlyError(ruleText({ detection: '  selection:\n    source.ip|cidrs: 198.51.100.0/24\n  condition: selection' }));
    assert.deepEqual([modifier.line, modifier.column, modifier.path], [8, 5, 'detection.selection["source.ip|cidrs"]']);
    const regex = onlyError(ruleText({ detection: '  selection:\n    user_agent.original|re: "curl/(8"\n  condition: selection' }));
    assert.deepEqual([regex.line, regex.column], [8, 29]);
    assert.match(regex.message, /not a valid regular expression/);
    const cidr = onlyError(ruleText({ detection: '  selection:\n    source.ip|cidr:\n      - 198.51.100.0/24\n      - 198.51.100.300/24\n  condition: selection' }));
    assert.deepEqual([cidr.line, cidr.column, cidr.path], [10, 9, 'detection.selection["source.ip|cidr"][1]']);
    const condition = onlyError(ruleText({ detection: '  selection:\n    source.ip: 198.51.100.1\n  condition: "selection and not filtr"' }));
    assert.deepEqual([condition.line, condition.column, condition.path], [9, 33, 'detection.condition']);
    assert.match(condition.hint, /defined selections: selection/);
    const plain = onlyError(ruleText({ detection: '  selection:\n    source.ip: 198.51.100.1\n  condition: selection or filtr' }));
    assert.deepEqual([plain.line, plain.column], [9, 27]);
  });

  test('shape and detection problems are reported together, in line order', () => {
    const { problems } = load(ruleText({ detection: '  selection:\n    source.ip|cidr: nope\n  condition: selection' }).replace('strength: M', 'strength: X'));
    assert.deepEqual(problems.map((p) => [p.line, p.path]), [[5, 'strength'], [8, 'detection.selection["source.ip|cidr"]']]);
  });

  test('warnings (unknown field) keep the rule; errors skip only their own file', () => {
    const files = [
      { path: 'rules/a.yml', text: ruleText({ id: 'custom.a', detection: '  selection:\n    enrichment.ip_intel.clas: hosting\n  condition: selection' }) },
      { path: 'rules/b.yml', text: 'id: [' },
      { path: 'rules/c.yml', text: ruleText({ id: 'custom.c' }) },
    ];
    const { rules, problems } = loadCustomRules(files, []);
    assert.deepEqual(rules.map((r) => r.id), ['custom.a', 'custom.c']);
    assert.deepEqual(problems.map((p) => [p.file, p.severity]), [['rules/a.yml', 'warning'], ['rules/b.yml', 'error']]);
    assert.equal(problems[0]!.rule, 'custom.a');
    assert.match(formatProblem(problems[0]!), /^rules\/a\.yml:8:5: warning: detection\.selection\["enrichment\.ip_intel\.clas"\]: unknown field .* — did you mean enrichment\.ip_intel\.class\?/);
  });

  test('duplicate ids: the first file keeps the id; a clash with a built-in rule is an error too', () => {
    const { rules, problems } = loadCustomRules([{ path: 'rules/a.yml', text: ruleText() }, { path: 'rules/b.yml', text: ruleText() }], []);
    assert.equal(rules.length, 1);
    assert.deepEqual(problems.map((p) => [p.file, p.line, p.path]), [['rules/b.yml', 1, 'id']]);
    assert.match(problems[0]!.message, /already used by rules\/a\.yml/);
    assert.match(onlyError(ruleText(), ['custom.hosting-sign-in']).message, /already used by a built-in rule/);
  });

  test('alias bombs are refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    assert.match(onlyError(bomb).hint, /without YAML aliases/);
  });
});
