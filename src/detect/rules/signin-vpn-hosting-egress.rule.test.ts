import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-vpn-hosting-egress.rule.js';

const range = (cidr: string, cls: string, provider: string) => ({ cidr, class: cls, provider, dataset: `${provider}-list`, date: '2026-10-01' });
const HOME = '198.51.100.10';
const VULTR = '198.51.100.20';
const NORD = '198.51.100.21';
const RELAY = '198.51.100.30';
const STARLINK = '198.51.100.31';
const WORKSPACES = '203.0.113.50';
const imports = {
  ipRanges: [
    range(`${HOME}/32`, 'residential', 'Example Cable'),
    range(`${VULTR}/32`, 'hosting', 'Vultr'),
    range(`${NORD}/32`, 'vpn', 'NordVPN'),
    range(`${RELAY}/32`, 'relay', 'iCloud Private Relay'),
    range(`${STARLINK}/32`, 'satellite', 'Starlink'),
    range(`${WORKSPACES}/32`, 'hosting', 'Amazon'),
  ],
};
const remote = (id: string, arrangement = 'remote') => staff(id, { start: '2024-01-08', arrangement, home: { city: 'Columbus', region: 'OH', country: 'US' } });

/** `n` daily sign-ins from `ip`, starting on day `from` of October 2026. */
function daily(who: string, ip: string, n: number, from = 1): ReturnType<typeof signIn>[] {
  return Array.from({ length: n }, (_, i) => {
    const at = `2026-10-${String(from + i).padStart(2, '0')}T14:${String(10 + (ip.length % 40)).padStart(2, '0')}:00Z`;
    return signIn({ id: `${who}-${ip}-${i}`, at, identity: who, ip, country: 'US' });
  });
}

describe('signin.vpn-hosting-egress (E-02)', () => {
  test('flags a remote worker seen mostly through a VPS provider and a VPN', () => {
    const run = runRule(rule, {
      identities: remote('ethan'),
      imports,
      events: [...daily('ethan', VULTR, 7), ...daily('ethan', NORD, 2, 10), ...daily('ethan', HOME, 3, 15)],
    });
    const [finding, ...rest] = run.findingsOf('ethan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-02');
    assert.equal(finding.summary, '9 of 12 sign-ins (75%) came through VPN, hosting, proxy or Tor networks (Vultr 7, NordVPN 2) for a remote worker; corporate egress not counted');
    assert.equal(finding.evidence.length, 9);
    assert.deepEqual([...new Set(finding.evidence.map((e) => e.values.ip_class))], ['hosting', 'vpn']);
    assert.ok(finding.confidence > 0.6 && finding.confidence <= 0.8);
    assert.equal(finding.facets.new_hire, false);
  });

  test('iCloud Private Relay and Starlink are not VPN evidence', () => {
    const run = runRule(rule, {
      identities: [...remote('relay'), ...remote('rural')],
      imports,
      events: [...daily('relay', RELAY, 12), ...daily('rural', STARLINK, 12)],
    });
    assert.deepEqual(run.findings, []);
  });

  test('a privacy VPN used now and then, or exactly half the time, stays under the threshold', () => {
    const run = runRule(rule, {
      identities: [...remote('sometimes'), ...remote('half')],
      imports,
      events: [...daily('sometimes', NORD, 4), ...daily('sometimes', HOME, 10, 5), ...daily('half', NORD, 6), ...daily('half', HOME, 6, 7)],
    });
    assert.deepEqual(run.findings, []);
  });

  test('an employer VDI or VPN listed as corporate egress is neither evidence nor part of the share', () => {
    const run = runRule(rule, {
      identities: [...remote('vdi'), ...remote('mixed')],
      imports,
      corporateCidrs: [`${WORKSPACES}/32`],
      events: [...daily('vdi', WORKSPACES, 20), ...daily('mixed', WORKSPACES, 20), ...daily('mixed', VULTR, 8), ...daily('mixed', HOME, 4, 20)],
    });
    assert.deepEqual(run.findingsOf('vdi@example.com'), []);
    // 20 corporate sign-ins leave the share at 8 of 12, not 8 of 32.
    assert.match(run.findingsOf('mixed@example.com')[0]?.summary ?? '', /^8 of 12 sign-ins \(67%\)/);
  });

  test('office workers are not judged, and a handful of sign-ins is no pattern unless configured', () => {
    const office = runRule(rule, { identities: remote('desk', 'office'), imports, events: daily('desk', VULTR, 12) });
    assert.deepEqual(office.findings, []);
    const few = daily('new', VULTR, 5);
    assert.deepEqual(runRule(rule, { identities: remote('new'), imports, events: few }).findings, []);
    assert.equal(runRule(rule, { identities: remote('new'), imports, events: few, options: { minSignIns: 5 } }).findings.length, 1);
  });

  test('a known personal VPN is cleared by a finding suppression, kept but not scored', () => {
    const run = runRule(rule, {
      identities: remote('private'),
      imports,
      events: daily('private', NORD, 12),
      suppressions: { findings: [{ rule: 'E-02', subject: 'private@example.com', reason: 'personal NordVPN, confirmed by manager 2026-10-20', expires: '2027-04-01' }] },
    });
    assert.equal(run.findings[0]?.suppressed?.kind, 'finding');
    assert.equal(run.subjects[0]?.score, 0);
  });
});
