import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readJsonArray } from './json-array-reader.js';
import { decodeChunks, type RawItem } from './raw-item.js';
import { byteChunks, readAll } from '../../test-support/streams.js';

const collect = (...parts: string[]): Promise<RawItem[]> => readAll(readJsonArray, ...parts);

function values(items: RawItem[]): unknown[] {
  return items.map((item) => {
    assert.equal(item.kind, 'record', `expected a record, got ${JSON.stringify(item)}`);
    return item.kind === 'record' ? item.value : undefined;
  });
}

/** Cuts `text` at the given offsets (taken modulo its length), in order. */
function cut<T extends string | Uint8Array>(text: T, offsets: number[]): T[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const parts: T[] = [];
  let from = 0;
  for (const p of points) {
    parts.push(text.slice(from, p) as T);
    from = p;
  }
  parts.push(text.slice(from) as T);
  return parts;
}

const tricky = [
  { s: 'a,b]c}d', nested: { arr: [1, [2, [3]], { k: '}' }], empty: {} } },
  'quote \\" inside',
  { esc: 'back\\\\slash\\', q: '"' },
  [[], {}, [[]]],
  'ends with backslash \\',
  { unicode: 'caf\u00e9 \u4e2d\u6587 \ud83d\ude00', ctl: '\n\t\u0000' },
  -1.5e-7,
  null,
  true,
  '',
];

test('elements with nested arrays/objects and strings holding , ] } \\" and backslashes come out intact', async () => {
  const items = await collect(JSON.stringify(tricky));
  assert.deepEqual(values(items), tricky);
  assert.deepEqual(
    items.map((i) => i.location.index),
    tricky.map((_, i) => i),
  );
  // The text of each record is exactly that element's JSON.
  assert.deepEqual(
    items.map((i) => i.text),
    tricky.map((e) => JSON.stringify(e)),
  );
});

test('element start lines follow a pretty-printed layout', async () => {
  const text = '[\n  {\n    "a": 1\n  },\n  {"b": [\n    2\n  ]},\n\n  3\n]\n';
  const items = await collect(text);
  assert.deepEqual(values(items), [{ a: 1 }, { b: [2] }, 3]);
  assert.deepEqual(
    items.map((i) => i.location.line),
    [2, 5, 9],
  );
});

test('a malformed element is quarantined with its line and index, and later elements still come out', async () => {
  const items = await collect('[\n {"a":1},\n {bad: 2},\n {"c":[3]}\n]');
  assert.equal(items.length, 3);
  const bad = items[1]!;
  assert.equal(bad.kind, 'malformed');
  assert.equal(bad.text, '{bad: 2}');
  assert.deepEqual(bad.location, { line: 3, index: 1 });
  assert.match(bad.kind === 'malformed' ? bad.reason : '', /^invalid JSON: /);
  assert.deepEqual(items[2], { kind: 'record', value: { c: [3] }, text: '{"c":[3]}', location: { line: 4, index: 2 } });
});

test('a truncated file yields the complete elements and one malformed item that "ends inside" an element', async () => {
  const items = await collect('[{"a":1},{"b":"unfinished str');
  assert.equal(items.length, 2);
  assert.deepEqual(values(items.slice(0, 1)), [{ a: 1 }]);
  const tail = items[1]!;
  assert.equal(tail.kind, 'malformed');
  assert.equal(tail.text, '{"b":"unfinished str');
  assert.deepEqual(tail.location, { line: 1, index: 1 });
  assert.match(tail.kind === 'malformed' ? tail.reason : '', /ends inside/);
});

test('a file truncated between elements is reported, not accepted silently', async () => {
  for (const text of ['[{"a":1},\n', '[']) {
    const items = await collect(text);
    const malformed = items.filter((i) => i.kind === 'malformed');
    assert.equal(malformed.length, 1, `${JSON.stringify(text)}: ${JSON.stringify(items)}`);
    assert.match(malformed[0]!.kind === 'malformed' ? malformed[0]!.reason : '', /truncated/);
  }
});

test('content after the closing ] is reported as malformed, not silently dropped', async () => {
  // e.g. two API pages concatenated with `cat page1.json page2.json`
  const items = await collect('[{"a":1}]\n[{"b":2}]\n');
  assert.deepEqual(values(items.slice(0, 1)), [{ a: 1 }]);
  assert.equal(items.length, 2);
  const extra = items[1]!;
  assert.equal(extra.kind, 'malformed');
  assert.equal(extra.location.line, 2);
  assert.match(extra.text, /\{"b":2\}/);
  assert.match(extra.kind === 'malformed' ? extra.reason : '', /after the closing/);
});

test('whitespace after the closing ] is fine', async () => {
  const items = await collect('[1]\n  \n\t');
  assert.deepEqual(values(items), [1]);
});

test('non-array input is one malformed "expected a JSON array" item', async () => {
  const items = await collect('\n  {"a":1}\n');
  assert.equal(items.length, 1);
  const only = items[0]!;
  assert.equal(only.kind, 'malformed');
  assert.equal(only.kind === 'malformed' ? only.reason : '', 'expected a JSON array');
  assert.equal(only.location.line, 2);
});

test('an empty array, or empty input, yields nothing', async () => {
  assert.deepEqual(await collect('[]'), []);
  assert.deepEqual(await collect(' [ \n ] \n'), []);
  assert.deepEqual(await collect(''), []);
});

test('a leading byte-order mark is skipped', async () => {
  assert.deepEqual(values(await collect('\uFEFF[1,2]')), [1, 2]);
});

test('elements split across chunks at every offset (inside strings and escapes) come out the same', async () => {
  const text = JSON.stringify(tricky, null, 2);
  const whole = await collect(text);
  assert.deepEqual(values(whole), tricky);
  for (let at = 1; at < text.length; at++) {
    assert.deepEqual(await collect(text.slice(0, at), text.slice(at)), whole, `split at ${at}`);
  }
});

test('property: any array of JSON values, stringified and chunked at random, reads back element by element', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }), { maxLength: 8 }),
      fc.constantFrom(undefined, 2, '\t'),
      fc.array(fc.nat(), { maxLength: 12 }),
      async (elements, indent, offsets) => {
        const text = JSON.stringify(elements, null, indent);
        const items = await collect(...cut(text, offsets));
        assert.deepEqual(values(items), JSON.parse(JSON.stringify(elements)));
        assert.deepEqual(
          items.map((i) => i.location.index),
          elements.map((_, i) => i),
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('property: the same holds for UTF-8 bytes split anywhere (inside multi-byte characters) through decodeChunks', async () => {
  const encoder = new TextEncoder();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 3 }), { maxLength: 6 }),
      fc.array(fc.nat(), { maxLength: 12 }),
      async (elements, offsets) => {
        const bytes = encoder.encode(JSON.stringify(elements, null, 1));
        const out: RawItem[] = [];
        for await (const item of readJsonArray(decodeChunks(byteChunks(...cut(bytes, offsets))))) out.push(item);
        assert.deepEqual(values(out), JSON.parse(JSON.stringify(elements)));
      },
    ),
    { numRuns: 200 },
  );
});

test('an element larger than the record limit is quarantined by its start; the elements after it still come out', async () => {
  const { MAX_RECORD_CHARS } = await import('./limits.js');
  const huge = `"${'x'.repeat(MAX_RECORD_CHARS + 10)}"`;
  const items = await collect('[{"a":1},', huge.slice(0, 4_000_000), huge.slice(4_000_000), ',{"b":2}]');
  assert.equal(items.length, 3);
  assert.equal(items[1]!.kind, 'malformed');
  assert.equal(items[1]!.text.length, 4096);
  assert.match(items[1]!.kind === 'malformed' ? items[1]!.reason : '', /larger than 8 MiB/);
  assert.equal(items[2]!.kind === 'record' ? JSON.stringify(items[2]!.value) : '', '{"b":2}');
});
