import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMmdbRecord } from './mmdb-lookup.js';

test('MaxMind and IPinfo record layouts give country and ASN', () => {
  assert.deepEqual(readMmdbRecord({ country: { iso_code: 'DE', names: { en: 'Germany' } } }), { country: 'DE' });
  assert.deepEqual(readMmdbRecord({ autonomous_system_number: 64496, autonomous_system_organization: 'Example Net' }), { asn: 64496, as_org: 'Example Net' });
  assert.deepEqual(readMmdbRecord({ country: 'jp', asn: 'AS64500', as_name: 'Example KK' }), { country: 'JP', asn: 64500, as_org: 'Example KK' });
  assert.deepEqual(readMmdbRecord({ country_code: 'KP' }), { country: 'KP' });
  assert.deepEqual(readMmdbRecord(null), {});
  assert.deepEqual(readMmdbRecord({ country: 'Japan', asn: 'none' }), {}, 'values that are not codes are ignored');
});
