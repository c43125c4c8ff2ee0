import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EventSchema } from '../model/event.js';
import { IdentityRecordSchema } from '../model/identity-record.js';
import { QuarantineItemSchema } from '../model/quarantine-item.js';
import type { SourceDefinition } from './define-source.js';
import { sha256 } from './hash.js';
import { ingestStream, type IngestBatch } from './ingest-stream.js';
import { readNdjson } from './readers/ndjson-reader.js';
import type { RawItem } from './readers/raw-item.js';
import oktaSource from './sources/okta-system-log.source.js';

async function* chunks(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

async function* items(...list: RawItem[]): AsyncGenerator<RawItem> {
  yield* list;
}

async function run(input: AsyncIterable<RawItem>, source: SourceDefinition, batchSize?: number): Promise<IngestBatch[]> {
  const out: IngestBatch[] = [];
  const options = { source, file: 'logs/okta.ndjson', fingerprintKey: 'test-key', ...(batchSize ? { batchSize } : {}) };
  for await (const batch of ingestStream(input, options)) out.push(batch);
  return out;
}

const fixtureText = readFileSync(new URL('./sources/__fixtures__/okta/system-log.ndjson', import.meta.url), 'utf8');

/** A source that accepts records with `ok: true` (one event each) and rejects the rest with a path. */
const toySource: SourceDefinition = {
  id: 'toy.source',
  title: 'Toy',
  description: '',
  dataset: 'toy',
  framings: ['ndjson'],
  expects: 'toy records',
  sniff: () => 1,
  normalize(record, ctx) {
    const r = record as { ok?: boolean; n?: number };
    if (!r.ok) return { ok: false, issues: ['ok: expected true', 'n: also wrong'] };
    return {
      ok: true,
      value: {
        events: [
          {
            '@timestamp': '2024-01-01T00:00:00.000Z',
            event: { id: `e${r.n}`, dataset: 'toy', action: 'toy', kind: 'event', category: [], type: [], outcome: 'unknown' },
            molehunt: { raw_ref: ctx.rawRef },
          },
        ],
        identities: [],
      },
    };
  },
};

test('nothing is lost: every raw item of the Okta fixture is either normalized or quarantined', async () => {
  const raw: RawItem[] = [];
  for await (const item of readNdjson(chunks(fixtureText))) raw.push(item);
  const batches = await run(items(...raw), oktaSource);
  const records = batches.reduce((n, b) => n + b.records, 0);
  const events = batches.flatMap((b) => b.events);
  const quarantined = batches.flatMap((b) => b.quarantined);
  assert.equal(records, raw.length);
  // The Okta source makes exactly one event per good record.
  assert.equal(events.length + quarantined.length, raw.length);
  assert.equal(raw.length, 5);
  assert.equal(events.length, 3);
  assert.deepEqual(
    quarantined.map((q) => q.line),
    [5, 6],
  );
  // Every event points back at its own raw record.
  const byLine = new Map(raw.map((r) => [r.location.line, r]));
  for (const event of events) {
    EventSchema.parse(event);
    const ref = event.molehunt.raw_ref;
    assert.equal(ref.file, 'logs/okta.ndjson');
    assert.equal(ref.sha256, sha256(byLine.get(ref.line!)!.text));
  }
  for (const identity of batches.flatMap((b) => b.identities)) IdentityRecordSchema.parse(identity);
});

test('quarantine items carry file, line, index, source, reasons, a raw excerpt and the raw sha256', async () => {
  const raw: RawItem[] = [];
  for await (const item of readNdjson(chunks(fixtureText))) raw.push(item);
  const quarantined = (await run(items(...raw), oktaSource)).flatMap((b) => b.quarantined);
  assert.equal(quarantined.length, 2);
  for (const q of quarantined) QuarantineItemSchema.parse(q);

  const [invalid, malformed] = quarantined as [(typeof quarantined)[0], (typeof quarantined)[0]];
  // Valid JSON the source rejects: the reasons name the field.
  const invalidRaw = raw.find((r) => r.location.line === 5)!;
  assert.equal(invalid.file, 'logs/okta.ndjson');
  assert.equal(invalid.index, invalidRaw.location.index);
  assert.equal(invalid.source, 'okta.system-log');
  assert.equal(invalid.raw, invalidRaw.text);
  assert.equal(invalid.sha256, sha256(invalidRaw.text));
  assert.ok(invalid.reasons.some((r) => r.startsWith('published: ')), invalid.reasons.join('\n'));
  assert.ok(invalid.reasons.some((r) => r.startsWith('uuid: ')), invalid.reasons.join('\n'));
  // Unparseable JSON: the reader's reason is kept.
  assert.equal(malformed.line, 6);
  assert.equal(malformed.reasons.length, 1);
  assert.match(malformed.reasons[0]!, /^invalid JSON: /);
  assert.equal(malformed.sha256, sha256(malformed.raw));
  assert.notEqual(invalid.id, malformed.id);
});

test('the raw excerpt is cut to 4 KiB but the sha256 covers the whole record', async () => {
  const long = `{"ok": false, "pad": "${'x'.repeat(10_000)}"}`;
  const item: RawItem = { kind: 'record', value: JSON.parse(long), text: long, location: { line: 7, index: 3 } };
  const [batch] = await run(items(item), toySource);
  const q = batch!.quarantined[0]!;
  assert.equal(q.raw.length, 4096);
  assert.equal(q.raw, long.slice(0, 4096));
  assert.equal(q.sha256, sha256(long));
  assert.equal(q.line, 7);
  assert.equal(q.index, 3);
  assert.deepEqual(q.reasons, ['ok: expected true', 'n: also wrong']);
});

test('records are batched by batchSize, the last batch holding the rest', async () => {
  const list: RawItem[] = Array.from({ length: 7 }, (_, i) => ({
    kind: 'record',
    value: { ok: i !== 3, n: i },
    text: `{"n":${i}}`,
    location: { line: i + 1, index: i },
  }));
  const batches = await run(items(...list), toySource, 3);
  assert.deepEqual(
    batches.map((b) => b.records),
    [3, 3, 1],
  );
  assert.deepEqual(
    batches.map((b) => b.events.map((e) => e.event.id)),
    [['e0', 'e1', 'e2'], ['e4', 'e5'], ['e6']],
  );
  assert.deepEqual(
    batches.map((b) => b.quarantined.map((q) => q.line)),
    [[], [4], []],
  );
  // The raw reference of each event has the record's line, index and hash.
  const e5 = batches[1]!.events[1]!;
  assert.deepEqual(e5.molehunt.raw_ref, { file: 'logs/okta.ndjson', line: 6, index: 5, sha256: sha256('{"n":5}') });
});

test('an exact multiple of batchSize yields no empty trailing batch, and no input yields no batch', async () => {
  const list: RawItem[] = Array.from({ length: 4 }, (_, i) => ({
    kind: 'record',
    value: { ok: true, n: i },
    text: String(i),
    location: { line: i + 1, index: i },
  }));
  assert.deepEqual(
    (await run(items(...list), toySource, 2)).map((b) => b.records),
    [2, 2],
  );
  assert.deepEqual(await run(items(), toySource, 2), []);
});

test('the default batch size is 1000', async () => {
  const list: RawItem[] = Array.from({ length: 1001 }, (_, i) => ({
    kind: 'malformed',
    text: `x${i}`,
    reason: 'bad',
    location: { line: i + 1, index: i },
  }));
  const batches = await run(items(...list), toySource);
  assert.deepEqual(
    batches.map((b) => b.quarantined.length),
    [1000, 1],
  );
  // Distinct raw items get distinct quarantine ids.
  assert.equal(new Set(batches.flatMap((b) => b.quarantined.map((q) => q.id))).size, 1001);
});
