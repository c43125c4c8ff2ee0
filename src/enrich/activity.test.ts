import assert from 'node:assert/strict';
import { test } from 'node:test';
import { employee } from '../test-support/factories.js';
import { activityOf } from './activity.js';
import { claimedZone } from './claimed-time-zone.js';
import type { SignIn } from '../model/sign-in.js';

const withHome = (country: string, region?: string) => {
  const r = employee('E1', 'a@example.com', 'A');
  r.identifiers.addresses = [{ role: 'home', country, ...(region ? { region } : {}) }];
  return r;
};

test('the claimed zone comes from HR, else a US state, else a one-offset country; never a guess', () => {
  const hr = { ...employee('E1', 'a@example.com', 'A'), attributes: { timezone: 'America/Chicago' } };
  assert.deepEqual(claimedZone([hr]), { zone: 'America/Chicago', basis: 'HR timezone of E1' });
  assert.equal(claimedZone([{ ...hr, attributes: { timezone: 'Mars/Olympus' } }]).zone, undefined);
  assert.equal(claimedZone([withHome('US', 'wa')]).zone, 'America/Los_Angeles');
  assert.equal(claimedZone([withHome('Germany')]).zone, 'Europe/Berlin');
  const us = claimedZone([withHome('US')]);
  assert.equal(us.zone, undefined);
  assert.match(us.basis, /spans several time zones/);
  assert.match(claimedZone([employee('E2', 'b@example.com', 'B')]).basis, /no HR timezone and no home country/);
});

const at = (iso: string): SignIn => ({ key: iso, id: iso, at: Date.parse(iso), identity: 'i', outcome: 'success', raw: { file: 'f', sha256: '0'.repeat(64) } });

test('activity counts hours and weekdays in the claimed zone (with daylight saving) and in UTC+9', () => {
  // 2026-07-06 is a Monday: 14:00 UTC is 09:00 in Chicago (CDT, UTC-5) and 23:00 in UTC+9.
  // 2026-12-07 is a Monday: 15:00 UTC is 09:00 in Chicago (CST, UTC-6) and 00:00 (Tuesday) in UTC+9.
  const a = activityOf([at('2026-07-06T14:00:00Z'), at('2026-12-07T15:00:00Z')], { zone: 'America/Chicago', basis: 'HR' });
  assert.equal(a.local_hours[9], 2);
  assert.equal(a.local_weekdays[0], 2);
  assert.equal(a.utc9_hours[23], 1);
  assert.equal(a.utc9_hours[0], 1);
  assert.equal(a.signins, 2);
  const noZone = activityOf([at('2026-07-06T14:00:00Z')], { basis: 'unknown' });
  assert.deepEqual([noZone.local_hours, noZone.local_weekdays, noZone.utc9_hours[23]], [[], [], 1]);
});
