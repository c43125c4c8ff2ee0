import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../model/finding.js';
import { resolveSubjects } from '../resolve/resolve-subjects.js';
import { employee } from '../test-support/factories.js';
import { applySuppressions, sanctionedTools, SuppressionsSchema } from './suppress.js';

const people = resolveSubjects([
  { ...employee('E1', 'ann@example.com', 'Ann Lee'), identifiers: { emails: ['ann@example.com'], phones: [], addresses: [{ role: 'home', city: 'Denver', country: 'US' }], payout_accounts: [], device_serials: [], keys: [] } },
  employee('E2', 'ben@example.com', 'Ben Lee'),
  employee('E3', 'cy@example.com', 'Cy Ray'),
]).subjects;
const id = (email: string) => people.find((s) => s.identities[0]!.corporate_emails.includes(email))!.id;

const finding = (over: Partial<Finding>): Finding => ({
  id: 'f', rule: 'signin.impossible-travel', indicator: 'E-03', subject: id('ann@example.com'), severity: 'medium', confidence: 0.8,
  summary: 's', evidence: [], citations: [{ indicator: 'E-03', source: 't' }], corroborating_only: false, strength: 'M', shadow: false,
  related_subjects: [], facets: {}, ...over,
});
const NOW = Date.parse('2026-11-01T00:00:00Z');
const day = (d: string) => Date.parse(`${d}T12:00:00Z`);

describe('applySuppressions', () => {
  test('a travel exception covers a finding only in its countries (home allowed) and dates', () => {
    const s = { travel: [{ subject: 'ann@example.com', countries: ['GB'], from: '2026-10-10', to: '2026-10-20', reason: 'London offsite' }] };
    const inTrip = finding({ facets: { countries: ['GB', 'US'], from: day('2026-10-12'), to: day('2026-10-13') } });
    const otherCountry = finding({ facets: { countries: ['CN', 'US'], from: day('2026-10-12'), to: day('2026-10-13') } });
    const later = finding({ facets: { countries: ['GB'], from: day('2026-10-25'), to: day('2026-10-25') } });
    const out = applySuppressions([inTrip, otherCountry, later], people, s, NOW).findings;
    assert.deepEqual(out.map((f) => f.suppressed?.kind), ['travel', undefined, undefined]);
    assert.equal(out[0]!.suppressed!.source, 'suppressions.travel[0]');
  });

  test('a household covers shared-identifier findings among its members only', () => {
    const s = { households: [{ subjects: ['ann@example.com', 'E2'], reason: 'married, one home' }] };
    const couple = finding({ rule: 'shipping.shared-address', indicator: 'D-03', related_subjects: [id('ben@example.com')] });
    const three = finding({ rule: 'shipping.shared-address', indicator: 'D-03', related_subjects: [id('ben@example.com'), id('cy@example.com')] });
    const out = applySuppressions([couple, three], people, s, NOW).findings;
    assert.deepEqual(out.map((f) => f.suppressed?.kind), ['household', undefined]);
  });

  test('sanctioned tools suppress a finding only when every tool it names is sanctioned', () => {
    const s = { sanctioned_remote_tools: [{ tool: 'TeamViewer', reason: 'IT support standard' }] };
    const tv = finding({ rule: 'endpoint.remote-access-tool', indicator: 'F-01', facets: { tools: ['teamviewer'] } });
    const both = finding({ rule: 'endpoint.remote-access-tool', indicator: 'F-01', facets: { tools: ['TeamViewer', 'AnyDesk'] } });
    const out = applySuppressions([tv, both], people, s, NOW).findings;
    assert.deepEqual(out.map((f) => f.suppressed?.kind), ['sanctioned_tool', undefined]);
    assert.deepEqual(sanctionedTools(s, NOW), ['teamviewer']);
  });

  test('a finding suppression by rule id or indicator, for one subject', () => {
    const s = { findings: [{ rule: 'E-03', subject: 'cy@example.com', reason: 'pilot, flies weekly' }] };
    const cy = finding({ subject: id('cy@example.com') });
    const ann = finding({});
    const out = applySuppressions([cy, ann], people, s, NOW).findings;
    assert.deepEqual(out.map((f) => f.suppressed?.kind), ['finding', undefined]);
  });

  test('an expired suppression is not applied and says so; the finding is kept either way', () => {
    const s = { findings: [{ rule: 'E-03', reason: 'old exception', expires: '2026-06-30' }], sanctioned_remote_tools: [{ tool: 'AnyDesk', reason: 'x', expires: '2026-01-01' }] };
    const out = applySuppressions([finding({})], people, s, NOW);
    assert.equal(out.findings.length, 1);
    assert.equal(out.findings[0]!.suppressed, undefined);
    assert.match(out.notes[0]!, /suppressions\.findings\[0\] expired on 2026-06-30/);
    assert.deepEqual(sanctionedTools(s, NOW), []);
  });

  test('the schema rejects entries without a reason or with a bad date, with the path', () => {
    const bad = SuppressionsSchema.safeParse({ travel: [{ subject: 'a', countries: ['GB'], from: 'soon', to: '2026-01-01', reason: '' }] });
    assert.equal(bad.success, false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('travel.0.from') && paths.includes('travel.0.reason'), paths.join(', '));
  });
});
