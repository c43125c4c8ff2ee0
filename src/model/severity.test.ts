import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelAtLeast } from './severity.js';

test('levelAtLeast orders levels from none to critical', () => {
  assert.equal(levelAtLeast('high', 'medium'), true);
  assert.equal(levelAtLeast('medium', 'medium'), true);
  assert.equal(levelAtLeast('low', 'high'), false);
  assert.equal(levelAtLeast('none', 'low'), false);
});
