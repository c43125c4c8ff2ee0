import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseValuePattern } from './wildcard-pattern.js';

describe('parseValuePattern', () => {
  test('a value without wildcards is a literal, with \\* \\? \\\\ unescaped and other backslashes kept', () => {
    assert.deepEqual(parseValuePattern('C:\\Program Files\\a\\*b\\?\\\\'), { literal: 'C:\\Program Files\\a*b?\\' });
  });

  test('* and ? become regex wildcards; regex characters are escaped', () => {
    const { source } = parseValuePattern('a.b*(c)?');
    assert.equal(source, 'a\\.b.*\\(c\\).');
    assert.ok(new RegExp(`^${source}$`).test('a.bXYZ(c)!'));
    assert.ok(!new RegExp(`^${source}$`).test('aXbXYZ(c)!'));
  });
});
