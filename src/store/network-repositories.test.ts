import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GraphNote, JudgementRecord, Network } from '../model/network.js';
import { testDialects } from '../test-support/stores.js';

const network = (id: string, score: number, size: number): Network => ({
  id,
  score,
  level: score >= 60 ? 'high' : 'low',
  subjects: Array.from({ length: size }, (_, i) => `sub_${id.slice(4)}${i}`),
  structure: 0.8,
  member_max_score: 40,
  kinds: ['payout'],
  summary: `${size} subjects share a payout account`,
  links: [
    {
      kind: 'payout',
      indicator: 'G-03',
      value_display: 'bank ••••4321',
      subjects: Array.from({ length: size }, (_, i) => `sub_${id.slice(4)}${i}`),
      first: '2026-01-01T00:00:00.000Z',
      evidence: [{ subject: `sub_${id.slice(4)}0`, record: 'payroll.payee:payroll-csv:1', raw_ref: { file: 'payees.csv', line: 2, sha256: 'a'.repeat(64) }, role: 'bank' }],
    },
  ],
});
const notes: GraphNote[] = [
  { type: 'generic', kind: 'address', value_display: '••• austin, 78701, US', degree: 40, spread: 1, reason: 'spread', detail: 'office' },
  { type: 'exemption', kind: 'address', value_display: '••• tucson, 85701, US', subjects: ['sub_a', 'sub_b'], source: 'judgement jdg_1' },
];
const judgement = (id: string, decision: JudgementRecord['decision'], at: string): JudgementRecord => ({
  id,
  decision,
  a_subject: 'sub_a',
  b_subject: 'sub_b',
  a_records: ['hr.employee:hr-csv:1'],
  b_records: ['hr.employee:hr-csv:2', 'idp.account:okta:2'],
  reason: 'married couple, verified by HR',
  decided_by: 'analyst@example.com',
  decided_at: at,
});

for (const dialect of testDialects()) {
  describe(`network and judgement repositories on ${dialect.name}`, { skip: dialect.skip }, () => {
    test('networks come back in rank order, filtered by size; notes in order; a replace drops the previous result', async () => {
      const { store, dispose } = await dialect.open();
      try {
        await store.transaction((repos) => repos.networks.replace([network('net_big', 90, 5), network('net_two', 40, 2)], notes));
        assert.deepEqual((await store.networks.list()).map((n) => n.id), ['net_big', 'net_two']);
        assert.deepEqual((await store.networks.list(3)).map((n) => n.id), ['net_big']);
        assert.deepEqual(await store.networks.get('net_big'), network('net_big', 90, 5));
        assert.deepEqual(await store.networks.notes(), notes);
        await store.networks.replace([network('net_new', 10, 2)], []);
        assert.deepEqual((await store.networks.list()).map((n) => n.id), ['net_new']);
        assert.deepEqual(await store.networks.notes(), []);
      } finally {
        await dispose();
      }
    });

    test('judgements are appended with who, when and why; the latest per pair is in force', async () => {
      const { store, dispose } = await dialect.open();
      try {
        await store.judgements.add(judgement('jdg_1', 'different', '2026-12-01T10:00:00.000Z'));
        await store.judgements.add(judgement('jdg_2', 'household', '2026-12-02T10:00:00.000Z'));
        const trail = await store.judgements.list();
        assert.deepEqual(trail.map((j) => [j.id, j.decision, j.decided_by]), [['jdg_1', 'different', 'analyst@example.com'], ['jdg_2', 'household', 'analyst@example.com']]);
        assert.deepEqual(trail[1]!.b_records, ['hr.employee:hr-csv:2', 'idp.account:okta:2']);
        assert.deepEqual((await store.judgements.active()).map((j) => j.id), ['jdg_2']);
        await assert.rejects(store.judgements.add(judgement('jdg_1', 'same', '2026-12-03T10:00:00.000Z')), 'ids are unique: a judgement is never overwritten');
      } finally {
        await dispose();
      }
    });
  });
}
