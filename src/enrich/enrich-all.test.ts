import { NO_IMPORTS } from './define-enricher.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ipScope from './enrichers/ip-scope.enricher.js';
import { enricherFor } from './enrich-all.js';

test('enrichments are computed once per distinct observation of the fields enrichers read', () => {
  const enrich = enricherFor([ipScope], { corporateCidrs: ['203.0.113.0/24'], corporateNetworks: 'auto', imports: NO_IMPORTS });
  const a = enrich({ ip: '198.51.100.7', at: 1, account: 'a@example.com' });
  const b = enrich({ ip: '198.51.100.7', at: 2, account: 'b@example.com' });
  assert.equal(a, b, 'time and account are not read by ip.scope: one shared answer');
  assert.deepEqual(a, { ip_scope: { scope: 'documentation', corporate: false, shared_by_design: false } });
  assert.notEqual(enrich({ ip: '198.51.100.7', network: 'HQ' }), a, 'the network name is read');
  assert.equal(enrich({ ip: '203.0.113.9' }).ip_scope?.corporate, true);
  assert.deepEqual(enrich({}), {}, 'nothing to enrich: no keys');
});
