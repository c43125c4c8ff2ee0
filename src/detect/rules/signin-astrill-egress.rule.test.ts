import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { splitCsvLine } from '../../enrich/ip-intel/csv.js';
import { signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-astrill-egress.rule.js';

const ASTRILL = '198.51.100.200';
const NORD = '198.51.100.201';
const imports = {
  ipRanges: [
    { cidr: `${ASTRILL}/32`, class: 'vpn', provider: 'Astrill VPN', dataset: 'astrill-exits', date: '2026-10-01' },
    { cidr: `${NORD}/32`, class: 'vpn', provider: 'NordVPN', dataset: 'nord-exits', date: '2026-10-01' },
  ],
};
const home = { city: 'Phoenix', region: 'AZ', country: 'US' };
const on = (who: string, ip: string, at: string, over: { country?: string; outcome?: 'failure' } = {}) =>
  signIn({ id: `${who}-${at}`, at, identity: who, ip, country: over.country ?? 'US', ...(over.outcome ? { outcome: over.outcome } : {}) });

describe('signin.astrill-egress (E-01)', () => {
  test('flags a new hire on Astrill exits on three days, strongest in the first 90 days', () => {
    const run = runRule(rule, {
      identities: staff('ryan', { start: '2026-10-01', home }),
      imports,
      events: [
        on('ryan', '198.51.100.10', '2026-10-02T15:00:00Z'),
        on('ryan', ASTRILL, '2026-10-05T02:00:00Z'),
        on('ryan', ASTRILL, '2026-10-06T02:00:00Z'),
        on('ryan', ASTRILL, '2026-10-08T02:00:00Z'),
      ],
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-01');
    assert.equal(finding.severity, 'high');
    assert.match(finding.summary, /^3 sign-ins on 3 days through Astrill VPN exits \(1 address; provider "Astrill VPN"\), from day 4 after the start date \(2026-10-01\)/);
    assert.equal(finding.confidence, 0.9);
    assert.deepEqual(finding.evidence.map((e) => e.values.ip), [ASTRILL, ASTRILL, ASTRILL]);
    assert.equal(finding.evidence[0]!.values.provider, 'Astrill VPN');
    assert.equal(finding.facets.new_hire, true);
    assert.deepEqual(finding.facets.countries, ['US']);
    assert.equal(finding.facets.from, Date.parse('2026-10-05T02:00:00Z'));
  });

  test('a long-tenured employee on Astrill is still flagged, with less confidence', () => {
    const run = runRule(rule, {
      identities: staff('dana', { start: '2019-03-04', home }),
      imports,
      events: [on('dana', ASTRILL, '2026-10-05T02:00:00Z')],
    });
    const [finding] = run.findingsOf('dana@example.com');
    assert.equal(finding?.confidence, 0.6);
    assert.equal(finding?.facets.new_hire, false);
    assert.match(finding?.summary ?? '', /\d+ days after the start date/);
  });

  test('the shipped LevelBlue IOCs, which only may be Astrill, give a weaker medium finding', () => {
    const csv = readFileSync(join(import.meta.dirname, '../../../data/ip-ranges.csv'), 'utf8').split('\n');
    const row = csv.find((l) => l.includes('levelblue-2026'));
    assert.ok(row, 'data/ip-ranges.csv has the LevelBlue rows');
    const provider = splitCsvLine(row)[2]!;
    const run = runRule(rule, {
      identities: staff('ioc', { start: '2026-10-01', home }),
      imports: { ipRanges: [{ cidr: '198.51.100.99/32', class: 'vpn', provider, dataset: 'levelblue-like', date: '2026-10-01' }] },
      events: [on('ioc', '198.51.100.99', '2026-10-05T02:00:00Z')],
    });
    const [finding] = run.findingsOf('ioc@example.com');
    assert.equal(finding?.severity, 'medium');
    assert.equal(finding?.confidence, 0.5);
    assert.match(finding?.summary ?? '', /VPN exits that may be Astrill/);
  });

  test('other VPN brands, failed sign-ins and corporate egress are not Astrill evidence', () => {
    const run = runRule(rule, {
      identities: staff('privacy', { start: '2026-10-01', home }),
      imports,
      corporateCidrs: [`${ASTRILL}/32`],
      events: [
        on('privacy', NORD, '2026-10-05T02:00:00Z'),
        on('privacy', ASTRILL, '2026-10-06T02:00:00Z'),
      ],
    });
    assert.deepEqual(run.findings, []);
    const failed = runRule(rule, { identities: staff('guess', { home }), imports, events: [on('guess', ASTRILL, '2026-10-06T02:00:00Z', { outcome: 'failure' })] });
    assert.deepEqual(failed.findings, []);
  });

  test('a confirmed business trip to China (exits in Japan) is cleared by a travel suppression', () => {
    const run = runRule(rule, {
      identities: staff('traveller', { start: '2020-01-06', home }),
      imports,
      events: [on('traveller', ASTRILL, '2026-10-12T02:00:00Z', { country: 'JP' }), on('traveller', ASTRILL, '2026-10-13T02:00:00Z', { country: 'JP' })],
      suppressions: { travel: [{ subject: 'traveller@example.com', countries: ['CN', 'JP'], from: '2026-10-10', to: '2026-10-20', reason: 'Shenzhen supplier visit, expense report 4411' }] },
    });
    const [finding] = run.findingsOf('traveller@example.com');
    assert.deepEqual(finding?.facets.countries, ['JP']);
    assert.equal(finding?.suppressed?.kind, 'travel');
    assert.equal(run.subjects.find((s) => s.display_name === 'traveller')?.score, 0);
  });

  test('newAccountDays narrows the window in which Astrill weighs most', () => {
    const events = [on('ryan', ASTRILL, '2026-10-20T02:00:00Z')];
    const identities = staff('ryan', { start: '2026-10-01', home });
    assert.equal(runRule(rule, { identities, imports, events }).findings[0]?.confidence, 0.8);
    assert.equal(runRule(rule, { identities, imports, events, options: { newAccountDays: 10 } }).findings[0]?.confidence, 0.6);
  });
});
