import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sources } from '../catalog.generated.js';
import { EXAMPLES, HR_HEADER, hrRow, ndjson, oktaEvent } from './__fixtures__/harness.js';
import { detectFile, type FileDetection } from './detect-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mh-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const event = (i: number) =>
  oktaEvent({
    uuid: `eeeeeeee-0000-4000-8000-00000000000${i}`,
    published: `2026-10-0${i}T09:00:00.000Z`,
    actorId: '00u0detexmple001',
    login: 'pat.doe@example.com',
    displayName: 'Pat Doe',
  });

function ok(detection: FileDetection): { framing: string; source: string } {
  assert.ok(detection.ok, detection.ok ? '' : detection.message);
  return { framing: detection.framing, source: detection.source.id };
}

function failure(detection: FileDetection): string {
  assert.equal(detection.ok, false, 'expected the file to be rejected');
  return (detection as { message: string }).message;
}

describe('detectFile', () => {
  test('recognizes the example files', async () => {
    assert.deepEqual(ok(await detectFile(join(EXAMPLES, 'okta-system-log.ndjson'), sources)), { framing: 'ndjson', source: 'okta.system-log' });
    assert.deepEqual(ok(await detectFile(join(EXAMPLES, 'okta-api-logs-week2.json'), sources)), { framing: 'json-array', source: 'okta.system-log' });
    assert.deepEqual(ok(await detectFile(join(EXAMPLES, 'hr-directory.csv'), sources)), { framing: 'csv', source: 'hr.directory-csv' });
  });

  test('recognizes Okta events however they are framed', async () => {
    const cases: [string, string, string][] = [
      ['a.ndjson', ndjson([event(1), event(2)]), 'ndjson'],
      ['b.json', JSON.stringify([event(1), event(2)], null, 2), 'json-array'],
      ['c.json', JSON.stringify(event(1), null, 2), 'json-document'],
      ['d.json', `\uFEFF${ndjson([event(1)])}`, 'ndjson'],
      ['e.json', `\n\n  ${JSON.stringify([event(1)])}`, 'json-array'],
      ['f.ndjson', ndjson([{ version: '0', 'detail-type': 'SystemLog', detail: event(1) }]), 'ndjson'],
    ];
    for (const [name, content, framing] of cases) {
      assert.deepEqual(ok(await detectFile(file(name, content), sources)), { framing, source: 'okta.system-log' }, name);
    }
  });

  test('recognizes HR CSV exports, header aliases and a BOM included', async () => {
    assert.deepEqual(ok(await detectFile(file('hr.csv', `${HR_HEADER}\n${hrRow('E1', 'Ana Ruiz', 'ana.ruiz@example.com')}\n`), sources)), {
      framing: 'csv',
      source: 'hr.directory-csv',
    });
    assert.deepEqual(ok(await detectFile(file('hr2.csv', '\uFEFFEmployee Number,Display Name,Work Email,Hire Date\r\nE2,Bo Li,bo.li@example.com,2026-01-05\r\n'), sources)), {
      framing: 'csv',
      source: 'hr.directory-csv',
    });
  });

  test('an empty file is rejected as empty, saying what was expected', async () => {
    const message = failure(await detectFile(file('empty.json', ''), sources));
    assert.match(message, /^the file is empty\. Expected one of:\n/);
    assert.match(message, /okta\.system-log/);
    assert.match(message, /hr\.directory-csv/);
  });

  test('a gzip header with nothing decompressible after it says so', async () => {
    const message = failure(await detectFile(file('cut.json.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00])), sources));
    assert.match(message, /^it starts like a gzip file but cannot be decompressed \(unexpected end of file\): is it complete\?$/);
  });

  test('a binary file is rejected, listing what each source expects', async () => {
    const message = failure(await detectFile(file('blob.json', Buffer.from([0x7b, 0x00, 0x01, 0xff, 0xfe, 0x00])), sources));
    assert.match(message, /^it is a binary file \(or UTF-16 text: save it as UTF-8\)\. unrecognized input: it is neither JSON nor CSV\. Expected one of:/);
    for (const source of sources) assert.ok(message.includes(`(${source.id}): ${source.expects}`), source.id);
    assert.match(message, /Use --source ID to force a source\.$/);
  });

  test('text that is neither JSON nor CSV is rejected', async () => {
    const message = failure(await detectFile(file('notes.log', 'Oct 5 12:00:01 host sshd[1]: Accepted publickey\n'), sources));
    assert.match(message, /^unrecognized input: it is neither JSON nor CSV\. Expected one of:/);
  });

  test('well-framed data that no source recognizes is rejected with the framing it has', async () => {
    assert.match(failure(await detectFile(file('x.csv', 'colour,shape\nred,circle\n'), sources)), /^unrecognized input: it looks like csv but no source recognizes its records/);
    assert.match(failure(await detectFile(file('x.ndjson', '{"hello":"world"}\n'), sources)), /it looks like ndjson but no source/);
    assert.match(failure(await detectFile(file('x.json', '[1, 2, 3]'), sources)), /it looks like json-array but no source/);
    // A CSV with an id column but neither a name nor an e-mail column is not an HR directory.
    assert.match(failure(await detectFile(file('ids.csv', 'employee_id,department\nE1,Sales\n'), sources)), /looks like csv/);
  });

  test('a file whose first records are all broken is not recognized', async () => {
    const broken = Array.from({ length: 6 }, () => '{"uuid": oops').join('\n');
    assert.match(failure(await detectFile(file('broken.ndjson', `${broken}\n${ndjson([event(1)])}`), sources)), /no source recognizes/);
  });

  test('an NDJSON export whose first line is broken is still NDJSON', async () => {
    const path = file('one-bad.ndjson', `{"uuid": oops\n${ndjson([event(1), event(2)])}`);
    assert.deepEqual(ok(await detectFile(path, sources)), { framing: 'ndjson', source: 'okta.system-log' });
    assert.deepEqual(ok(await detectFile(path, sources, 'okta.system-log')), { framing: 'ndjson', source: 'okta.system-log' });
  });

  test('--source forces a source, and rejects unknown ones and framings the source does not read', async () => {
    const csv = file('people.csv', 'colour,shape\nred,circle\n');
    assert.deepEqual(ok(await detectFile(csv, sources, 'hr.directory-csv')), { framing: 'csv', source: 'hr.directory-csv' });
    assert.match(failure(await detectFile(csv, sources, 'okta.system-log')), /^okta\.system-log does not read csv files \(it reads ndjson, json-array, json-document\)$/);
    assert.match(failure(await detectFile(csv, sources, 'splunk')), /^unknown source "splunk" \(known: .*hr\.directory-csv.*okta\.system-log/);
    const text = file('notes.txt', 'plain words\n');
    const forcedText = failure(await detectFile(text, sources, 'okta.system-log'));
    assert.match(forcedText, /neither JSON nor CSV/);
    assert.doesNotMatch(forcedText, /hr\.directory-csv/, 'only the forced source is described');
  });

  test('a file that cannot be read is reported, not thrown', async () => {
    assert.match(failure(await detectFile(join(dir, 'nope.json'), sources)), /^cannot read it: ENOENT/);
    assert.match(failure(await detectFile(dir, sources)), /^cannot read it: EISDIR/);
  });
});
