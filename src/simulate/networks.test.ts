import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_IMPORTS } from '../enrich/define-enricher.js';
import { createIpClassifier } from '../enrich/ip-intel/classify.js';
import { loadIpReference } from '../store/reference/ip-reference.js';
import { COMMERCIAL_VPN, CORPORATE_VPN, HOSTING, MOBILE, OFFICES, RELAY_BLOCKS, STARLINK } from './networks.js';

// The simulator hard-codes real provider addresses so that molehunt's shipped data classifies them
// the way a real network would look. If the data changes under them, the scenarios lose their meaning.
const reference = loadIpReference();
const skip = reference.issues.length > 0 ? `IP reference data incomplete: ${reference.issues.join('; ')}` : false;

describe('simulated network exits classify as intended with the shipped data', { skip }, () => {
  const classify = createIpClassifier({ corporateCidrs: [], corporateNetworks: 'auto', imports: NO_IMPORTS }, reference);
  const classOf = (ip: string) => classify(ip)?.class;

  test('mobile gateway pools: every /24 of every /22 is a US mobile carrier', () => {
    for (const gateway of Object.values(MOBILE).flat()) {
      const [a, b, c] = gateway.ip.split('.').map(Number);
      for (let k = 0; k < 4; k++) {
        for (const host of [9, 200]) {
          const ip = `${a}.${b}.${c! + k}.${host}`;
          assert.equal(classOf(ip), 'mobile', ip);
          assert.equal(classify(ip)?.country, 'US', ip);
        }
      }
    }
  });

  test('Starlink is satellite, the LevelBlue exits are vpn, the VPS exits are hosting', () => {
    for (const e of STARLINK) assert.equal(classOf(e.ip), 'satellite', e.ip);
    for (const e of COMMERCIAL_VPN) assert.equal(classOf(e.ip), 'vpn', e.ip);
    for (const e of HOSTING) assert.equal(classOf(e.ip), 'hosting', e.ip);
  });

  test('Private Relay blocks are the relay operators\' US address space, which the shipped data cannot class', () => {
    for (const block of RELAY_BLOCKS) {
      const [a, b, c] = block.prefix.split('.').map(Number);
      for (let k = 0; k < block.span; k++) {
        const ip = `${a}.${b}.${c! + k}.77`;
        assert.deepEqual([classOf(ip), classify(ip)?.asn, classify(ip)?.country], ['unknown', block.asn, 'US'], ip);
      }
    }
  });

  test('offices and VPN concentrators are documentation space, corporate only by configuration', () => {
    for (const e of [...Object.values(OFFICES), ...CORPORATE_VPN]) assert.equal(classOf(e.ip), 'unknown', e.ip);
  });
});
