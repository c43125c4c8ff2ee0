import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NETWORK_RULE, networkFindings } from '../detect/network-findings.js';
import { FindingSchema } from '../model/finding.js';
import { NetworkSchema } from '../model/network.js';
import { networkSection } from '../report/network-section.js';
import { record } from '../test-support/factories.js';
import { buildIdentityGraph } from './identity-graph.js';
import { graphNotes, networkRecords, networkScore } from './network-records.js';
import { structureScore } from './networks.js';

const NAMES = ['Ryan Mitchell', 'Kevin Brooks', 'Ethan Walker', 'Mason Reed'];
const persona = (i: number, ids: NonNullable<Parameters<typeof record>[2]>['identifiers']) => record('payroll.payee', `P${i}`, { name: NAMES[i]!, identifiers: ids });

describe('network records and findings', () => {
  // A chain: 0–1 share a payout account, 1–2 a phone; 3 stands apart.
  const graph = buildIdentityGraph({
    records: [
      persona(0, { payout_accounts: [{ kind: 'bank', fingerprint: 'fpX', last4: '9999' }] }),
      persona(1, { payout_accounts: [{ kind: 'bank', fingerprint: 'fpX', last4: '9999' }], phones: ['+15550100181'] }),
      persona(2, { phones: ['+15550100181'] }),
      persona(3, { phones: ['+15550100182'] }),
    ],
  });
  const snapshot = graph.snapshot();
  const [net] = networkRecords(snapshot, () => 0);

  test('a network is stored with score, level, summary and ISO-dated links that parse against the schema', () => {
    assert.ok(NetworkSchema.safeParse(net).success);
    assert.equal(net!.subjects.length, 3);
    assert.equal(net!.summary, '3 subjects linked by 1 payout account (G-03), 1 phone number (A-01); the widest link ties 2 of them');
    assert.equal(net!.score, networkScore(net!.structure, 0));
    assert.equal(structureScore(snapshot.networks[0]!.links), net!.structure);
  });

  test('a risky member raises the network score, half its own score at most', () => {
    const [withRisk] = networkRecords(snapshot, (s) => (s === net!.subjects[0] ? 80 : 0));
    assert.ok(withRisk!.score > net!.score);
    assert.equal(withRisk!.score, Math.round(100 * (1 - (1 - net!.structure) * 0.6)));
  });

  test('each member gets one network.member finding (A-09) citing the indicators of its own direct links', () => {
    const findings = networkFindings([{ ...net!, level: 'high' }]);
    assert.equal(findings.length, 3);
    for (const f of findings) assert.ok(FindingSchema.safeParse(f).success, JSON.stringify(f));
    const bySubject = new Map(findings.map((f) => [f.subject, f]));
    const phoneOnly = graph.subjectOfIdentity('payroll.payee:payroll-csv:P2')!;
    const payer = graph.subjectOfIdentity('payroll.payee:payroll-csv:P0')!;
    assert.deepEqual(bySubject.get(phoneOnly)!.citations.map((c) => c.indicator), ['A-09', 'A-01'], 'tied only by a phone: no G-03');
    assert.deepEqual(bySubject.get(payer)!.citations.map((c) => c.indicator), ['A-09', 'G-03']);
    assert.ok(findings.every((f) => f.indicator === 'A-09'));
    assert.equal(findings[0]!.rule, NETWORK_RULE);
    assert.equal(findings[0]!.severity, 'medium');
    assert.equal(bySubject.get(phoneOnly)!.related_subjects.length, 2);
    assert.deepEqual(networkFindings([{ ...net!, level: 'none' }]), []);
  });

  test('the report section escapes every value and lists generic values', () => {
    const names = new Map(net!.subjects.map((s, i) => [s, i === 0 ? '<img src=x onerror=alert(1)>' : `Person ${i}`]));
    const notes = [...graphNotes(snapshot), { type: 'generic' as const, kind: 'address', value_display: '<b>office</b>', degree: 40, spread: 1, reason: 'spread' as const, detail: 'x & y' }];
    const html = networkSection([net!], notes, names, new Set());
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&lt;b&gt;office&lt;/b&gt;'));
    assert.ok(html.includes('bank ••••9999'));
    assert.ok(html.includes('Values left out as generic'));
  });

  test('two people sharing only the home they both declare and its connection look like a household: level capped at low', () => {
    const couple = ['Grace Kim', 'Henry Kim'].map((name, i) =>
      record('hr.employee', `K${i}`, { name, employee_id: `K${i}`, identifiers: { addresses: [{ role: 'home', line: '8 Birch Rd', city: 'Tucson', postal_code: '85701', country: 'US' }] } }),
    );
    const observations = couple.map((r) => ({ record: r.id, kind: 'ip' as const, value: '203.0.113.50', at: 0, eligible: true }));
    const [household] = networkRecords(buildIdentityGraph({ records: couple, observations }).snapshot(), () => 50);
    assert.equal(household!.level, 'low');
    assert.match(household!.summary, /a household\?/);
    assert.deepEqual(networkFindings([household!]).map((f) => f.severity), ['info', 'info'], 'adds no weight to either');
  });
});
