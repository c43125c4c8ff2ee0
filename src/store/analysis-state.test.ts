import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../model/finding.js';
import type { Subject } from '../model/subject.js';
import { testDialects } from '../test-support/stores.js';

const finding: Finding = {
  id: 'fnd_1', rule: 'signin.impossible-travel', indicator: 'E-03', subject: 'sub_a', severity: 'medium', confidence: 0.6,
  summary: 'hop', evidence: [], citations: [{ indicator: 'E-03', source: 's' }], corroborating_only: false, strength: 'M',
  shadow: false, related_subjects: ['sub_b'], facets: { countries: ['US', 'CN'], from: 1, to: 2 },
  suppressed: { kind: 'travel', reason: 'trip', source: 'suppressions.travel[0]' },
};
const subject: Subject = {
  id: 'sub_a', display_name: 'A', identity_ids: ['hr.employee:hr-csv:a'], merge_reasons: [], score: 0, level: 'none',
  contributions: [{ rule: finding.rule, severity: 'medium', confidence: 0.6, points: 0, status: 'suppressed', note: 'suppressed by config' }],
  escalations: [],
};
const run = (id: string) => ({ id, finished_at: new Date().toISOString(), subjects: 1, findings: 1, events: 0 });

for (const dialect of testDialects()) {
  describe(`analysis state on ${dialect.name}`, { skip: dialect.skip }, () => {
    test('the last analysis keeps fingerprints, the global key and findings with every new field; a replace without state clears it', async () => {
      const { store, dispose } = await dialect.open();
      try {
        assert.equal(await store.analysis.previous(), undefined);
        await store.transaction((r) => r.analysis.replace([subject], [finding], run('r1'), { globalKey: 'g1', fingerprints: new Map([['sub_a', 'fp1']]) }));
        const previous = await store.analysis.previous();
        assert.equal(previous?.globalKey, 'g1');
        assert.deepEqual([...previous!.fingerprints], [['sub_a', 'fp1']]);
        assert.deepEqual(previous!.findings, [finding]);
        assert.deepEqual(await store.analysis.subject('sub_a'), subject);
        await store.transaction((r) => r.analysis.replace([subject], [finding], run('r2')));
        assert.equal(await store.analysis.previous(), undefined);
      } finally {
        await dispose();
      }
    });
  });
}
