import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CidrTable, formatIpv4, parseCidr, parseIpv4, parseIpv6 } from './ip-ranges.js';

describe('ip-ranges helpers', () => {
  test('parseIpv4 accepts exactly dotted quads', () => {
    assert.equal(parseIpv4('0.0.0.0'), 0);
    assert.equal(parseIpv4('255.255.255.255'), 0xffffffff);
    assert.equal(formatIpv4(parseIpv4('175.45.176.1')), '175.45.176.1');
    for (const bad of ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1..2.3', '01.2.3.4', ' 1.2.3.4', '1.2.3.4 ']) assert.equal(parseIpv4(bad), -1, bad);
  });

  test('parseIpv6 expands compressed forms and embedded IPv4', () => {
    assert.equal(parseIpv6('::1'), 1n);
    assert.equal(parseIpv6('2001:db8::1'), (0x20010db8n << 96n) | 1n);
    assert.equal(parseIpv6('::ffff:1.2.3.4'), (0xffffn << 32n) | 0x01020304n);
    assert.equal(parseIpv6('1:2:3:4:5:6:7:8'), 0x00010002000300040005000600070008n);
    assert.equal(parseIpv6('fe80::1%eth0'), (0xfe80n << 112n) | 1n);
    assert.equal(parseIpv6('1.2.3.4'), undefined);
    assert.equal(parseIpv6('1::2::3'), undefined);
  });

  test('parseCidr clears host bits and rejects bad prefixes', () => {
    assert.deepEqual(parseCidr('10.1.2.3/8'), { family: 4, network: 0x0a000000, prefix: 8 });
    assert.deepEqual(parseCidr('0.0.0.0/0'), { family: 4, network: 0, prefix: 0 });
    assert.equal(parseCidr('10.0.0.0/33'), undefined);
    assert.equal(parseCidr('10.0.0.0/x'), undefined);
    assert.equal(parseCidr('2001:db8::1/32')?.network, 0x20010db8n << 96n);
  });

  test('CidrTable finds the most specific match, and all matches', () => {
    const table = new CidrTable<string>();
    table.add('10.0.0.0/8', 'wide');
    table.add('10.1.0.0/16', 'narrow');
    table.add('2001:db8::/32', 'v6');
    assert.equal(table.add('nope', 'x'), false);
    assert.deepEqual(table.matchV4(parseIpv4('10.1.2.3')), ['narrow']);
    assert.deepEqual(table.matchV4(parseIpv4('10.2.2.3')), ['wide']);
    assert.deepEqual(table.allV4(parseIpv4('10.1.2.3')), ['narrow', 'wide']);
    assert.equal(table.matchV4(parseIpv4('11.0.0.1')), undefined);
    assert.deepEqual(table.matchV6(parseIpv6('2001:db8::5')!), ['v6']);
  });
});
