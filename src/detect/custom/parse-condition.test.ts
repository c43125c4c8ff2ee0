import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileCondition, namesOf, parseCondition, type Condition } from './parse-condition.js';

const NAMES = ['selection', 'filter', 'sel_a', 'sel_b', 'other'];

function parse(text: string): Condition {
  const { condition, issue } = parseCondition(text, NAMES);
  assert.equal(issue, undefined, text);
  return condition!;
}

/** Evaluates `text` with the named selections true. */
function holds(text: string, ...trueNames: string[]): boolean {
  return compileCondition(parse(text), (n) => () => trueNames.includes(n))(undefined);
}

describe('parseCondition', () => {
  test('not binds tighter than and, and tighter than or', () => {
    // selection or (filter and other); a left-to-right reading would give false here.
    assert.equal(holds('selection or filter and other', 'selection'), true);
    assert.equal(holds('selection or filter and other', 'filter'), false);
    // (not selection) and filter
    assert.equal(holds('not selection and filter', 'filter'), true);
    assert.equal(holds('not selection and filter', 'selection', 'filter'), false);
    assert.deepEqual(parse('selection or filter and other'), {
      kind: 'or',
      args: [{ kind: 'ref', name: 'selection' }, { kind: 'and', args: [{ kind: 'ref', name: 'filter' }, { kind: 'ref', name: 'other' }] }],
    });
  });

  test('parentheses group and keywords are case-insensitive', () => {
    assert.equal(holds('(selection OR filter) AND other', 'selection'), false);
    assert.equal(holds('(selection OR filter) AND other', 'selection', 'other'), true);
    assert.equal(holds('selection and not (filter or other)', 'selection', 'other'), false);
    assert.equal(holds('not not selection', 'selection'), true);
  });

  test('1 of / all of a pattern or them', () => {
    assert.equal(holds('1 of sel_*', 'sel_b'), true);
    assert.equal(holds('all of sel_*', 'sel_b'), false);
    assert.equal(holds('all of sel_*', 'sel_a', 'sel_b'), true);
    assert.equal(holds('all of them', ...NAMES), true);
    assert.equal(holds('1 of sel_* and not filter', 'sel_a', 'filter'), false);
    assert.deepEqual(namesOf(parse('1 of sel_* or selection')), ['sel_a', 'sel_b', 'selection']);
  });

  test('problems carry the offset of the token at fault and say what is defined', () => {
    const unknown = parseCondition('selection and not filtr', NAMES).issue!;
    assert.equal(unknown.offset, 18);
    assert.match(unknown.message, /no selection named "filtr"/);
    assert.match(unknown.hint, /defined selections: selection, filter/);
    const cases: [string, number, RegExp][] = [
      ['', 0, /empty/],
      ['selection and', 13, /ends too early/],
      ['(selection or filter', 20, /missing "\)"/],
      ['selection filter', 10, /unexpected "filter"/],
      ['1 of nothing*', 5, /no selection matches "nothing\*"/],
      ['sel_*', 0, /is a pattern/],
      ['selection | count() > 3', 10, /unexpected "\|"/],
      ['2 of them', 0, /no selection named "2"/],
      ['1 selection', 2, /expected "of"/],
      ['and selection', 0, /unexpected "and"/],
    ];
    for (const [text, offset, message] of cases) {
      const issue = parseCondition(text, NAMES).issue;
      assert.ok(issue, `${text} must not parse`);
      assert.match(issue.message, message, text);
      assert.equal(issue.offset, offset, text);
    }
    assert.match(parseCondition('selection | count() > 3', NAMES).issue!.hint, /aggregation block/);
  });
});
