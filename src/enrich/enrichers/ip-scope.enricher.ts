import { BlockList, isIP } from 'node:net';
import type { IpScope } from '../enrichments.js';
import { defineEnricher } from '../define-enricher.js';

type Scope = IpScope['scope'];

/** IANA special-purpose ranges (RFC 6890 and successors), most specific meaning first. */
const SPECIAL: ReadonlyArray<readonly [Scope, string, number, 'ipv4' | 'ipv6']> = [
  ['documentation', '192.0.2.0', 24, 'ipv4'],
  ['documentation', '198.51.100.0', 24, 'ipv4'],
  ['documentation', '203.0.113.0', 24, 'ipv4'],
  ['documentation', '2001:db8::', 32, 'ipv6'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['private', 'fc00::', 7, 'ipv6'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['loopback', '::1', 128, 'ipv6'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['cgnat', '100.64.0.0', 10, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['multicast', 'ff00::', 8, 'ipv6'],
  ['reserved', '0.0.0.0', 8, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['reserved', '::', 128, 'ipv6'],
];

/** Okta's own anonymizer zone and admin block lists are not corporate networks. */
const BLOCK_ZONE = /block|deny|DefaultEnhancedDynamicZone/i;

const SHARED_BY_DESIGN: ReadonlySet<Scope> = new Set(['private', 'loopback', 'link-local', 'cgnat', 'multicast', 'reserved']);

function blockList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/');
    const family = isIP(address ?? '');
    if (!address || family === 0) continue;
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/** Classifies `source.ip` into special-purpose scopes and flags configured corporate egress. */
export default defineEnricher({
  id: 'ip.scope',
  title: 'IP address scope',
  description:
    'Marks private, loopback, link-local, carrier-grade NAT, multicast and reserved addresses (IANA special-purpose ' +
    'registry) and the organization\'s own networks (egress ranges from config, and named network zones such as ' +
    'Okta\'s client.zone), so that rules do not treat addresses that ' +
    'many people share by design as evidence of one operator.',
  reads: ['ip', 'network'],
  writes: 'ip_scope',
  dataSources: [
    {
      id: 'iana.special-purpose',
      name: 'IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890, 6598, 5737, 3849)',
      origin: 'builtin',
      licence: 'public registry',
      date: '2024-01-01',
      url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/',
    },
  ],
  prepare(ctx) {
    const special = SPECIAL.map(([scope, address, prefix, family]) => {
      const list = new BlockList();
      list.addSubnet(address, prefix, family);
      return { scope, list };
    });
    const corporate = blockList(ctx.corporateCidrs);
    const corporateNetwork = (name: string | undefined): boolean =>
      !!name && (ctx.corporateNetworks === 'auto' ? !BLOCK_ZONE.test(name) : ctx.corporateNetworks.includes(name));
    // Addresses repeat across events (one person, one home); BlockList checks are not free.
    const cache = new Map<string, IpScope | undefined>();
    const classify = (ip: string, network: string | undefined): IpScope | undefined => {
      const family = isIP(ip);
      if (family === 0) return undefined;
      const type = family === 4 ? 'ipv4' : 'ipv6';
      const scope = special.find((s) => s.list.check(ip, type))?.scope ?? 'public';
      const isCorporate = corporate.check(ip, type) || corporateNetwork(network);
      return { scope, corporate: isCorporate, shared_by_design: isCorporate || SHARED_BY_DESIGN.has(scope) };
    };
    return ({ ip, network }) => {
      if (!ip) return undefined;
      const key = `${ip}\0${network ?? ''}`;
      if (!cache.has(key)) cache.set(key, classify(ip, network));
      return cache.get(key);
    };
  },
});
