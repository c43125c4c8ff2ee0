import type { Egress } from './networks.js';
import type { Place } from './places.js';

/** Documentation ASNs (RFC 5398) for home ISPs, one or two per country; 64500 is the company's. */
const HOME_ISPS: Readonly<Record<string, readonly [number, string][]>> = {
  US: [[64496, 'Example Cable'], [64497, 'Example Fiber'], [64498, 'Example DSL']],
  CA: [[64499, 'Example Telecom Canada']],
  GB: [[64501, 'Example Broadband UK']],
  DE: [[64502, 'Example Telekom DE']],
  PT: [[64503, 'Example Telecom PT']],
  IN: [[64504, 'Example Broadband IN']],
};

/**
 * Hands out documentation addresses: one per household (RFC 5737 ranges, then RFC 3849 IPv6 when
 * a big company uses them up — dual-stack homes are common) and one per hotel or airport network.
 */
export class AddressPool {
  private households = 0;
  private transient = 0;
  private readonly v4: string[] = [];

  constructor() {
    for (let n = 1; n <= 254; n++) this.v4.push(`198.51.100.${n}`);
    // 203.0.113.0/27 is the company's own egress (CORPORATE_EGRESS_CIDR).
    for (let n = 40; n <= 254; n++) this.v4.push(`203.0.113.${n}`);
    for (let n = 64; n <= 254; n++) this.v4.push(`192.0.2.${n}`);
  }

  /** A new household's home connection, geolocated to its city. */
  home(where: Place, ispIndex: number): Egress {
    const n = this.households++;
    const ip = n < this.v4.length ? this.v4[n]! : `2001:db8:${(0x100 + Math.floor((n - this.v4.length) / 0x10000)).toString(16)}:${((n - this.v4.length) % 0x10000).toString(16)}::1`;
    const isps = HOME_ISPS[where.country] ?? HOME_ISPS.US!;
    const [asn, name] = isps[ispIndex % isps.length]!;
    return { ip, place: where, asn, asOrg: name, isp: name, domain: 'example.net', kind: 'home' };
  }

  /** A hotel, airport or café network in a city (192.0.2.1–63, then IPv6). */
  transientNetwork(where: Place, kind: 'hotel' | 'airport'): Egress {
    const n = this.transient++;
    const ip = n < 63 ? `192.0.2.${n + 1}` : `2001:db8:ff:${n.toString(16)}::1`;
    const name = kind === 'hotel' ? 'Example Hotel Wi-Fi' : 'Example Airport Wi-Fi';
    return { ip, place: where, asn: 64505, asOrg: name, isp: name, domain: 'example.net', kind };
  }
}
