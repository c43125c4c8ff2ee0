import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { IdentityRecord } from '../model/identity-record.js';
import { record } from '../test-support/factories.js';
import type { GraphObservation, Judgement } from './graph-types.js';
import { IdentityGraph, buildIdentityGraph, type GraphInput } from './identity-graph.js';

// Small value pools so that records collide a lot: merges, conflicting names, keys crossing the merge
// cap, names becoming common, values turning into hubs and back, households, judgements.
const NAMES = ['Kim Minjun', 'Minjun Kim', 'Gim Min-jun', 'Ann Lee', 'Anne Lee', 'Bob Stone', 'Cara Diaz', undefined];
const EMAILS = Array.from({ length: 9 }, (_, i) => `p${i}@mail.example.org`);
const PHONES = Array.from({ length: 8 }, (_, i) => `+1555010010${i}`);
const STREETS = ['1 Oak St', '2 Elm St', '3 Pine St'];
const KINDS = ['hr.employee', 'ats.applicant', 'payroll.payee', 'idp.account'] as const;
const BODY = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

function makePool(seed: number, size: number): { records: IdentityRecord[]; observations: GraphObservation[]; judgements: Judgement[] } {
  let s = seed >>> 0 || 1;
  const rnd = (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  const records: IdentityRecord[] = [];
  const observations: GraphObservation[] = [];
  for (let i = 0; i < size; i++) {
    const kind = KINDS[rnd(KINDS.length)]!;
    const name = NAMES[rnd(NAMES.length)];
    const r = record(kind, `r${i}`, {
      ...(name ? { name } : {}),
      ...(kind === 'hr.employee' && rnd(2) ? { employee_id: `E${rnd(4)}` } : {}),
      ...(rnd(3) === 0 ? { corporate_emails: [`u${rnd(5)}@example.com`] } : {}),
      ...(rnd(5) === 0 ? { attributes: { resume_text: `${name ?? 'x'} ${BODY} ${rnd(3) === 0 ? 'extra words here' : ''}` } } : {}),
      identifiers: {
        emails: rnd(2) ? [EMAILS[rnd(EMAILS.length)]!] : [],
        phones: rnd(2) ? [PHONES[rnd(PHONES.length)]!] : [],
        addresses: rnd(3) === 0 ? [{ role: rnd(2) ? 'home' : 'ship_to', line: STREETS[rnd(STREETS.length)]!, city: 'Tulsa', postal_code: '74103', country: 'US' }] : [],
        payout_accounts: rnd(4) === 0 ? [{ kind: 'bank', fingerprint: `fp${rnd(2)}`, last4: '0001' }] : [],
        device_serials: rnd(4) === 0 ? [rnd(3) === 0 ? 'Default string' : `SER${rnd(3)}`] : [],
      },
    });
    records.push(r);
    for (let k = rnd(3); k > 0; k--) {
      observations.push({ record: r.id, kind: 'ip', value: `203.0.113.${rnd(3)}`, at: Date.UTC(2026, 0, 1 + rnd(30)), eligible: rnd(5) !== 0 });
    }
    if (rnd(6) === 0) observations.push({ record: r.id, kind: 'mfa_device', value: `dev${rnd(2)}` });
  }
  // Two records share a home, so the household judgement below has something to exempt.
  const shared = { role: 'home' as const, line: '9 Shared Way', city: 'Tulsa', postal_code: '74103', country: 'US' };
  for (const i of [2, 3]) records[i] = { ...records[i]!, identifiers: { ...records[i]!.identifiers, addresses: [shared] } };
  const judgements: Judgement[] = [
    { id: 'j1', decision: 'different', a: [records[0]!.id], b: [records[1]!.id], reason: 'checked', by: 'a', at: '2026-01-01T00:00:00Z' },
    { id: 'j2', decision: 'household', a: [records[2]!.id], b: [records[3]!.id], reason: 'married', by: 'a', at: '2026-01-01T00:00:00Z' },
    { id: 'j3', decision: 'same', a: [records[4]!.id], b: [records[5]!.id], reason: 'same person', by: 'a', at: '2026-01-01T00:00:00Z' },
  ];
  return { records, observations, judgements };
}

const OPTIONS = { merge_max_degree: 3, common_name_min: 6, hubs: { min_degree: 4, min_spread: 0.5, max_degree: 9 } };

test('adding records in any order and any batches gives the same graph as building it at once (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 8, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 6 }), (seed, size, orderSeed, batch) => {
      const pool = makePool(seed, size);
      const full = JSON.stringify(buildIdentityGraph(pool, OPTIONS).snapshot());
      // A random order of single items: records, observation groups and judgements, in batches.
      const items: GraphInput[] = [
        ...pool.records.map((r) => ({ records: [r] })),
        ...pool.observations.map((o) => ({ observations: [o] })),
        ...pool.judgements.map((j) => ({ judgements: [j] })),
      ];
      let s = orderSeed;
      for (let i = items.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        const j = s % (i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      const graph = new IdentityGraph(OPTIONS);
      for (let i = 0; i < items.length; i += batch) {
        const part = items.slice(i, i + batch);
        graph.add({ records: part.flatMap((p) => p.records ?? []), observations: part.flatMap((p) => p.observations ?? []), judgements: part.flatMap((p) => p.judgements ?? []) });
      }
      assert.equal(JSON.stringify(graph.snapshot()), full);
    }),
    { numRuns: 150 },
  );
});

test('a new version of a known record replaces it: identifiers it gained link, the graph equals a full build', () => {
  const pool = makePool(7, 20);
  const graph = new IdentityGraph(OPTIONS);
  graph.add(pool);
  const changed = { ...pool.records[3]!, identifiers: { ...pool.records[3]!.identifiers, phones: ['+15550100109'] } };
  const other = { ...pool.records[9]!, identifiers: { ...pool.records[9]!.identifiers, phones: ['+15550100109'] } };
  const delta = graph.add({ records: [changed, other] });
  assert.ok(delta.recordsChanged === 2 && delta.blockRecords < pool.records.length, `touched ${delta.blockRecords} of ${pool.records.length}`);
  const records = pool.records.map((r) => (r.id === changed.id ? changed : r.id === other.id ? other : r));
  assert.equal(JSON.stringify(graph.snapshot()), JSON.stringify(buildIdentityGraph({ ...pool, records }, OPTIONS).snapshot()));
});
