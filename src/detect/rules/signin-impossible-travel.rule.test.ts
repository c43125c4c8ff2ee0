import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { account, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './signin-impossible-travel.rule.js';

const SEATTLE = { country: 'US', lat: 47.6062, lon: -122.3321 };
const SHENYANG = { country: 'CN', lat: 41.8057, lon: 123.4315 };
const DENVER = { country: 'US', lat: 39.7392, lon: -104.9903 };
const LONDON = { country: 'GB', lat: 51.47, lon: -0.4543 };
const NEW_YORK = { country: 'US', lat: 40.6413, lon: -73.7781 };
const BASEL = { country: 'CH', lat: 47.5596, lon: 7.5886 };
const SAINT_LOUIS = { country: 'FR', lat: 47.59, lon: 7.56 };
const WEIL = { country: 'DE', lat: 47.595, lon: 7.611 };

const u = (id: string) => account(id);

describe('signin.impossible-travel (E-03)', () => {
  test('flags Seattle → Shenyang within an hour, with both sign-ins as evidence', () => {
    const run = runRule(rule, {
      identities: [u('jake')],
      events: [
        signIn({ id: 'a', at: '2026-10-13T15:19:00Z', identity: 'jake', ip: '198.51.100.61', ...SEATTLE }),
        signIn({ id: 'b', at: '2026-10-13T16:05:00Z', identity: 'jake', ip: '198.51.100.200', ...SHENYANG }),
      ],
    });
    const [finding, ...rest] = run.findingsOf('jake@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-03');
    assert.match(finding.summary, /1 impossible hop; fastest \d+ km in 0h46m \(US→CN/);
    assert.deepEqual(finding.evidence.map((e) => e.values.ip), ['198.51.100.61', '198.51.100.200']);
    assert.ok(Number(finding.evidence[1]!.values.kmh) > 5000);
    assert.ok(finding.citations.some((c) => c.indicator === 'E-03' && c.url));
  });

  test('does not flag a real overnight flight (Denver → Heathrow, 11 h)', () => {
    const run = runRule(rule, {
      identities: [u('carol')],
      events: [
        signIn({ id: 'a', at: '2026-10-14T23:55:00Z', identity: 'carol', ...DENVER }),
        signIn({ id: 'b', at: '2026-10-15T11:20:00Z', identity: 'carol', ip: '198.51.100.52', ...LONDON }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('does not flag a record-fast eastbound transatlantic flight (JFK → LHR, 5,540 km in 5 h 45 m gate to gate + airports)', () => {
    const run = runRule(rule, {
      identities: [u('flyer')],
      events: [
        signIn({ id: 'a', at: '2026-10-14T23:00:00Z', identity: 'flyer', ...NEW_YORK }),
        signIn({ id: 'b', at: '2026-10-15T04:45:00Z', identity: 'flyer', ip: '198.51.100.52', ...LONDON }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('ignores the Basel three-country corner (CH, FR, DE within a few km in one day)', () => {
    const run = runRule(rule, {
      identities: [u('commuter')],
      events: [
        signIn({ id: 'a', at: '2026-10-14T07:00:00Z', identity: 'commuter', ...SAINT_LOUIS }),
        signIn({ id: 'b', at: '2026-10-14T08:00:00Z', identity: 'commuter', ...BASEL }),
        signIn({ id: 'c', at: '2026-10-14T18:00:00Z', identity: 'commuter', ...WEIL }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('flags three countries in a day even without coordinates', () => {
    const run = runRule(rule, {
      identities: [u('hopper')],
      events: [
        signIn({ id: 'a', at: '2026-10-14T01:00:00Z', identity: 'hopper', country: 'US' }),
        signIn({ id: 'b', at: '2026-10-14T05:00:00Z', identity: 'hopper', country: 'RU' }),
        signIn({ id: 'c', at: '2026-10-14T09:00:00Z', identity: 'hopper', country: 'CN' }),
      ],
    });
    const [finding] = run.findingsOf('hopper@example.com');
    assert.match(finding?.summary ?? '', /3 countries within 24 h \(US, RU, CN\)/);
  });

  test('ignores failed sign-ins (someone else guessing the password from abroad)', () => {
    const run = runRule(rule, {
      identities: [u('victim')],
      events: [
        signIn({ id: 'a', at: '2026-10-13T15:00:00Z', identity: 'victim', ...SEATTLE }),
        signIn({ id: 'b', at: '2026-10-13T15:30:00Z', identity: 'victim', outcome: 'failure', ...SHENYANG }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('ignores sign-ins through the corporate egress (VPN concentrator far from the user)', () => {
    const run = runRule(rule, {
      identities: [u('vpn')],
      corporateCidrs: ['203.0.113.0/24'],
      events: [
        signIn({ id: 'a', at: '2026-10-13T15:00:00Z', identity: 'vpn', ...SEATTLE }),
        signIn({ id: 'b', at: '2026-10-13T15:30:00Z', identity: 'vpn', ip: '203.0.113.20', ...LONDON }),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('honours a stricter speed option from config', () => {
    const events = [
      signIn({ id: 'a', at: '2026-10-14T23:55:00Z', identity: 'carol', ...DENVER }),
      signIn({ id: 'b', at: '2026-10-15T11:20:00Z', identity: 'carol', ...LONDON }),
    ];
    const run = runRule(rule, { identities: [u('carol')], events, options: { maxSpeedKmh: 500 } });
    assert.equal(run.findingsOf('carol@example.com').length, 1);
  });
});

test('a mobile carrier\'s or a relay\'s far-away gateway is not a place the person was', () => {
  for (const cls of ['mobile', 'relay', 'vpn']) {
    const run = runRule(rule, {
      identities: [account('pat')],
      events: [
        signIn({ id: 'a', at: '2026-10-13T15:00:00Z', identity: 'pat', ip: '198.51.100.61', country: 'US', lat: 47.6, lon: -122.3 }),
        signIn({ id: 'b', at: '2026-10-13T15:30:00Z', identity: 'pat', ip: '198.51.100.90', country: 'US', lat: 40.7, lon: -74.0 }),
      ],
      imports: { ipRanges: [{ cidr: '198.51.100.88/29', class: cls, provider: 'Example Carrier', dataset: 'test', date: '2026-10-01' }] },
    });
    assert.deepEqual(run.findings, [], cls);
  }
  const unclassified = runRule(rule, {
    identities: [account('pat')],
    events: [
      signIn({ id: 'a', at: '2026-10-13T15:00:00Z', identity: 'pat', ip: '198.51.100.61', country: 'US', lat: 47.6, lon: -122.3 }),
      signIn({ id: 'b', at: '2026-10-13T15:30:00Z', identity: 'pat', ip: '198.51.100.90', country: 'US', lat: 40.7, lon: -74.0 }),
    ],
  });
  assert.equal(unclassified.findings.length, 1, 'the same hop from an unclassified address still counts');
});
