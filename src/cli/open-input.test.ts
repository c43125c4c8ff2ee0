import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { HEAD_BYTES, openInput } from './open-input.js';

const dir = mkdtempSync(join(tmpdir(), 'mh-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(body: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

const lines = Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"pad":"${'x'.repeat(40)}"}`).join('\n') + '\n';

describe('openInput', () => {
  test('a plain file: the head is its start and the body is all of it, once', async () => {
    const path = join(dir, 'plain.ndjson');
    writeFileSync(path, lines);
    let bytes = 0;
    const opened = await openInput({ path, display: 'plain.ndjson', size: lines.length }, (n) => (bytes = n));
    assert.equal(opened.gzip, false);
    assert.equal(opened.head.length, HEAD_BYTES);
    assert.equal(opened.head.toString('utf8'), lines.slice(0, HEAD_BYTES));
    assert.equal(await readAll(opened.body), lines);
    assert.equal(bytes, lines.length, 'raw bytes are reported for progress');
    assert.equal(opened.error(), undefined);
  });

  test('gzip is recognized by its magic bytes whatever the name, and decompressed', async () => {
    const path = join(dir, 'export.log');
    const compressed = gzipSync(lines);
    writeFileSync(path, compressed);
    let bytes = 0;
    const opened = await openInput({ path, display: 'export.log', size: compressed.length }, (n) => (bytes = n));
    assert.equal(opened.gzip, true);
    assert.equal(opened.head.toString('utf8'), lines.slice(0, HEAD_BYTES));
    assert.equal(await readAll(opened.body), lines);
    assert.equal(bytes, compressed.length, 'progress counts compressed bytes read from disk');
  });

  test('a truncated gzip yields what it holds and reports the break instead of throwing', async () => {
    const path = join(dir, 'cut.ndjson.gz');
    const compressed = gzipSync(lines);
    writeFileSync(path, compressed.subarray(0, Math.floor(compressed.length / 2)));
    const opened = await openInput({ path, display: 'cut.ndjson.gz', size: 0 });
    const text = await readAll(opened.body);
    assert.ok(text.length > 0 && text.length < lines.length);
    assert.ok(lines.startsWith(text));
    assert.match(opened.error()?.message ?? '', /unexpected end of file/);
  });

  test('standard input is read from the given stream, head and body in one pass', async () => {
    const stdin = Readable.from([Buffer.from('employee_id,full_name\n'), Buffer.from('E1,Ann\n')]);
    const opened = await openInput({ path: '-', display: 'stdin', size: 0 }, undefined, stdin);
    assert.equal(opened.head.toString('utf8'), 'employee_id,full_name\nE1,Ann\n');
    assert.equal(await readAll(opened.body), 'employee_id,full_name\nE1,Ann\n');
  });

  test('an empty file has an empty head and body', async () => {
    const path = join(dir, 'empty.json');
    writeFileSync(path, '');
    const opened = await openInput({ path, display: 'empty.json', size: 0 });
    assert.equal(opened.head.length, 0);
    assert.equal(await readAll(opened.body), '');
  });
});
