import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostEvent, signIn } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import { PHONE_UA, signInWith } from '../../test-support/sign-in-with.js';
import { staff } from '../../test-support/staff.js';
import rule from './signin-laptop-location-mismatch.rule.js';

const LAPTOP_IP = '198.51.100.77';
const person = (id: string) => staff(id, { start: '2026-06-01', home: { city: 'Phoenix', region: 'AZ', country: 'US' } });
const day = (n: number) => String(n).padStart(2, '0');
/** An MDM check-in from `ip`, placed in `country` (as an MDM geolocation or the enricher's country would). */
const checkIn = (who: string, d: number, country: string, ip = LAPTOP_IP) =>
  hostEvent(`idp.account:okta:${who}`, {
    id: `mdm-${who}-${d}`,
    at: `2026-10-${day(d)}T12:20:00Z`,
    dataset: 'mdm.devices',
    action: 'device.checked_in',
    kind: 'state',
    source: { ip, geo: { country_iso_code: country } },
  });
const on = (who: string, d: number, country: string, ip = '198.51.100.150', ua?: string) => {
  const event = signIn({ id: `${who}-${d}-${ip}`, at: `2026-10-${day(d)}T15:00:00Z`, identity: who, ip, country });
  return ua ? signInWith(event, { userAgent: ua }) : event;
};
const days = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('signin.laptop-location-mismatch (E-14)', () => {
  test('the laptop checks in from the US every day while the person signs in from China', () => {
    const run = runRule(rule, {
      identities: person('ryan'),
      events: days(5, 8).flatMap((d) => [checkIn('ryan', d, 'US'), on('ryan', d, d === 9 ? 'US' : 'CN', d === 9 ? LAPTOP_IP : '198.51.100.150')]),
    });
    const [finding, ...rest] = run.findingsOf('ryan@example.com');
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.indicator, 'E-14');
    assert.equal(finding.summary, 'On 7 of 8 days (88%) the laptop checked in from US while sign-ins came from CN; claimed home US');
    assert.equal(finding.severity, 'high');
    assert.equal(finding.confidence, 0.72);
    assert.equal(finding.evidence.length, 10);
    assert.deepEqual([finding.evidence[0]!.values.laptop_country, finding.evidence[1]!.values.sign_in_country], ['US', 'CN']);
    assert.deepEqual(finding.facets.countries, ['CN', 'US']);
    assert.equal(run.subjects[0]?.level, 'high', '§7.6 escalates a persistent laptop mismatch');
  });

  test('a same-address sign-in matches the laptop even when geolocation sources disagree', () => {
    const run = runRule(rule, {
      identities: person('same'),
      events: days(5, 8).flatMap((d) => [checkIn('same', d, 'US'), on('same', d, 'AU', LAPTOP_IP)]),
    });
    assert.deepEqual(run.findings, []);
  });

  test('a two-week holiday reading mail on the phone while the laptop stays home does not fire', () => {
    const run = runRule(rule, {
      identities: person('holiday'),
      events: days(5, 14).flatMap((d) => [checkIn('holiday', d, 'US'), on('holiday', d, 'FR', '198.51.100.160', PHONE_UA)]),
    });
    assert.deepEqual(run.findings, []);
  });

  test('a trip with a personal laptop is cleared by a travel suppression', () => {
    const run = runRule(rule, {
      identities: person('trip'),
      events: days(5, 8).flatMap((d) => [checkIn('trip', d, 'US'), on('trip', d, 'FR')]),
      suppressions: { travel: [{ subject: 'trip@example.com', countries: ['FR'], from: '2026-10-04', to: '2026-10-13', reason: 'Paris trip, worked from a personal laptop (approved)' }] },
    });
    assert.equal(run.findings[0]?.suppressed?.kind, 'travel');
  });

  test('a short trip, VPN sign-ins or check-ins and corporate egress do not make a persistent mismatch', () => {
    const run = runRule(rule, {
      identities: [...person('short'), ...person('vpn'), ...person('tunnel')],
      imports: { ipRanges: [{ cidr: '198.51.100.201/32', class: 'vpn', provider: 'NordVPN', dataset: 'nord', date: '2026-10-01' }] },
      corporateCidrs: ['203.0.113.0/24'],
      events: [
        ...days(5, 10).flatMap((d) => [checkIn('short', d, 'US'), on('short', d, d < 8 ? 'MX' : 'US', d < 8 ? '198.51.100.150' : LAPTOP_IP)]),
        ...days(5, 10).flatMap((d) => [checkIn('vpn', d, 'US', '198.51.100.78'), on('vpn', d, 'NL', '198.51.100.201'), on('vpn', d, 'GB', '203.0.113.5')]),
        // The laptop's own MDM traffic through a consumer VPN: the exit is not where the laptop is.
        ...days(5, 10).flatMap((d) => [checkIn('tunnel', d, 'NL', '198.51.100.201'), on('tunnel', d, 'US')]),
      ],
    });
    assert.deepEqual(run.findings, []);
  });

  test('too few compared days is no pattern unless minDays is lowered', () => {
    const events = days(5, 3).flatMap((d) => [checkIn('new', d, 'US'), on('new', d, 'CN')]);
    assert.deepEqual(runRule(rule, { identities: person('new'), events }).findings, []);
    assert.equal(runRule(rule, { identities: person('new'), events, options: { minDays: 3 } }).findings.length, 1);
  });
});
