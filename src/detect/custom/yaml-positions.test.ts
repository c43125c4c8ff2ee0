import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineCounter, parseDocument } from 'yaml';
import { positionOf } from './yaml-positions.js';

const TEXT = `id: custom.x
detection:
  selection:
    source.ip|cidr: [198.51.100.0/24, "bad"]
  condition: "selection and not filter"
aggregation:
`;

describe('positionOf', () => {
  const lines = new LineCounter();
  const doc = parseDocument(TEXT, { lineCounter: lines });

  test('values, keys and list items', () => {
    assert.deepEqual(positionOf(doc, lines, ['id']), { line: 1, column: 5 });
    assert.deepEqual(positionOf(doc, lines, ['detection', 'selection', 'source.ip|cidr'], { at: 'key' }), { line: 4, column: 5 });
    assert.deepEqual(positionOf(doc, lines, ['detection', 'selection', 'source.ip|cidr', 1]), { line: 4, column: 39 });
  });

  test('an offset into a quoted value skips the quote', () => {
    assert.deepEqual(positionOf(doc, lines, ['detection', 'condition'], { offset: 18 }), { line: 5, column: 33 });
  });

  test('a missing path points at the deepest part that exists; an empty value at its key', () => {
    assert.deepEqual(positionOf(doc, lines, ['detection', 'filter']), { line: 3, column: 3 });
    assert.deepEqual(positionOf(doc, lines, ['aggregation', 'threshold']), { line: 6, column: 1 });
  });
});
