import assert from 'node:assert/strict';
import { test } from 'node:test';
import { employee } from '../../test-support/factories.js';
import { NO_IMPORTS } from '../define-enricher.js';
import enricher from './time-zone.enricher.js';

const zoneOf = enricher.prepare({ corporateCidrs: [], corporateNetworks: 'auto', imports: NO_IMPORTS });

test('a record claims its HR time zone, or its home state, and says why', () => {
  const hr = { ...employee('E7', 'g@example.com', 'G'), attributes: { timezone: 'Europe/Lisbon' } };
  assert.deepEqual(zoneOf(hr), { zone: 'Europe/Lisbon', basis: 'HR timezone of E7' });
  const home = employee('E8', 'h@example.com', 'H');
  home.identifiers.addresses = [{ role: 'home', city: 'Miami', region: 'FL', country: 'US' }];
  assert.deepEqual(zoneOf(home), { zone: 'America/New_York', basis: 'home state FL' });
});

test('no claim, no zone — and the record is not modified', () => {
  const bare = employee('E9', 'i@example.com', 'I');
  const before = JSON.stringify(bare);
  assert.equal(zoneOf(bare)?.zone, undefined);
  assert.equal(JSON.stringify(bare), before);
});
