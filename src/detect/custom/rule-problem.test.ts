import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem, renderPath } from './rule-problem.js';

describe('rule problems', () => {
  test('paths read like the file: dotted keys, quoted keys with dots or modifiers, list indices', () => {
    assert.equal(renderPath(['detection', 'selection', 'source.ip|cidr', 1]), 'detection.selection["source.ip|cidr"][1]');
    assert.equal(renderPath(['citations', 0, 'url']), 'citations[0].url');
    assert.equal(renderPath([]), '');
  });

  test('one line: file:line:column: severity: path: message — what to do', () => {
    const line = formatProblem({ file: 'rules/a.yml', line: 4, column: 7, path: 'strength', severity: 'error', message: 'bad', hint: 'use H, M or L' });
    assert.equal(line, 'rules/a.yml:4:7: error: strength: bad — use H, M or L');
    assert.equal(formatProblem({ file: 'f.yml', line: 1, column: 1, path: '', severity: 'warning', message: 'm', hint: '' }), 'f.yml:1:1: warning: m');
  });
});
