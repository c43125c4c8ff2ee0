import type { IpIntel } from '../enrichments.js';
import { defineEnricher } from '../define-enricher.js';
import { createIpClassifier } from '../ip-intel/classify.js';
import { IP_INTEL_SOURCES } from '../ip-intel/sources.js';

/** Country, ASN and network class (hosting, VPN, mobile, satellite, DPRK…) of `source.ip` (E-01, E-02, E-08). */
export default defineEnricher({
  id: 'ip.intel',
  title: 'IP intelligence: country, ASN and network class',
  description:
    'Looks up the country and autonomous system of the sign-in address and classifies the network: private, the ' +
    'organization\'s own (corporate), user-imported lists (VPN, Tor, proxy, relay…, newest first), curated ranges ' +
    '(DPRK address space, VPN-exit indicators published in DPRK IT-worker cases) and curated ASNs (hosting/VPS/cloud, Starlink, mobile carriers). ' +
    'Addresses on networks nobody curated stay `unknown` rather than being assumed residential.',
  reads: ['ip', 'network'],
  writes: 'ip_intel',
  dataSources: IP_INTEL_SOURCES,
  prepare(ctx) {
    const classify = createIpClassifier(ctx, ctx.ipReference);
    // Addresses repeat across events (one person, one home).
    const cache = new Map<string, IpIntel | undefined>();
    return ({ ip, network }) => {
      if (!ip) return undefined;
      const key = network === undefined ? ip : `${ip}\0${network}`;
      let hit = cache.get(key);
      if (hit === undefined && !cache.has(key)) cache.set(key, (hit = classify(ip, network)));
      return hit;
    };
  },
});
