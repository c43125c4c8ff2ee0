import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { DEFAULT_POLICY, defineRule } from './define-rule.js';
import { ruleOptions, runRules } from './run-rules.js';

const probe = defineRule({
  id: 'test.probe',
  indicator: 'E-99',
  title: 'probe',
  description: 'fires once per subject',
  strength: 'L',
  severity: 'low',
  status: 'experimental',
  corroboratingOnly: true,
  dataSources: [],
  citations: [{ indicator: 'E-03', source: 'test' }],
  falsePositives: [],
  runbook: 'none',
  clears: 'nothing',
  options: z.object({ confidence: z.number().default(0.5) }),
  evaluate: (ctx, o) => ctx.subjects.map((s) => ({ subject: s.id, confidence: o.confidence, summary: `probe ${s.id}`, evidence: [] })),
});

const ctx = {
  subjects: [{ id: 'sub_a', display_name: 'a', identities: [], merge_reasons: [] }],
  signInsBySubject: new Map(),
  signIns: [],
  enrichment: () => ({}),
  identityEnrichment: () => ({}),
  activity: () => ({ zone_basis: 'none', signins: 0, local_hours: [], local_weekdays: [], utc9_hours: [] }),
  subjectOf: () => undefined,
  note: () => {},
  subject: () => undefined,
  events: [],
  eventsBySubject: new Map(),
  policy: DEFAULT_POLICY,
};

test('findings get stable ids, the rule metadata and its citations', () => {
  const [a] = runRules([probe], ctx);
  const [b] = runRules([probe], ctx);
  assert.equal(a!.id, b!.id);
  assert.match(a!.id, /^fnd_[0-9a-f]{24}$/);
  assert.deepEqual([a!.rule, a!.indicator, a!.severity, a!.corroborating_only], ['test.probe', 'E-99', 'low', true]);
  assert.deepEqual(a!.citations, probe.citations);
});

test('config can disable a rule or change its options; bad options throw (config validation catches them first)', () => {
  assert.deepEqual(runRules([probe], ctx, { 'test.probe': { enabled: false } }), []);
  assert.equal(runRules([probe], ctx, { 'test.probe': { confidence: 0.9 } })[0]!.confidence, 0.9);
  assert.deepEqual(ruleOptions(probe, {}), { confidence: 0.5 });
  assert.throws(() => ruleOptions(probe, { 'test.probe': { confidence: 'high' } }));
});
