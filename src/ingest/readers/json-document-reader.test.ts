import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonDocument, WRAPPER_KEYS } from './json-document-reader.js';
import type { RawItem } from './raw-item.js';
import { readAll } from '../../test-support/streams.js';

const collect = (...parts: string[]): Promise<RawItem[]> => readAll(readJsonDocument, ...parts);

function values(items: RawItem[]): unknown[] {
  return items.map((item) => {
    assert.equal(item.kind, 'record', `expected a record, got ${JSON.stringify(item)}`);
    return item.kind === 'record' ? item.value : undefined;
  });
}

for (const key of ['value', 'records', 'items'] as const) {
  test(`an object wrapping an array under "${key}" yields the array's elements`, async () => {
    const doc = { '@odata.context': 'https://example.com/$metadata', [key]: [{ id: 1 }, { id: 2, tags: ['x'] }], nextLink: null };
    const items = await collect(JSON.stringify(doc, null, 2));
    assert.deepEqual(values(items), [{ id: 1 }, { id: 2, tags: ['x'] }]);
    assert.deepEqual(
      items.map((i) => i.location.index),
      [0, 1],
    );
    // The element's own text, as written, with the line it starts on: the evidence, not a re-serialization.
    assert.deepEqual(
      items.map((i) => JSON.parse(i.text)),
      [{ id: 1 }, { id: 2, tags: ['x'] }],
    );
    assert.match(items[0]!.text, /^\{\n\s+"id": 1\n\s+\}$/);
    assert.deepEqual(
      items.map((i) => i.location.line),
      [4, 7],
    );
  });
}

test('a record that holds an array under another key (a Google activity\'s events) is one record', async () => {
  const activity = { kind: 'admin#reports#activity', id: { time: '2026-01-01T00:00:00Z' }, events: [{ name: 'login_success' }, { name: 'logout' }] };
  assert.deepEqual(values(await collect(JSON.stringify(activity, null, 2))), [activity]);
  assert.deepEqual(values(await collect(JSON.stringify(activity))), [activity]);
});

test('every documented wrapper key is honoured', async () => {
  for (const key of WRAPPER_KEYS) {
    assert.deepEqual(values(await collect(JSON.stringify({ [key]: ['a', 'b'] }))), ['a', 'b'], key);
  }
});

test('a wrapper key that does not hold an array is not unwrapped: the object is one record', async () => {
  const doc = { value: 'not an array', other: 1 };
  assert.deepEqual(values(await collect(JSON.stringify(doc))), [doc]);
});

test('a plain object is one record', async () => {
  const doc = { uuid: 'abc', nested: { list: [1, 2] } };
  const items = await collect('{\n  "uuid": "abc",\n', '  "nested": { "list": [1, 2] }\n}\n');
  assert.deepEqual(values(items), [doc]);
  assert.deepEqual(items[0]!.location, { line: 1, index: 0 });
});

test('a top-level array yields its elements', async () => {
  assert.deepEqual(values(await collect('[1, {"a": 2}]')), [1, { a: 2 }]);
});

test('an empty wrapped array yields nothing', async () => {
  assert.deepEqual(await collect('{"value": []}'), []);
});

test('a broken wrapped page keeps its good elements and quarantines the rest with its line', async () => {
  const items = await collect('{\n  "value": [1, 2,\n', '  oops\n}');
  assert.deepEqual(values(items.slice(0, 2)), [1, 2]);
  const bad = items[2]!;
  assert.equal(items.length, 3);
  assert.equal(bad.kind, 'malformed');
  assert.match(bad.kind === 'malformed' ? bad.reason : '', /file ends inside an array element/);
  assert.equal(bad.location.line, 3);
});

test('an invalid document that is not a wrapped page is one malformed item with the start of its text', async () => {
  const items = await collect('{\n  "uuid": "abc",\n', '  oops\n}');
  assert.equal(items.length, 1);
  const only = items[0]!;
  assert.equal(only.kind, 'malformed');
  assert.match(only.kind === 'malformed' ? only.reason : '', /^invalid JSON document: /);
  assert.ok(only.text.startsWith('{\n  "uuid": "abc",'));
  assert.deepEqual(only.location, { line: 1, index: 0 });
});

test('the malformed excerpt of a huge invalid document is cut to 4096 characters', async () => {
  const big = `{"uuid": {"a": "${'x'.repeat(10_000)}"`;
  const items = await collect(big);
  assert.equal(items.length, 1);
  assert.equal(items[0]!.kind, 'malformed');
  assert.equal(items[0]!.text.length, 4096);
});
