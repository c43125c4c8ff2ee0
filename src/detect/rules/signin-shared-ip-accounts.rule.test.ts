import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { account, employee, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './signin-shared-ip-accounts.rule.js';

function withHome(record: IdentityRecord, line: string, city: string, postal: string): IdentityRecord {
  return { ...record, identifiers: { ...record.identifiers, addresses: [{ role: 'home', line, city, postal_code: postal, country: 'US' }] } };
}

/** HR + IdP records for one person, joined by the corporate e-mail. */
function person(id: string, home?: [string, string, string]): IdentityRecord[] {
  const email = `${id}@example.com`;
  const hr = employee(`E-${id}`, email, id);
  return [home ? withHome(hr, ...home) : hr, account(id, email)];
}

const on = (id: string, ip: string, at: string) => signIn({ id: `${id}-${at}`, at, identity: id, ip, country: 'US' });

describe('signin.shared-ip-accounts (E-04)', () => {
  test('flags three people who claim different homes on one connection, each with all three as evidence', () => {
    const run = runRule(rule, {
      identities: [
        ...person('ryan', ['15 Camelback Rd', 'Phoenix', '85016']),
        ...person('kevin', ['220 Ocean Dr', 'Miami', '33139']),
        ...person('ethan', ['77 High St', 'Columbus', '43215']),
      ],
      events: [
        on('ryan', '198.51.100.77', '2026-10-05T14:00:00Z'),
        on('kevin', '198.51.100.77', '2026-10-06T14:00:00Z'),
        on('ethan', '198.51.100.77', '2026-10-08T14:00:00Z'),
      ],
    });
    for (const who of ['ryan', 'kevin', 'ethan']) {
      const [finding, ...rest] = run.findingsOf(`${who}@example.com`);
      assert.ok(finding, who);
      assert.equal(rest.length, 0);
      assert.match(finding.summary, /IP 198\.51\.100\.77 signed in 3 people's accounts within 7 days/);
      assert.match(finding.summary, /3 different homes \(Phoenix, US \/ Miami, US \/ Columbus, US\)/);
      assert.equal(finding.evidence.length, 3);
      assert.ok(finding.confidence >= 0.7);
    }
  });

  test('a declared household (same home address) gets little weight', () => {
    const home: [string, string, string] = ['410 NW Flanders St', 'Portland', '97209'];
    const run = runRule(rule, {
      identities: [...person('grace', home), ...person('henry', home)],
      events: [on('grace', '198.51.100.40', '2026-10-05T16:00:00Z'), on('henry', '198.51.100.40', '2026-10-05T17:00:00Z')],
    });
    const [finding] = run.findingsOf('grace@example.com');
    assert.match(finding?.summary ?? '', /same home address \(a household\?\)/);
    assert.equal(finding?.confidence, 0.2);
    assert.equal(run.subjects.find((s) => s.display_name === 'grace')?.level, 'none');
  });

  test('does not flag sign-ins more than the window apart (dynamic IPs get reassigned)', () => {
    const run = runRule(rule, {
      identities: [...person('a'), ...person('b')],
      events: [on('a', '198.51.100.9', '2026-09-01T10:00:00Z'), on('b', '198.51.100.9', '2026-09-20T10:00:00Z')],
    });
    assert.deepEqual(run.findings, []);
  });

  test('does not flag one person on many devices, nor private, CGNAT or corporate addresses', () => {
    const run = runRule(rule, {
      identities: [...person('a'), ...person('b'), ...person('c')],
      corporateCidrs: ['203.0.113.0/24'],
      events: [
        on('a', '198.51.100.5', '2026-10-05T10:00:00Z'),
        on('a', '198.51.100.5', '2026-10-05T11:00:00Z'),
        on('a', '10.1.2.3', '2026-10-05T10:00:00Z'),
        on('b', '10.1.2.3', '2026-10-05T10:05:00Z'),
        on('b', '100.64.1.1', '2026-10-05T10:00:00Z'),
        on('c', '100.64.1.1', '2026-10-05T10:05:00Z'),
        on('a', '203.0.113.10', '2026-10-05T10:00:00Z'),
        on('c', '203.0.113.10', '2026-10-05T10:05:00Z'),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('an address shared by more people than maxAccounts is a hub: no finding, but a visible note', () => {
    const ids = ['p1', 'p2', 'p3', 'p4'];
    const run = runRule(rule, {
      identities: ids.flatMap((id) => person(id)),
      options: { maxAccounts: 3 },
      events: ids.map((id, i) => on(id, '198.51.100.99', `2026-10-05T1${i}:00:00Z`)),
    });
    assert.deepEqual(run.findings, []);
    assert.equal(run.notes.length, 1);
    assert.match(run.notes[0]!, /198\.51\.100\.99 was used by 4 people and treated as shared egress/);
  });

  test('a sign-in from an Okta network zone counts as corporate', () => {
    const zoned = (id: string, at: string) => ({ ...on(id, '198.51.100.120', at), network: { name: 'Austin-Office' } });
    const run = runRule(rule, {
      identities: [...person('a'), ...person('b')],
      events: [zoned('a', '2026-10-05T14:00:00Z'), zoned('b', '2026-10-05T15:00:00Z')],
    });
    assert.deepEqual(run.findings, []);
  });
});

test('two spellings of one declared home are one household (the address enricher\'s key), a town alone is not', () => {
  const run = runRule(rule, {
    identities: [...person('grace', ['410 NW Flanders St.', 'Portland', '97209']), ...person('henry', ['410 Northwest Flanders Street', 'Portland', '97209-1234'])],
    events: [on('grace', '198.51.100.40', '2026-10-05T16:00:00Z'), on('henry', '198.51.100.40', '2026-10-05T17:00:00Z')],
  });
  assert.match(run.findingsOf('grace@example.com')[0]?.summary ?? '', /same home address \(a household\?\)/);
  const townOnly = runRule(rule, {
    identities: [...person('a', ['', 'Portland', '97209']), ...person('b', ['', 'Portland', '97209'])],
    events: [on('a', '198.51.100.41', '2026-10-05T16:00:00Z'), on('b', '198.51.100.41', '2026-10-05T17:00:00Z')],
  });
  assert.doesNotMatch(townOnly.findingsOf('a@example.com')[0]?.summary ?? '', /household/);
});

test('coworkers on one mobile carrier\'s CGNAT address, Starlink or iCloud Private Relay are not sharing a connection', () => {
  for (const cls of ['mobile', 'satellite', 'relay']) {
    const run = runRule(rule, {
      identities: [...person('a', ['1 A St', 'Phoenix', '85016']), ...person('b', ['2 B St', 'Miami', '33139']), ...person('c', ['3 C St', 'Boston', '02108'])],
      events: [on('a', '198.51.100.90', '2026-10-05T16:00:00Z'), on('b', '198.51.100.90', '2026-10-05T17:00:00Z'), on('c', '198.51.100.90', '2026-10-06T09:00:00Z')],
      imports: { ipRanges: [{ cidr: '198.51.100.88/29', class: cls, provider: 'Example Carrier', dataset: 'test', date: '2026-10-01' }] },
    });
    assert.deepEqual(run.findings, [], cls);
  }
  const home = runRule(rule, {
    identities: [...person('a', ['1 A St', 'Phoenix', '85016']), ...person('b', ['2 B St', 'Miami', '33139'])],
    events: [on('a', '198.51.100.90', '2026-10-05T16:00:00Z'), on('b', '198.51.100.90', '2026-10-05T17:00:00Z')],
    imports: { ipRanges: [{ cidr: '198.51.100.88/29', class: 'residential', dataset: 'test', date: '2026-10-01' }] },
  });
  assert.equal(home.findings.length, 2, 'the same sharing on a home connection still counts');
});
