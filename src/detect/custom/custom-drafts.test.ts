import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RuleContext } from '../define-rule.js';
import { matchDrafts } from './custom-drafts.js';
import type { Match } from './match-events.js';

const ctx = { subject: () => undefined, policy: { now: 0, newHireDays: 30, sanctionedRemoteTools: [] } } as unknown as RuleContext;

function match(kind: Match['kind'], hours: number, fields: Record<string, unknown>): Match {
  const at = Date.parse('2026-10-05T00:00:00Z') + hours * 3_600_000;
  return { at, subject: 'sub_a', kind, view: { get: (f) => fields[f] }, evidence: () => ({ timestamp: new Date(at).toISOString(), values: { n: hours } }) };
}

describe('matchDrafts', () => {
  test('counts sign-ins and events apart, caps the evidence, names the tools and countries seen', () => {
    const matches = [
      match('sign-in', 0, { 'source.geo.country_iso_code': 'US' }),
      match('sign-in', 1, { 'source.geo.country_iso_code': 'CN' }),
      ...Array.from({ length: 30 }, (_, i) => match('event', 48 + i, { 'process.name': 'AnyDesk.exe' })),
    ];
    const [draft, ...rest] = matchDrafts(ctx, matches, { title: 'T', confidence: 0.6, tools: ['AnyDesk', 'TeamViewer'], fields: ['process.name'] });
    assert.equal(rest.length, 0);
    assert.equal(draft!.summary, 'T: matched 2 sign-ins and 30 events from 2026-10-05 to 2026-10-08');
    assert.equal(draft!.evidence.length, 20);
    assert.equal(draft!.confidence, 0.6);
    assert.deepEqual(draft!.facets?.countries, ['CN', 'US']);
    assert.deepEqual(draft!.facets?.tools, ['AnyDesk']);
    assert.equal(draft!.facets?.new_hire, undefined, 'unknown subject: no new-hire claim');
  });

  test('one match reads in the singular', () => {
    const [draft] = matchDrafts(ctx, [match('event', 0, {})], { title: 'T', confidence: 0.7, tools: [], fields: [] });
    assert.equal(draft!.summary, 'T: matched 1 event from 2026-10-05 to 2026-10-05');
    assert.equal(draft!.facets?.tools, undefined);
  });
});
