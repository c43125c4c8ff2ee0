import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeHeader, readCsv, sniffCsvHeader } from './csv-reader.js';
import { decodeChunks, type RawItem } from './raw-item.js';
import { byteChunks, readAll } from '../../test-support/streams.js';

/** Reads CSV text; every record must carry its JSON form (what the store keeps), checked here once for all tests. */
async function collect(...parts: string[]): Promise<RawItem[]> {
  return (await readAll(readCsv, ...parts)).map((item) => {
    if (item.kind !== 'record') return item;
    const { json, ...rest } = item;
    assert.equal(json, JSON.stringify(item.value));
    return rest;
  });
}

function reasonOf(item: RawItem | undefined): string {
  assert.ok(item, 'missing item');
  assert.equal(item.kind, 'malformed', `expected malformed, got ${JSON.stringify(item)}`);
  return item.kind === 'malformed' ? item.reason : '';
}

test('maps each data row onto the header cells as written (trimmed), with lines and indexes', async () => {
  const items = await collect('employee_id, Full Name ,email\nE1,Alex Doe,alex@example.com\nE2,Sam Lee,sam@example.com\n');
  assert.deepEqual(items, [
    {
      kind: 'record',
      value: { employee_id: 'E1', 'Full Name': 'Alex Doe', email: 'alex@example.com' },
      text: 'E1,Alex Doe,alex@example.com',
      location: { line: 2, index: 0 },
    },
    {
      kind: 'record',
      value: { employee_id: 'E2', 'Full Name': 'Sam Lee', email: 'sam@example.com' },
      text: 'E2,Sam Lee,sam@example.com',
      location: { line: 3, index: 1 },
    },
  ]);
});

test('a header alone yields nothing', async () => {
  assert.deepEqual(await collect('a,b,c\n'), []);
  assert.deepEqual(await collect(''), []);
});

test('quoted fields keep commas, doubled quotes and newlines; a multi-line record reports the line it starts on', async () => {
  const items = await collect('id,address,note\n1,"12 Example St, Apt 3","said ""hi"""\n2,"line one\nline two\nline three",x\n3,plain,y\n');
  assert.equal(items.length, 3);
  assert.deepEqual(
    items.map((i) => (i.kind === 'record' ? i.value : i)),
    [
      { id: '1', address: '12 Example St, Apt 3', note: 'said "hi"' },
      { id: '2', address: 'line one\nline two\nline three', note: 'x' },
      { id: '3', address: 'plain', note: 'y' },
    ],
  );
  assert.deepEqual(
    items.map((i) => i.location),
    [
      { line: 2, index: 0 },
      { line: 3, index: 1 },
      { line: 6, index: 2 },
    ],
  );
  assert.equal(items[1]!.text, '2,"line one\nline two\nline three",x');
});

test('a UTF-8 byte-order mark does not end up in the first header cell', async () => {
  const items = await collect('\uFEFFemployee_id,full_name\nE1,Alex\n');
  assert.equal(items[0]!.kind, 'record');
  assert.deepEqual(items[0]!.kind === 'record' ? items[0]!.value : undefined, { employee_id: 'E1', full_name: 'Alex' });
});

test('CRLF files: no \\r in values or record text, and lines are right', async () => {
  const items = await collect('a,b\r\n1,2\r\n\r\n3,4\r\n');
  assert.deepEqual(
    items.map((i) => [i.kind === 'record' ? i.value : undefined, i.text, i.location.line]),
    [
      [{ a: '1', b: '2' }, '1,2', 2],
      [{ a: '3', b: '4' }, '3,4', 4],
    ],
  );
});

test('CRLF files with a multi-line quoted field and blank lines: start lines and text are right', async () => {
  const items = await collect('a,b\r\n"x\ny",2\r\n\r\n3,4\r\n');
  assert.deepEqual(
    items.map((i) => [i.kind === 'record' ? i.value : undefined, i.text, i.location.line]),
    [
      [{ a: 'x\ny', b: '2' }, '"x\ny",2', 2],
      [{ a: '3', b: '4' }, '3,4', 5],
    ],
  );
});

test('a CRLF inside a quoted field counts as one line for the rows after it', async () => {
  // csv-parse itself counts the \r and the \n of an embedded CRLF as two lines.
  const items = await collect('a,"b\r\nc"\r\n"x\r\ny\r\nz",2\r\n3,4\r\n"5\r\n,6\r\n');
  assert.deepEqual(
    items.map((i) => [i.kind, i.location.line]),
    [
      ['record', 3],
      ['record', 6],
      ['malformed', 7],
    ],
  );
  assert.deepEqual(items[0]!.kind === 'record' ? items[0]!.value : undefined, { a: 'x\r\ny\r\nz', 'b\r\nc': '2' });
});

test('blank lines are skipped and counted', async () => {
  const items = await collect('a,b\n\n1,2\n\n\n3,4');
  assert.deepEqual(
    items.map((i) => [i.kind, i.location.line, i.location.index]),
    [
      ['record', 3, 0],
      ['record', 6, 1],
    ],
  );
});

test('a row with the wrong number of fields is malformed with its line and a reason, and reading goes on', async () => {
  const items = await collect('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
  assert.equal(items.length, 4);
  assert.equal(reasonOf(items[1]), 'row has 2 fields but the header has 3');
  assert.deepEqual(items[1]!.location, { line: 3, index: 1 });
  assert.equal(items[1]!.text, '4,5');
  assert.equal(reasonOf(items[2]), 'row has 4 fields but the header has 3');
  assert.deepEqual(items[2]!.location, { line: 4, index: 2 });
  assert.deepEqual(items[3], { kind: 'record', value: { a: '10', b: '11', c: '12' }, text: '10,11,12', location: { line: 5, index: 3 } });
});

test('a stray quote inside an unquoted field makes that row malformed; the rows after it are still read', async () => {
  const items = await collect('a,b\n1,x"y\n3,4\n5,6\n');
  assert.equal(items.length, 3);
  assert.match(reasonOf(items[0]), /^invalid CSV: .*quot/i);
  assert.deepEqual(items[0]!.location, { line: 2, index: 0 });
  assert.deepEqual(
    items.slice(1).map((i) => [i.kind === 'record' ? i.value : i, i.location]),
    [
      [{ a: '3', b: '4' }, { line: 3, index: 1 }],
      [{ a: '5', b: '6' }, { line: 4, index: 2 }],
    ],
  );
});

test('text after a closing quote makes that row malformed; the rows after it are still read (not swallowed)', async () => {
  // `"Doe, Jane" ,` (a space after the closing quote) is a common hand-edit; csv-parse in strict mode
  // stays "inside the quotes" after this error and would eat the rest of the file.
  for (const broken of ['"1" ,2', '"1"x,2']) {
    const items = await collect(`a,b\n${broken}\n3,4\n5,6\n`);
    assert.equal(items.length, 3, `${broken}: ${JSON.stringify(items)}`);
    assert.match(reasonOf(items[0]), /^invalid CSV: .*quot/i);
    assert.equal(items[0]!.text, broken);
    assert.deepEqual(items[0]!.location, { line: 2, index: 0 });
    assert.deepEqual(
      items.slice(1).map((i) => [i.kind === 'record' ? i.value : i, i.location]),
      [
        [{ a: '3', b: '4' }, { line: 3, index: 1 }],
        [{ a: '5', b: '6' }, { line: 4, index: 2 }],
      ],
    );
  }
});

test('a quote that is never closed is one malformed item at the line it opens, after the rows before it', async () => {
  const items = await collect('a,b\n1,2\n"3,4\n5,6\n');
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], { kind: 'record', value: { a: '1', b: '2' }, text: '1,2', location: { line: 2, index: 0 } });
  assert.match(reasonOf(items[1]), /^invalid CSV: Quote Not Closed/);
  assert.deepEqual(items[1]!.location, { line: 3, index: 1 });
  assert.equal(items[1]!.text, '"3,4\n5,6');
});

test('a header with an unclosed quote is one malformed item, nothing is read as a record', async () => {
  const items = await collect('a,"b\n1,2\n');
  assert.equal(items.length, 1);
  assert.match(reasonOf(items[0]), /Quote Not Closed/);
  assert.equal(items[0]!.location.line, 1);
});

test('records and quoted newlines split across chunks at every offset read the same', async () => {
  const text = 'id,name,note\n1,"Doe, Jane","a ""b""\nc"\n2,x"y,z\n3,Sam,ok\n4,only-two\n';
  const whole = await collect(text);
  assert.deepEqual(
    whole.map((i) => [i.kind, i.location.line, i.location.index]),
    [
      ['record', 2, 0],
      ['malformed', 4, 1],
      ['record', 5, 2],
      ['malformed', 6, 3],
    ],
  );
  for (let at = 1; at < text.length; at++) {
    assert.deepEqual(await collect(text.slice(0, at), text.slice(at)), whole, `split at ${at}`);
  }
  assert.deepEqual(await collect(...text), whole);
});

test('property: quoted values, LF/CRLF line endings, blank lines and random chunking keep values and start lines', async () => {
  const value = fc
    .array(fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '\u00e9', '\ud83d\ude00'), { maxLength: 6 })
    .map((parts) => parts.join(''));
  const encode = (v: string): string => (/[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 2, max: 4 }).chain((width) =>
        fc.record({
          width: fc.constant(width),
          rows: fc.array(fc.array(value, { minLength: width, maxLength: width }), { maxLength: 6 }),
          blanks: fc.array(fc.nat(2), { minLength: 7, maxLength: 7 }),
        }),
      ),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      fc.array(fc.nat(), { maxLength: 8 }),
      async ({ width, rows, blanks }, eol, trailingEol, offsets) => {
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        let text = header.join(',');
        let line = 1;
        const expected: { value: Record<string, string>; line: number }[] = [];
        rows.forEach((row, r) => {
          text += eol.repeat(1 + blanks[r]!);
          line += 1 + blanks[r]!;
          const encoded = row.map(encode).join(',');
          expected.push({ value: Object.fromEntries(header.map((h, i) => [h, row[i]!])), line });
          text += encoded;
          line += encoded.split(/\r\n|\n/).length - 1;
        });
        if (trailingEol) text += eol;
        // Cut between code points, as decodeChunks does (csv-parse encodes each string chunk to UTF-8 on
        // its own, so half a surrogate pair would be garbled).
        const between = (o: number): number => (/[\udc00-\udfff]/.test(text[o] ?? '') ? o - 1 : o);
        const points = [...new Set(offsets.map((o) => between(o % (text.length + 1))))].sort((a, b) => a - b);
        const parts = [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
        const items = await collect(...parts);
        assert.deepEqual(
          items.map((i) => ({ value: i.kind === 'record' ? i.value : i, line: i.location.line })),
          expected,
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('normalizeHeader ignores case, spaces, underscores, hyphens and dots', () => {
  for (const cell of ['Employee ID', 'employee_id', 'EMPLOYEE-ID', 'employee.id', ' Employee  _ Id ', 'EmployeeId']) {
    assert.equal(normalizeHeader(cell), 'employeeid', cell);
  }
  assert.notEqual(normalizeHeader('employee_id2'), normalizeHeader('employee_id'));
});

test('sniffCsvHeader returns the first line cells (trimmed, quotes removed), or undefined without a comma', () => {
  assert.deepEqual(sniffCsvHeader('employee_id, "full_name" ,email\r\nE1,A,a@example.com'), ['employee_id', 'full_name', 'email']);
  assert.deepEqual(sniffCsvHeader('\uFEFFa,b\n1,2'), ['a', 'b']);
  assert.equal(sniffCsvHeader('just some text\nwith, a comma on line two'), undefined);
  assert.equal(sniffCsvHeader(''), undefined);
});

test('decodeChunks: a multi-byte character split across byte chunks decodes whole, and progress counts bytes', async () => {
  const text = 'name,city\nJos\u00e9,M\u00fcnchen \u4e2d \ud83d\ude00\n';
  const bytes = new TextEncoder().encode(text);
  // Split inside the 2-byte é, the 3-byte 中 and the 4-byte emoji.
  const cuts = [bytes.indexOf(0xc3) + 1, bytes.indexOf(0xe4) + 1, bytes.indexOf(0xe4) + 2, bytes.indexOf(0xf0) + 2, bytes.indexOf(0xf0) + 3];
  assert.ok(cuts.every((c, i) => c > 0 && (i === 0 || c > cuts[i - 1]!)), 'cut points must be increasing');
  const parts = [0, ...cuts].map((from, i) => bytes.slice(from, cuts[i] ?? bytes.length));
  const progress: number[] = [];
  const decoded: string[] = [];
  for await (const s of decodeChunks(byteChunks(...parts), (n) => progress.push(n))) decoded.push(s);
  assert.equal(decoded.join(''), text);
  assert.ok(decoded.every((s) => !s.includes('\uFFFD')), JSON.stringify(decoded));
  assert.deepEqual(progress, [...cuts, bytes.length]);

  // One byte at a time, straight into the CSV reader.
  const single = Array.from(bytes, (b) => Uint8Array.of(b));
  const items: RawItem[] = [];
  for await (const item of readCsv(decodeChunks(byteChunks(...single)))) items.push(item);
  assert.deepEqual(
    items.map((i) => (i.kind === 'record' ? i.value : i)),
    [{ name: 'Jos\u00e9', city: 'M\u00fcnchen \u4e2d \ud83d\ude00' }],
  );
});

test('decodeChunks strips a UTF-8 BOM and flushes an incomplete trailing sequence as U+FFFD', async () => {
  const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
  const body = new TextEncoder().encode('a,b');
  const out: string[] = [];
  for await (const s of decodeChunks(byteChunks(bom.slice(0, 2), bom.slice(2), body, Uint8Array.of(0xe4, 0xb8)))) out.push(s);
  assert.equal(out.join(''), 'a,b\uFFFD');
});
