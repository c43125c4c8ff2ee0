import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Event } from '../model/event.js';
import type { Finding } from '../model/finding.js';
import { signInOf } from '../model/sign-in.js';
import type { Subject } from '../model/subject.js';
import { account, employee, signIn } from '../test-support/factories.js';
import { testDialects } from '../test-support/stores.js';

const finding: Finding = {
  id: 'fnd_1',
  rule: 'signin.impossible-travel',
  indicator: 'E-03',
  subject: 'sub_a',
  severity: 'medium',
  confidence: 0.6,
  summary: 'test finding',
  evidence: [{ timestamp: '2026-01-01T00:00:00.000Z', values: { ip: '198.51.100.1' } }],
  citations: [{ indicator: 'E-03', source: 'test source' }],
  corroborating_only: false,
  strength: 'M',
  shadow: false,
  related_subjects: [],
  facets: {},
};
const subject = (id: string, score: number): Subject => ({
  id,
  display_name: id,
  identity_ids: [`hr.employee:hr-csv:${id}`],
  merge_reasons: [],
  score,
  level: 'low',
  contributions: [],
  escalations: [],
});

/** A batch as ingest makes it: each event's raw record is its JSON, concatenated. */
function batchOf(events: Event[], rawId = 'chunk-1') {
  const texts = events.map((e) => JSON.stringify(e));
  let offset = 0;
  const spans = texts.map((t) => {
    const span = [offset, t.length] as const;
    offset += t.length;
    return span;
  });
  return { source: 'okta.system-log', file: 'fixture.ndjson', events, spans, rawText: texts.join(''), rawId };
}

for (const dialect of testDialects()) {
  describe(`repositories on ${dialect.name}`, { skip: dialect.skip }, () => {
    test('events are idempotent by dataset and event id; records come back in time order with their raw text', async () => {
      const { store, dispose } = await dialect.open();
      try {
        const later = signIn({ id: 'e2', at: '2026-01-02T00:00:00Z', identity: 'u1' });
        const earlier = signIn({ id: 'e1', at: '2026-01-01T00:00:00Z', identity: 'u1' });
        assert.equal(await store.events.insertBatch(batchOf([later, earlier])), 2);
        assert.equal(await store.events.insertBatch(batchOf([later, earlier, later])), 0);
        const records = await store.events.records();
        assert.deepEqual(records.map((r) => r.key), ['okta.system:e1', 'okta.system:e2']);
        assert.deepEqual(JSON.parse(records[0]!.json), earlier);
        assert.deepEqual(records[0]!.raw_ref, earlier.molehunt.raw_ref);
        assert.equal(records[0]!.source, 'okta.system-log');
        assert.equal(await store.events.count(), 2);
        assert.equal((await store.events.records({ identityIds: ['idp.account:okta:nobody'] })).length, 0);
        assert.equal((await store.events.records({ limit: 1 })).length, 1);
      } finally {
        await dispose();
      }
    });

    test('sign-in facts come back from columns exactly as signInOf makes them', async () => {
      const { store, dispose } = await dialect.open();
      try {
        const located = signIn({ id: 'a', at: '2026-01-01T10:00:00Z', identity: 'u1', ip: '198.51.100.7', country: 'US', lat: 30.27, lon: -97.74 });
        const failed = signIn({ id: 'b', at: '2026-01-01T11:00:00Z', identity: 'u2', outcome: 'failure' });
        const orphan = { ...signIn({ id: 'c', at: '2026-01-01T12:00:00Z', identity: 'u3' }), molehunt: { raw_ref: located.molehunt.raw_ref } };
        const logout = { ...signIn({ id: 'd', at: '2026-01-01T13:00:00Z', identity: 'u1' }) };
        logout.event = { ...logout.event, type: ['end'] };
        await store.events.insertBatch(batchOf([located, failed, orphan, logout]));
        const facts = (await store.events.signIns()).sort((x, y) => x.at - y.at);
        assert.deepEqual(facts, [signInOf(located), signInOf(failed)]);
      } finally {
        await dispose();
      }
    });

    test('identity records upsert by merging: names take the newest value, identifiers accumulate, nothing is duplicated', async () => {
      const { store, dispose } = await dialect.open();
      try {
        const device = { ...account('u1'), identifiers: { ...account('u1').identifiers, device_serials: ['C02EXAMPLE1'] } };
        await store.identities.upsertMany([device, employee('E1', 'a@example.com', 'Ann')]);
        await store.identities.upsertMany([account('u1', 'u1.new@example.com', 'Renamed')]);
        const records = await store.identities.list();
        assert.equal(records.length, 2);
        const merged = records.find((r) => r.id === 'idp.account:okta:u1')!;
        assert.equal(merged.name, 'Renamed');
        assert.deepEqual(merged.identifiers.device_serials, ['C02EXAMPLE1']);
        assert.deepEqual(merged.identifiers.emails, ['u1@example.com', 'u1.new@example.com']);
      } finally {
        await dispose();
      }
    });

    test('quarantine keeps file, line and reasons, once per item', async () => {
      const { store, dispose } = await dialect.open();
      try {
        const item = { id: 'q1', file: 'a.ndjson', line: 3, index: 2, source: 'okta.system-log', reasons: ['uuid: required'], raw: '{}', sha256: 'x' };
        assert.equal(await store.quarantine.insertMany([item, item]), 1);
        assert.equal(await store.quarantine.insertMany([item]), 0);
        const [stored] = await store.quarantine.list();
        assert.deepEqual({ file: stored?.file, line: stored?.line, reasons: stored?.reasons }, { file: 'a.ndjson', line: 3, reasons: ['uuid: required'] });
      } finally {
        await dispose();
      }
    });

    test('an analysis result replaces the previous one atomically and keeps rank order', async () => {
      const { store, dispose } = await dialect.open();
      try {
        // Distinct times: "the last run" is the latest finished_at (two real analyses never share a millisecond).
        const run = (id: string) => ({ id, finished_at: id === 'r1' ? '2026-11-21T10:00:00.000Z' : '2026-11-21T10:05:00.000Z', subjects: 2, findings: 1, events: 0 });
        await store.transaction((repos) => repos.analysis.replace([subject('sub_a', 40), subject('sub_b', 10)], [finding], run('r1')));
        await store.transaction((repos) => repos.analysis.replace([subject('sub_b', 50), subject('sub_a', 20)], [finding], run('r2')));
        assert.deepEqual((await store.analysis.subjects()).map((s) => s.id), ['sub_b', 'sub_a']);
        assert.deepEqual(await store.analysis.findings('sub_a'), [finding]);
        assert.deepEqual(await store.analysis.findings('sub_b'), []);
        assert.equal((await store.analysis.lastRun())?.id, 'r2');
      } finally {
        await dispose();
      }
    });

    test('a failing transaction leaves nothing behind', async () => {
      const { store, dispose } = await dialect.open();
      try {
        await assert.rejects(
          store.transaction(async (repos) => {
            await repos.events.insertBatch(batchOf([signIn({ id: 'e1', at: '2026-01-01T00:00:00Z', identity: 'u1' })]));
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.equal(await store.events.count(), 0);
      } finally {
        await dispose();
      }
    });

    test('the fingerprint key is made once and then stable', async () => {
      const { store, dispose } = await dialect.open();
      try {
        const first = await store.meta.fingerprintKey();
        assert.match(first, /^[0-9a-f]{64}$/);
        assert.equal(await store.meta.fingerprintKey(), first);
      } finally {
        await dispose();
      }
    });
  });
}
