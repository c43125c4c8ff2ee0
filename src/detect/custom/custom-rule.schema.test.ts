import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CustomRuleSchema, keysAt, windowMs } from './custom-rule.schema.js';

const MINIMAL = { id: 'custom.x', indicator: 'E-02', title: 'Title', description: 'Why this is suspicious, in a sentence.', strength: 'M', detection: { s: { a: 1 }, condition: 's' } };

describe('custom rule schema', () => {
  test('defaults: experimental, not corroborating-only, confidence 0.7, any event, corporate egress left out', () => {
    const doc = CustomRuleSchema.parse(MINIMAL);
    assert.equal(doc.status, 'experimental');
    assert.equal(doc.corroborating_only, false);
    assert.equal(doc.confidence, 0.7);
    assert.deepEqual(doc.logsource, { kind: 'any', include_corporate: false });
    assert.deepEqual(doc.false_positives, []);
  });

  test('windows in seconds, minutes, hours and days', () => {
    assert.equal(windowMs('90s'), 90_000);
    assert.equal(windowMs('30m'), 1_800_000);
    assert.equal(windowMs('12h'), 43_200_000);
    assert.equal(windowMs('7d'), 604_800_000);
    for (const bad of ['0d', '7w', '1.5h', 'd', '7 d']) {
      assert.equal(CustomRuleSchema.safeParse({ ...MINIMAL, aggregation: { window: bad, threshold: 2 } }).success, false, bad);
    }
  });

  test('ids need the custom. prefix; indicators the catalog shape', () => {
    for (const id of ['rdp', 'signin.impossible-travel', 'custom.', 'custom.Upper', 'custom.a_b']) {
      assert.equal(CustomRuleSchema.safeParse({ ...MINIMAL, id }).success, false, id);
    }
    assert.equal(CustomRuleSchema.safeParse({ ...MINIMAL, id: 'custom.rdp-from-hosting.v2' }).success, true);
    assert.equal(CustomRuleSchema.safeParse({ ...MINIMAL, indicator: 'E-2' }).success, false);
  });

  test('keysAt lists the keys of nested mappings for "known keys" hints', () => {
    assert.deepEqual(keysAt(['logsource']), ['kind', 'dataset', 'include_corporate']);
    assert.deepEqual(keysAt(['aggregation']), ['group_by', 'window', 'count_distinct', 'threshold']);
    assert.deepEqual(keysAt(['citations', 0]), ['source', 'url']);
    assert.ok(keysAt([]).includes('detection'));
    assert.deepEqual(keysAt(['nope']), []);
  });
});
