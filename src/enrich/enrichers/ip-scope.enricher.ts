import { BlockList, isIP } from 'node:net';
import type { IpScope } from '../enrichments.js';
import { defineEnricher } from '../define-enricher.js';
import { SHARED_BY_DESIGN, SPECIAL, blockList, corporateNetworkMatcher } from '../ip-ranges.js';

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
      // Fixed by RFC; dated by the newest RFC the table uses (RFC 6890, April 2013).
      name: 'IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890, 6598, 5737, 3849; as of RFC 6890)',
      origin: 'builtin',
      licence: 'public registry',
      date: '2013-04-01',
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
    const corporateNetwork = corporateNetworkMatcher(ctx.corporateNetworks);
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
