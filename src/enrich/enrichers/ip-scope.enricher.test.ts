import { NO_IMPORTS } from '../define-enricher.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Observation } from '../enrichments.js';
import enricher from './ip-scope.enricher.js';

const at = (ip: string, network?: string): Observation => ({ ip, ...(network ? { network } : {}) });

describe('ip.scope enricher', () => {
  const enrich = enricher.prepare({ corporateCidrs: ['203.0.113.0/25', '2001:db8:1::/48'], corporateNetworks: 'auto', imports: NO_IMPORTS });

  test('classifies special-purpose ranges and marks those shared by design', () => {
    const cases: [string, string, boolean][] = [
      ['10.0.0.1', 'private', true],
      ['172.31.255.255', 'private', true],
      ['192.168.1.1', 'private', true],
      ['127.0.0.1', 'loopback', true],
      ['169.254.10.1', 'link-local', true],
      ['100.64.0.1', 'cgnat', true],
      ['100.127.255.255', 'cgnat', true],
      ['224.0.0.1', 'multicast', true],
      ['0.1.2.3', 'reserved', true],
      ['fd00::1', 'private', true],
      ['fe80::1', 'link-local', true],
      ['::1', 'loopback', true],
      ['198.51.100.7', 'documentation', false],
      ['8.8.8.8', 'public', false],
      ['100.128.0.1', 'public', false],
      ['172.32.0.1', 'public', false],
      ['2606:4700::1111', 'public', false],
    ];
    for (const [ip, scope, shared] of cases) {
      assert.deepEqual(enrich(at(ip)), { scope, corporate: false, shared_by_design: shared }, ip);
    }
  });

  test('configured corporate egress is corporate and shared by design; addresses outside it are not', () => {
    assert.deepEqual(enrich(at('203.0.113.5')), { scope: 'documentation', corporate: true, shared_by_design: true });
    assert.equal(enrich(at('203.0.113.200'))?.corporate, false);
    assert.equal(enrich(at('2001:db8:1::42'))?.corporate, true);
  });

  test('named network zones are corporate, block-list zones are not', () => {
    assert.equal(enrich(at('198.51.100.9', 'Austin-Office'))?.corporate, true);
    assert.equal(enrich(at('198.51.100.9', 'BlockedIpZone'))?.corporate, false);
    assert.equal(enrich(at('198.51.100.9', 'DefaultEnhancedDynamicZone'))?.corporate, false);
    const explicit = enricher.prepare({ corporateCidrs: [], corporateNetworks: ['HQ'], imports: NO_IMPORTS });
    assert.equal(explicit(at('198.51.100.9', 'Austin-Office'))?.corporate, false);
    assert.equal(explicit(at('198.51.100.9', 'HQ'))?.corporate, true);
  });

  test('no address or a malformed one yields no enrichment', () => {
    assert.equal(enrich({}), undefined);
    assert.equal(enrich(at('not-an-ip')), undefined);
    assert.equal(enrich(at('999.1.1.1')), undefined);
  });

  test('the observation is not modified, and repeated addresses share one answer', () => {
    const observation = at('10.0.0.1');
    const before = JSON.stringify(observation);
    const first = enrich(observation);
    assert.equal(JSON.stringify(observation), before);
    assert.equal(enrich(at('10.0.0.1')), first);
  });
});
