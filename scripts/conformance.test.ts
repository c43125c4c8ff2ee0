import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_CONFORMANCE_DIR, runConformance } from './conformance-lib.js';

// Measured on 2026-11-21; differences are explained in docs/sources/*.md. A drop below these is a regression.
const FLOOR: Record<string, number> = { okta: 1, entra: 0.8, 'google-workspace': 1 };

test('normalization agrees with Elastic\'s expected ECS documents (../shared/conformance)', {
  skip: existsSync(DEFAULT_CONFORMANCE_DIR) ? false : 'shared/conformance is not present beside the repository',
}, () => {
  const results = runConformance(DEFAULT_CONFORMANCE_DIR);
  assert.deepEqual(results.map((r) => r.name).sort(), Object.keys(FLOOR).sort(), 'every corpus we have a source for ran');
  for (const r of results) {
    assert.ok(r.documents > 0, `${r.name}: no documents compared`);
    assert.ok(r.rate >= FLOOR[r.name]!, `${r.name}: ${(r.rate * 100).toFixed(1)} % < ${(FLOOR[r.name]! * 100).toFixed(0)} %`);
    assert.equal(r.fields['@timestamp']!.equal, r.documents, `${r.name}: every timestamp matches`);
  }
});
