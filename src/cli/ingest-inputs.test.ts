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

test('one ingest call reads a directory that mixes every supported format, each with the right source', async () => {
  const box = sandbox();
  try {
    const mixed = join(box.dir, 'mixed');
    const fixtures = join(import.meta.dirname, '..', 'ingest', 'sources', '__fixtures__');
    mkdirSync(join(mixed, 'cloud'), { recursive: true });
    for (const name of ['hr-directory.csv', 'okta-system-log.ndjson', 'okta-api-logs-week2.json', 'ats-applicants.csv', 'payroll-payees.csv', 'shipments.csv', 'mdm-devices.csv', 'osquery-results.ndjson']) {
      copyFileSync(join(EXAMPLES, name), join(mixed, name));
    }
    copyFileSync(join(fixtures, 'entra', 'graph-signins-page.json'), join(mixed, 'cloud', 'entra-signins.json'));
    copyFileSync(join(fixtures, 'entra', 'eventhub-records.json'), join(mixed, 'cloud', 'entra-eventhub.json'));
    copyFileSync(join(fixtures, 'google-workspace', 'activities-page.json'), join(mixed, 'cloud', 'google-login.json'));
    writeFileSync(join(mixed, 'cloud', 'okta.ndjson.gz'), gzipSync(readFileSync(join(EXAMPLES, 'okta-system-log.ndjson'))));
    const r = await box.cli(['--db', box.db, 'ingest', '--json', 'mixed']);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout) as { file: string; source: string; records: number; quarantined: number }[];
    assert.deepEqual(Object.fromEntries(files.map((f) => [f.file, f.source])), {
      'mixed/ats-applicants.csv': 'ats.applicants-csv',
      'mixed/cloud/entra-eventhub.json': 'entra.signin',
      'mixed/cloud/entra-signins.json': 'entra.signin',
      'mixed/cloud/google-login.json': 'google-workspace.login',
      'mixed/cloud/okta.ndjson.gz': 'okta.system-log',
      'mixed/hr-directory.csv': 'hr.directory-csv',
      'mixed/mdm-devices.csv': 'mdm.devices-csv',
      'mixed/okta-api-logs-week2.json': 'okta.system-log',
      'mixed/okta-system-log.ndjson': 'okta.system-log',
      'mixed/osquery-results.ndjson': 'osquery.result',
      'mixed/payroll-payees.csv': 'payroll.payees-csv',
      'mixed/shipments.csv': 'logistics.shipments-csv',
    });
    for (const f of files) {
      assert.ok(f.records > 0, f.file);
      assert.equal(f.quarantined, 0, `${f.file}: ${r.stderr}`);
    }
    // The people come together across systems: Ryan's HR record, Okta account, application, payroll, shipment and laptop.
    assert.equal((await box.cli(['--db', box.db, 'analyze'])).code, 0);
    const explained = JSON.parse((await box.cli(['--db', box.db, 'explain', '--json', 'E1007'])).stdout) as { identities: { kind: string }[] };
    assert.deepEqual([...new Set(explained.identities.map((i) => i.kind))].sort(), ['ats.applicant', 'device.owner', 'hr.employee', 'idp.account', 'payroll.payee', 'shipment.recipient']);
  } finally {
    box.dispose();
  }
});
