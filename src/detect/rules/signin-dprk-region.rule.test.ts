import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ipReferencePaths, loadIpReference } from '../../store/reference/ip-reference.js';
import { signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { signInWith } from '../../test-support/sign-in-with.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-dprk-region.rule.js';

const us = (id: string) => staff(id, { start: '2024-02-05', home: { city: 'Seattle', region: 'WA', country: 'US' } });
const on = (who: string, at: string, over: { ip?: string; country?: string; city?: string; outcome?: 'failure' } = {}) =>
  signInWith(signIn({ id: `${who}-${at}`, at, identity: who, ip: over.ip ?? '198.51.100.10', ...(over.country ? { country: over.country } : {}), ...(over.outcome ? { outcome: over.outcome } : {}) }), over.city ? { city: over.city } : {});
const dprkImport = { ipRanges: [{ cidr: '203.0.113.0/26', class: 'dprk', provider: 'Star Joint Venture (KP)', dataset: 'dprk-space', date: '2026-10-01' }] };
const paths = ipReferencePaths();
const installed = !!(paths.countryMmdb && paths.asnV4Csv);

describe('signin.dprk-region (E-08)', () => {
  test('a sign-in from DPRK address space is high and nearly certain', () => {
    const run = runRule(rule, { identities: us('jake'), imports: dprkImport, events: [on('jake', '2026-10-05T02:00:00Z', { ip: '203.0.113.7' })] });
    const [finding, ...rest] = run.findingsOf('jake@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-08');
    assert.equal(finding.severity, 'high');
    assert.equal(finding.confidence, 0.9);
    assert.equal(finding.summary, '1 sign-in from DPRK address space (203.0.113.7)');
    assert.match(String(finding.evidence[0]!.values.basis), /import dprk-space .* → dprk/);
    assert.deepEqual(finding.facets.countries, ['KP']);
  });

  test('the shipped data classes 175.45.176.0/22 as DPRK space', { skip: installed ? false : '@ip-location-db packages are not installed' }, () => {
    // The one non-documentation address in these tests: the indicator itself.
    const run = runRule(rule, { identities: us('jake'), ipReference: loadIpReference(), events: [on('jake', '2026-10-05T02:00:00Z', { ip: '175.45.176.1' })] });
    assert.equal(run.findings[0]?.confidence, 0.9);
    assert.match(String(run.findings[0]?.evidence[0]!.values.basis), /data\/ip-ranges\.csv: 175\.45\.176\.0\/22 → dprk/);
  });

  test('an IdP that places the sign-in in North Korea is high without a DPRK range', () => {
    const run = runRule(rule, { identities: us('geo'), events: [on('geo', '2026-10-05T02:00:00Z', { country: 'KP', city: 'Pyongyang' })] });
    assert.equal(run.findings[0]?.confidence, 0.8);
    assert.match(run.findings[0]?.summary ?? '', /from North Korea \(IdP geolocation\)/);
  });

  test('flags repeated sign-ins from Shenyang and Yanji by someone who claims Seattle (medium)', () => {
    const run = runRule(rule, {
      identities: us('jake'),
      events: [
        on('jake', '2026-10-05T02:00:00Z', { country: 'CN', city: 'Shenyang' }),
        on('jake', '2026-10-06T02:00:00Z', { country: 'CN', city: 'Shenyang' }),
        on('jake', '2026-10-07T02:00:00Z', { country: 'CN', city: 'Yanji Shi' }),
        on('jake', '2026-10-08T16:00:00Z', { country: 'US', city: 'Seattle' }),
      ],
    });
    const [finding] = run.findingsOf('jake@example.com');
    assert.equal(finding?.summary, '3 sign-ins on 3 days from Shenyang (Liaoning), Yanji Shi (Jilin) while claiming US');
    assert.equal(finding?.severity, 'medium');
    assert.equal(finding?.confidence, 0.7);
    assert.deepEqual(finding?.evidence.map((e) => e.values.region), ['Liaoning', 'Liaoning', 'Jilin']);
    assert.deepEqual(finding?.facets.countries, ['CN']);
  });

  test('people who live in China, Beijing, and cities of the same name in other countries are not the region', () => {
    const run = runRule(rule, {
      identities: [...staff('li', { home: { city: 'Shenyang', country: 'CN' } }), ...us('bj'), ...us('name')],
      events: [
        on('li', '2026-10-05T02:00:00Z', { country: 'CN', city: 'Shenyang' }),
        on('bj', '2026-10-05T02:00:00Z', { country: 'CN', city: 'Beijing' }),
        on('name', '2026-10-05T02:00:00Z', { country: 'US', city: 'Jilin' }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('failed sign-ins and corporate egress are not the person', () => {
    const run = runRule(rule, {
      identities: us('x'),
      imports: dprkImport,
      corporateCidrs: ['198.51.100.0/24'],
      events: [on('x', '2026-10-05T02:00:00Z', { ip: '203.0.113.7', outcome: 'failure' }), on('x', '2026-10-06T02:00:00Z', { country: 'RU', city: 'Vladivostok' })],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a trip to Dalian is cleared by a travel suppression', () => {
    const run = runRule(rule, {
      identities: us('trip'),
      events: [on('trip', '2026-10-05T02:00:00Z', { country: 'CN', city: 'Dalian' })],
      suppressions: { travel: [{ subject: 'trip@example.com', countries: ['CN'], from: '2026-10-03', to: '2026-10-09', reason: 'Supplier visit in Dalian, travel request TR-88' }] },
    });
    assert.equal(run.findings[0]?.confidence, 0.5);
    assert.equal(run.findings[0]?.suppressed?.kind, 'travel');
  });

  test('persistentDays sets when the region part counts as repeated', () => {
    const events = [on('v', '2026-10-05T02:00:00Z', { country: 'RU', city: 'Vladivostok' }), on('v', '2026-10-06T02:00:00Z', { country: 'RU', city: 'Vladivostok' })];
    assert.equal(runRule(rule, { identities: us('v'), events }).findings[0]?.confidence, 0.55);
    assert.equal(runRule(rule, { identities: us('v'), events, options: { persistentDays: 2 } }).findings[0]?.confidence, 0.7);
  });
});
