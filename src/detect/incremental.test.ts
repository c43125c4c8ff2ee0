import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze, type AnalyzeInput, type AnalyzeOutput } from '../analyze.js';
import { enrichers, rules } from '../catalog.generated.js';
import { NO_IMPORTS } from '../enrich/define-enricher.js';
import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import { isSignInEvent, signInOf } from '../model/sign-in.js';
import { account, signIn } from '../test-support/factories.js';

const PLACES = [
  { country: 'US', lat: 47.6, lon: -122.3 },
  { country: 'CN', lat: 41.8, lon: 123.4 },
  { country: 'GB', lat: 51.5, lon: -0.1 },
  { country: 'US', lat: 40.7, lon: -74.0 },
];

/** Six people; some hop continents within the hour, three share one home connection. */
function company(): { identities: IdentityRecord[]; events: Event[] } {
  const identities = ['ann', 'ben', 'cy', 'dee', 'eve', 'fay'].map((p) => account(p));
  const events: Event[] = [];
  identities.forEach((r, i) => {
    for (let k = 0; k < 6; k++) {
      const place = PLACES[(i + k) % PLACES.length]!;
      const shared = i >= 3 && k % 2 === 0;
      events.push(signIn({ id: `${r.source_id}-${k}`, at: `2026-10-${String(10 + k).padStart(2, '0')}T${String(8 + (i % 3)).padStart(2, '0')}:${String(k * 7).padStart(2, '0')}:00Z`, identity: r.source_id, ip: shared ? '198.51.100.77' : `198.51.100.${10 + i}`, ...place }));
    }
  });
  return { identities, events };
}

const input = (identities: IdentityRecord[], events: Event[]): AnalyzeInput => ({
  identities,
  signIns: events.filter(isSignInEvent).map(signInOf).filter((s) => s !== undefined),
  events: events.filter((e) => !isSignInEvent(e)),
  enrich: { corporateCidrs: [], corporateNetworks: 'auto', imports: NO_IMPORTS },
  policy: { now: Date.parse('2026-11-01T00:00:00Z') },
  globalKey: 'k',
});
const catalog = { enrichers, rules };
const previousOf = (out: AnalyzeOutput) => ({ globalKey: 'k', fingerprints: out.fingerprints, findings: out.findings });
const comparable = (out: AnalyzeOutput) => ({ subjects: out.subjects, findings: [...out.findings].sort((a, b) => (a.id < b.id ? -1 : 1)) });

describe('incremental analysis', () => {
  test('after a second batch, the result equals a full analysis, whatever the split (property)', () => {
    const { identities, events } = company();
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }), fc.integer({ min: 1, max: identities.length }), (inFirst, known) => {
        const first = analyze(input(identities.slice(0, known), events.filter((_, i) => inFirst[i])), catalog);
        const incremental = analyze({ ...input(identities, events), previous: previousOf(first) }, catalog);
        const full = analyze(input(identities, events), catalog);
        assert.deepEqual(comparable(incremental), comparable(full));
      }),
      { numRuns: 40 },
    );
  });

  test('only subjects whose data changed are re-evaluated', () => {
    const { identities, events } = company();
    const first = analyze(input(identities, events), catalog);
    assert.ok(first.findings.length > 0, 'the fixture has findings to reuse');
    const extra = signIn({ id: 'ann-extra', at: '2026-10-20T09:00:00Z', identity: 'ann', ...PLACES[0]! });
    const second = analyze({ ...input(identities, [...events, extra]), previous: previousOf(first) }, catalog);
    assert.equal(second.reevaluatedSubjects, 1);
    const again = analyze({ ...input(identities, [...events, extra]), previous: previousOf(second) }, catalog);
    assert.equal(again.reevaluatedSubjects, 0);
    assert.deepEqual(comparable(again), comparable(second));
  });

  test('a changed global key (config, intel, catalog) re-evaluates everyone', () => {
    const { identities, events } = company();
    const first = analyze(input(identities, events), catalog);
    const second = analyze({ ...input(identities, events), globalKey: 'other', previous: previousOf(first) }, catalog);
    assert.equal(second.reevaluatedSubjects, identities.length);
  });
});
