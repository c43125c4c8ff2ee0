import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Enrichments } from '../enrich/enrichments.js';
import type { SignIn } from '../model/sign-in.js';
import { employee, hostEvent } from '../test-support/factories.js';
import { buildAnalysisGraph, configHouseholds, graphObservations, linkableEgress } from './analysis-graph.js';

const signIn = (identity: string, ip: string, at: number, over: Partial<SignIn> = {}): SignIn => ({
  key: `okta.system:${identity}${at}`,
  id: `${identity}${at}`,
  at,
  identity,
  outcome: 'success',
  ip,
  raw: { file: 'okta.ndjson', line: 1, sha256: 'a'.repeat(64) },
  ...over,
});
const home: Partial<Enrichments> = { ip_scope: { scope: 'documentation', corporate: false, shared_by_design: false }, ip_intel: { class: 'residential', basis: 'test' } };

describe('the analysis graph', () => {
  test('only residential or unknown egress of successful sign-ins may link; VPN, corporate and failures never do', () => {
    const s = signIn('a', '203.0.113.5', 0);
    assert.equal(linkableEgress(s, home), true);
    assert.equal(linkableEgress(s, { ...home, ip_intel: { class: 'vpn', basis: 'Astrill' } }), false);
    assert.equal(linkableEgress(s, { ...home, ip_scope: { scope: 'public', corporate: true, shared_by_design: true } }), false);
    assert.equal(linkableEgress({ ...s, outcome: 'failure' }, home), false);
    assert.equal(linkableEgress(s, {}), false, 'without IP scope enrichment nothing links');
  });

  test('sign-in IPs, MFA devices and SSH keys on hosts become observations, and link two accounts', () => {
    const [a, b] = [employee('E1', 'a@example.com', 'Ann Ames'), employee('E2', 'b@example.com', 'Bo Birch')];
    const accountA = 'hr.employee:hr-csv:E1';
    const accountB = 'hr.employee:hr-csv:E2';
    const signIns = [signIn(accountA, '203.0.113.9', 0, { mfaDevice: 'dev-77' }), signIn(accountB, '203.0.113.9', 3_600_000, { mfaDevice: 'dev-77' })];
    const events = [hostEvent(accountA, { id: 'k1', at: '2026-01-01T00:00:00Z', action: 'authorized_keys', molehunt: { ssh_key: { fingerprint: 'SHA256:same' } } }), hostEvent(accountB, { id: 'k2', at: '2026-01-02T00:00:00Z', action: 'authorized_keys', molehunt: { ssh_key: { fingerprint: 'SHA256:same' } } })];
    const observations = graphObservations({ signIns, events, enrichment: () => home });
    assert.deepEqual(observations.map((o) => o.kind).sort(), ['ip', 'ip', 'mfa_device', 'mfa_device', 'ssh_key', 'ssh_key']);
    const snap = buildAnalysisGraph({ identities: [a, b], signIns, events, enrichment: () => home }).snapshot();
    assert.deepEqual(snap.networks[0]!.kinds, ['ip', 'mfa_device', 'ssh_key']);
  });

  test('config households apply until they expire', () => {
    const households = configHouseholds([{ subjects: ['a@example.com', 'b@example.com'] }, { subjects: ['c', 'd'], expires: '2026-01-01' }], Date.UTC(2026, 5, 1));
    assert.deepEqual(households, [{ refs: ['a@example.com', 'b@example.com'], source: 'suppressions.households[0]' }]);
  });
});
