import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sources } from '../catalog.generated.js';
import { readCsv } from './readers/csv-reader.js';
import { chunks } from '../test-support/streams.js';

const FIXTURES = join(import.meta.dirname, 'sources', '__fixtures__');

/** Every CSV fixture with the source that reads it. */
function csvFixtures(): string[] {
  return ['csv', 'hr'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.csv')).map((f) => join(FIXTURES, dir, f)));
}

test('for every source that redacts, the stored (redacted) record normalizes exactly like the original', async () => {
  const redacting = sources.filter((s) => s.redact);
  assert.ok(redacting.length >= 5, 'every CSV source redacts');
  let rows = 0;
  for (const path of csvFixtures()) {
    const header = readFileSync(path, 'utf8').split('\n', 1)[0]!.split(',');
    const source = [...redacting].sort((a, b) => b.sniff(header) - a.sniff(header))[0]!;
    if (source.sniff(header) < 0.5) continue;
    for await (const item of readCsv(chunks(readFileSync(path, 'utf8')))) {
      if (item.kind !== 'record') continue;
      const ctx = { rawRef: { file: path, line: item.location.line, sha256: '0'.repeat(64) }, fingerprintKey: 'k' };
      assert.deepEqual(source.normalize(source.redact!(item.value, 'k'), ctx), source.normalize(item.value, ctx), `${path}:${item.location.line}`);
      rows += 1;
    }
  }
  assert.ok(rows >= 40, `compared ${rows} rows`);
});
