import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EXAMPLES, sandbox } from '../__fixtures__/harness.js';

describe('molehunt analyze (incremental)', () => {
  test('a second ingest + analyze gives what a fresh database gives, re-running per-subject rules only for changed subjects', async () => {
    const box = sandbox();
    // One fingerprint key for both databases: payroll record ids embed the keyed account fingerprint.
    const env = { MOLEHUNT_FINGERPRINT_KEY: 'test-key' };
    const cli = (argv: string[]) => box.cli(argv, env);
    try {
      const first = ['hr-directory.csv', 'okta-system-log.ndjson', 'shipments.csv'].map((f) => join(EXAMPLES, f));
      assert.equal((await cli(['ingest', ...first, '--db', box.db])).code, 0);
      assert.equal((await cli(['analyze', '--db', box.db])).code, 0);
      assert.equal((await cli(['ingest', EXAMPLES, '--db', box.db])).code, 0);
      const second = await cli(['analyze', '--json', '--db', box.db]);
      assert.equal(second.code, 0, second.stderr);
      const incremental = (await cli(['findings', '--json', '--db', box.db])).stdout;
      const subjects = (await cli(['subjects', '--json', '--db', box.db])).stdout;
      const third = JSON.parse((await cli(['analyze', '--json', '--db', box.db])).stdout) as { reevaluated_subjects: number };
      assert.equal(third.reevaluated_subjects, 0, 'nothing changed since the last analysis');

      const fresh = join(box.dir, 'fresh.db');
      assert.equal((await cli(['scan', EXAMPLES, '--db', fresh])).code, 0);
      assert.equal((await cli(['findings', '--json', '--db', fresh])).stdout, incremental);
      assert.equal((await cli(['subjects', '--json', '--db', fresh])).stdout, subjects);
      const full = JSON.parse((await cli(['analyze', '--full', '--json', '--db', fresh])).stdout) as { subjects: number; reevaluated_subjects: number };
      assert.equal(full.reevaluated_subjects, full.subjects, '--full re-evaluates everyone');
    } finally {
      box.dispose();
    }
  });
});
