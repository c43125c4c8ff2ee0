import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostEvent, record } from '../../test-support/factories.js';
import { sshKey, worker } from '../../test-support/endpoint-fixtures.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './endpoint-shared-ssh-key.rule.js';

const FARM = 'SHA256:fArMkEy0000000000000000000000000000000000000';
const AT = '2026-10-05T10:00:00Z';

describe('endpoint.shared-ssh-key (I-02)', () => {
  test('two people\'s laptops trust one unknown key: each gets a finding naming the other', () => {
    const run = runRule(rule, {
      identities: [...worker('ryan'), ...worker('kevin'), ...worker('alice')],
      events: [
        sshKey('ryan', AT, { fingerprint: FARM, comment: 'admin@box', path: '/Users/ryan/.ssh/authorized_keys' }),
        sshKey('kevin', AT, { fingerprint: FARM, comment: 'admin@box', path: '/Users/kevin/.ssh/authorized_keys' }),
        sshKey('alice', AT, { fingerprint: 'SHA256:alice000000000000000000000000000000000000000', comment: 'alice@mbp' }),
      ],
    });
    const ryan = run.findingsOf('ryan@example.com');
    const kevin = run.findingsOf('kevin@example.com');
    assert.equal(ryan.length, 1);
    assert.equal(ryan[0]!.indicator, 'I-02');
    assert.equal(ryan[0]!.confidence, 0.6);
    assert.equal(ryan[0]!.summary, `SSH key ${FARM} is on 2 people's accounts or devices: ryan, kevin`);
    assert.deepEqual(ryan[0]!.related_subjects, [kevin[0]!.subject]);
    assert.deepEqual(ryan[0]!.evidence.map((e) => e.values.host), ['ryan-laptop', 'kevin-laptop']);
    assert.deepEqual(run.findingsOf('alice@example.com'), []);
  });

  test('keys registered to two people\'s code-hosting identities count; a person\'s own key in two places does not', () => {
    const gh = (person: string, fingerprint: string) =>
      record('idp.account', `gh-${person}`, { corporate_emails: [`${person}@example.com`], identifiers: { keys: [{ kind: 'ssh-ed25519', fingerprint }] } });
    const run = runRule(rule, {
      identities: [...worker('a'), ...worker('b'), ...worker('c'), gh('a', FARM), gh('b', FARM), gh('c', 'SHA256:own')],
      events: [sshKey('c', AT, { fingerprint: 'SHA256:own', comment: 'c@laptop' })],
    });
    assert.equal(run.findings.length, 2);
    assert.deepEqual(run.findingsOf('c@example.com'), []);
  });

  test('deploy/CI keys, allowed fingerprints and the fleet management key are not shared identities', () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const run = runRule(rule, {
      identities: people.flatMap((p) => worker(p)),
      options: { allowedFingerprints: ['SHA256:bastion0000'] },
      events: [
        ...people.map((p) => sshKey(p, AT, { fingerprint: 'SHA256:itmgmt', comment: 'it-admin@mdm' })),
        ...people.slice(0, 2).map((p) => sshKey(p, AT, { fingerprint: 'SHA256:deploy', comment: 'deploy@build-01' })),
        ...people.slice(2, 4).map((p) => sshKey(p, AT, { fingerprint: 'SHA256:bastion0000', comment: 'ops@bastion' })),
      ],
    });
    assert.deepEqual(run.findings, []);
    assert.match(run.notes.join('\n'), /SSH key SHA256:itmgmt is on 5 of 5 people's computers and was treated as a fleet or bastion key/);
  });

  test('a host with no owner record is not a second person', () => {
    const orphan = hostEvent('device.owner:osquery:build-box', { id: 'k-orphan', at: AT, action: 'authorized_key.snapshot', host: { id: 'build-box', name: 'build-box' }, molehunt: { ssh_key: { fingerprint: FARM } } });
    const run = runRule(rule, {
      identities: [...worker('ryan'), record('device.owner', 'build-box', { id: 'device.owner:osquery:build-box' })],
      events: [sshKey('ryan', AT, { fingerprint: FARM }), orphan],
    });
    assert.deepEqual(run.findings, []);
  });
});
