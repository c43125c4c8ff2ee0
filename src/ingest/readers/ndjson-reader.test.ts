import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNdjson } from './ndjson-reader.js';
import type { RawItem } from './raw-item.js';
import { readAll } from '../../test-support/streams.js';

const collect = (...parts: string[]): Promise<RawItem[]> => readAll(readNdjson, ...parts);

function records(items: RawItem[]): unknown[] {
  return items.map((item) => {
    assert.equal(item.kind, 'record', `expected a record, got ${JSON.stringify(item)}`);
    return item.kind === 'record' ? item.value : undefined;
  });
}

test('reads one value per line with 1-based lines and 0-based indexes', async () => {
  const items = await collect('{"a":1}\n{"b":2}\n[3]\n');
  assert.deepEqual(records(items), [{ a: 1 }, { b: 2 }, [3]]);
  assert.deepEqual(
    items.map((i) => i.location),
    [
      { line: 1, index: 0 },
      { line: 2, index: 1 },
      { line: 3, index: 2 },
    ],
  );
  assert.deepEqual(
    items.map((i) => i.text),
    ['{"a":1}', '{"b":2}', '[3]'],
  );
});

test('skips blank and whitespace-only lines but still counts them for line numbers', async () => {
  const items = await collect('\n{"a":1}\n\n   \n\t\n{"b":2}\n\n');
  assert.deepEqual(records(items), [{ a: 1 }, { b: 2 }]);
  assert.deepEqual(
    items.map((i) => i.location),
    [
      { line: 2, index: 0 },
      { line: 6, index: 1 },
    ],
  );
});

test('a malformed line becomes a malformed item with its line, and later lines still parse', async () => {
  const items = await collect('{"a":1}\n{"b": oops}\n{"c":3}\n');
  assert.equal(items.length, 3);
  const bad = items[1]!;
  assert.equal(bad.kind, 'malformed');
  assert.deepEqual(bad.location, { line: 2, index: 1 });
  assert.equal(bad.text, '{"b": oops}');
  assert.match(bad.kind === 'malformed' ? bad.reason : '', /^invalid JSON: /);
  assert.deepEqual(items[2], { kind: 'record', value: { c: 3 }, text: '{"c":3}', location: { line: 3, index: 2 } });
});

test('reads the last line when the file has no trailing newline', async () => {
  const items = await collect('{"a":1}\n{"b":2}');
  assert.deepEqual(records(items), [{ a: 1 }, { b: 2 }]);
  assert.equal(items[1]!.location.line, 2);
});

test('a truncated last line (no trailing newline) is malformed, not dropped', async () => {
  const items = await collect('{"a":1}\n{"b":');
  assert.equal(items.length, 2);
  assert.equal(items[1]!.kind, 'malformed');
  assert.deepEqual(items[1]!.location, { line: 2, index: 1 });
});

test('CRLF line endings: the \\r is not part of the record text and lines are right', async () => {
  const items = await collect('{"a":1}\r\n\r\n{"b":"x"}\r\n');
  assert.deepEqual(records(items), [{ a: 1 }, { b: 'x' }]);
  assert.deepEqual(
    items.map((i) => [i.text, i.location.line]),
    [
      ['{"a":1}', 1],
      ['{"b":"x"}', 3],
    ],
  );
});

test('records split across chunks, including inside strings and escapes, come out whole', async () => {
  const text = '{"s":"a,\\"b\\\\"}\n{"u":"caf\u00e9 \ud83d\ude00"}\n{"n":[1,{"x":null}]}\n';
  const whole = await collect(text);
  // Every possible single split point, plus one-character chunks.
  for (let cut = 1; cut < text.length; cut++) {
    assert.deepEqual(await collect(text.slice(0, cut), text.slice(cut)), whole, `split at ${cut}`);
  }
  assert.deepEqual(await collect(...text), whole);
  assert.deepEqual(records(whole), [{ s: 'a,"b\\' }, { u: 'caf\u00e9 \ud83d\ude00' }, { n: [1, { x: null }] }]);
});

test('empty input yields nothing', async () => {
  assert.deepEqual(await collect(), []);
  assert.deepEqual(await collect(''), []);
  assert.deepEqual(await collect('\n\n'), []);
});

test('a line longer than the record limit is quarantined by its start, and the next lines still parse', async () => {
  const { MAX_RECORD_CHARS } = await import('./limits.js');
  const junk = 'x'.repeat(MAX_RECORD_CHARS + 10);
  const items = await collect('{"a":1}\n', junk.slice(0, 5_000_000), junk.slice(5_000_000), '\n{"b":2}\n');
  assert.equal(items.length, 3);
  assert.deepEqual(items[0], { kind: 'record', value: { a: 1 }, text: '{"a":1}', location: { line: 1, index: 0 } });
  assert.equal(items[1]!.kind, 'malformed');
  assert.equal(items[1]!.text.length, 4096);
  assert.match(items[1]!.kind === 'malformed' ? items[1]!.reason : '', /larger than 8 MiB/);
  assert.deepEqual(items[2], { kind: 'record', value: { b: 2 }, text: '{"b":2}', location: { line: 3, index: 2 } });
});
