import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EXAMPLES, runCli, sandbox } from './__fixtures__/harness.js';

test('ingest reads .gz files found in a directory, and gzip content under any name', async () => {
  const box = sandbox();
  try {
    const dir = join(box.dir, 'exports');
    mkdirSync(dir);
    writeFileSync(join(dir, 'okta.ndjson.gz'), gzipSync(readFileSync(join(EXAMPLES, 'okta-system-log.ndjson'))));
    writeFileSync(join(dir, 'hr-export.dat'), 'ignored');
    writeFileSync(join(box.dir, 'week2.bin'), gzipSync(readFileSync(join(EXAMPLES, 'okta-api-logs-week2.json'))));
    const r = await box.cli(['--db', box.db, 'ingest', '--json', 'exports', 'week2.bin']);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout) as { file: string; framing: string; new_events: number; quarantined: number }[];
    assert.deepEqual(files.map((f) => [f.file, f.framing, f.new_events, f.quarantined]), [
      ['exports/okta.ndjson.gz', 'ndjson', 181, 0],
      ['week2.bin', 'json-array', 185, 0],
    ]);
    assert.match(r.stderr, /skipped exports\/hr-export\.dat: not a data file/);
  } finally {
    box.dispose();
  }
});

test('ingest - reads standard input once, detects its format, and names it stdin', async () => {
  const box = sandbox();
  try {
    const stdin = Readable.from([readFileSync(join(EXAMPLES, 'hr-directory.csv'))]);
    const r = await runCli(['--db', box.db, 'ingest', '--json', '-'], { cwd: box.dir, stdin });
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout) as { file: string; source: string; identities: number }[];
    assert.deepEqual([file?.file, file?.source, file?.identities], ['stdin', 'hr.directory-csv', 12]);
    const twice = await box.cli(['--db', box.db, 'ingest', '-', '-']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /standard input \(-\) can be named only once/);
  } finally {
    box.dispose();
  }
});

test('a truncated .gz keeps what it held and quarantines the break; a file with non-UTF-8 bytes quarantines those records', async () => {
  const box = sandbox();
  try {
    const compressed = gzipSync(readFileSync(join(EXAMPLES, 'okta-system-log.ndjson')));
    writeFileSync(join(box.dir, 'cut.ndjson.gz'), compressed.subarray(0, Math.floor(compressed.length * 0.6)));
    const latin1 = Buffer.concat([
      Buffer.from('employee_id,full_name,email\nE1,Ann Lee,ann@example.com\nE2,Ren', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(' Dubois,rene@example.com\n', 'utf8'),
    ]);
    writeFileSync(join(box.dir, 'hr-latin1.csv'), latin1);
    const r = await box.cli(['--db', box.db, 'ingest', '--json', 'cut.ndjson.gz', 'hr-latin1.csv']);
    assert.equal(r.code, 0, r.stderr);
    const [cut, hr] = JSON.parse(r.stdout) as { new_events: number; identities: number; quarantined: number }[];
    assert.ok(cut!.new_events > 0 && cut!.new_events < 181, `kept ${cut!.new_events}`);
    assert.equal(hr!.identities, 1);
    assert.equal(hr!.quarantined, 1);
    const q = JSON.parse((await box.cli(['--db', box.db, 'quarantine', '--json'])).stdout) as { file: string; reasons: string[] }[];
    assert.ok(q.some((i) => i.file === 'cut.ndjson.gz' && /compressed stream ends or breaks/.test(i.reasons.join())));
    assert.ok(q.some((i) => i.file === 'hr-latin1.csv' && /not UTF-8/.test(i.reasons.join())));
  } finally {
    box.dispose();
  }
});

test('a copied directory of examples ingests to the same events (idempotent across paths)', async () => {
  const box = sandbox();
  try {
    mkdirSync(join(box.dir, 'copy'));
    copyFileSync(join(EXAMPLES, 'okta-system-log.ndjson'), join(box.dir, 'copy', 'a.ndjson'));
    assert.equal((await box.cli(['--db', box.db, 'ingest', join(EXAMPLES, 'okta-system-log.ndjson')])).code, 0);
    const again = await box.cli(['--db', box.db, 'ingest', '--json', 'copy']);
    assert.equal((JSON.parse(again.stdout) as { new_events: number }[])[0]!.new_events, 0);
  } finally {
    box.dispose();
  }
});
