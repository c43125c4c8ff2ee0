import { place, type Place } from './places.js';
import type { Rng } from './prng.js';

/** What kind of connection a sign-in comes from (the simulator's truth, not what molehunt concludes). */
export type EgressKind =
  | 'home' | 'office' | 'corporate-vpn' | 'mobile' | 'hotel' | 'airport' | 'relay' | 'satellite' | 'vpn' | 'hosting';

/** One network exit: the address an IdP sees, where its geolocation puts it, and its AS. */
export interface Egress {
  ip: string;
  /** Where IdP geolocation places the address (not necessarily where the person is). */
  place: Place;
  asn: number;
  asOrg: string;
  isp: string;
  domain: string;
  kind: EgressKind;
  /** The Okta network zone the address is in (corporate networks only). */
  zone?: string;
}

const egress = (ip: string, city: string, asn: number, asOrg: string, kind: EgressKind, zone?: string, domain = 'example.net'): Egress => ({
  ip, place: place(city), asn, asOrg, isp: asOrg, domain, kind, ...(zone ? { zone } : {}),
});

/**
 * The company's own egress: offices and corporate VPN concentrators in 203.0.113.0/27 (documentation
 * space), AS64500 (documentation ASN). `molehunt.config.json` declares the range corporate.
 */
export const CORPORATE_EGRESS_CIDR = '203.0.113.0/27';
export const OFFICES: Readonly<Record<string, Egress>> = {
  Austin: egress('203.0.113.10', 'Austin', 64500, 'Example Corp', 'office', 'Austin-HQ', 'example.com'),
  'New York': egress('203.0.113.11', 'New York', 64500, 'Example Corp', 'office', 'NewYork-Office', 'example.com'),
  Toronto: egress('203.0.113.12', 'Toronto', 64500, 'Example Corp', 'office', 'Toronto-Office', 'example.com'),
  London: egress('203.0.113.13', 'London', 64500, 'Example Corp', 'office', 'London-Office', 'example.com'),
  Berlin: egress('203.0.113.14', 'Berlin', 64500, 'Example Corp', 'office', 'Berlin-Office', 'example.com'),
  Bengaluru: egress('203.0.113.15', 'Bengaluru', 64500, 'Example Corp', 'office', 'Bengaluru-Office', 'example.com'),
};
export const CORPORATE_VPN: readonly Egress[] = [
  egress('203.0.113.20', 'Ashburn', 64500, 'Example Corp', 'corporate-vpn', 'Corp-VPN', 'example.com'),
  egress('203.0.113.21', 'Ashburn', 64500, 'Example Corp', 'corporate-vpn', 'Corp-VPN', 'example.com'),
  egress('203.0.113.22', 'Frankfurt am Main', 64500, 'Example Corp', 'corporate-vpn', 'Corp-VPN', 'example.com'),
];

/**
 * Real public provider addresses, chosen so that molehunt's shipped data classifies them as the
 * simulator means them (checked with `molehunt intel ip`; see docs/simulator.md). Mobile carriers use
 * carrier-grade NAT and geolocate to regional gateways, often hundreds of kilometres from the
 * phone: each gateway below is the base of a /22 pool (every sign-in draws an address from it,
 * so coworkers on one carrier in one region now and then share an address; every /24 of each pool
 * was checked to classify as mobile).
 */
export const MOBILE: Readonly<Record<string, readonly Egress[]>> = {
  'T-Mobile': [
    egress('172.58.108.0', 'Dallas', 21928, 'T-Mobile USA, Inc.', 'mobile'),
    egress('172.58.12.0', 'Atlanta', 21928, 'T-Mobile USA, Inc.', 'mobile'),
    egress('172.56.20.0', 'Seattle', 21928, 'T-Mobile USA, Inc.', 'mobile'),
    egress('172.56.160.0', 'New York', 21928, 'T-Mobile USA, Inc.', 'mobile'),
    egress('172.58.200.0', 'Chicago', 21928, 'T-Mobile USA, Inc.', 'mobile'),
  ],
  Verizon: [
    egress('174.205.40.0', 'New York', 6167, 'Verizon Business', 'mobile'),
    egress('174.205.100.0', 'Chicago', 6167, 'Verizon Business', 'mobile'),
    egress('174.192.8.0', 'Los Angeles', 22394, 'Verizon Business', 'mobile'),
    egress('174.205.60.0', 'Dallas', 6167, 'Verizon Business', 'mobile'),
  ],
  'AT&T': [
    egress('107.77.200.0', 'Los Angeles', 20057, 'AT&T Mobility', 'mobile'),
    egress('107.77.196.0', 'Denver', 20057, 'AT&T Mobility', 'mobile'),
    egress('107.77.216.0', 'Atlanta', 20057, 'AT&T Mobility', 'mobile'),
    egress('107.77.220.0', 'New York', 20057, 'AT&T Mobility', 'mobile'),
  ],
};

/**
 * iCloud Private Relay egress blocks (Akamai AS36183, Cloudflare AS13335; every /24 checked to
 * classify as that AS in the US): exits rotate within them and are shared with strangers.
 */
export const RELAY_BLOCKS: readonly { prefix: string; span: number; asn: number; asOrg: string }[] = [
  { prefix: '172.224.16', span: 4, asn: 36183, asOrg: 'Akamai Technologies, Inc.' },
  { prefix: '172.224.32', span: 4, asn: 36183, asOrg: 'Akamai Technologies, Inc.' },
  { prefix: '172.224.96', span: 3, asn: 36183, asOrg: 'Akamai Technologies, Inc.' },
  { prefix: '172.224.128', span: 2, asn: 36183, asOrg: 'Akamai Technologies, Inc.' },
  { prefix: '104.28.0', span: 4, asn: 13335, asOrg: 'Cloudflare, Inc.' },
];

/** Starlink (AS14593): geolocated to the ground-station region, not the dish. */
export const STARLINK: readonly Egress[] = [
  egress('98.97.58.14', 'Seattle', 14593, 'SpaceX Services, Inc.', 'satellite'),
  egress('98.97.59.201', 'Denver', 14593, 'SpaceX Services, Inc.', 'satellite'),
];

/**
 * Astrill-like commercial VPN exits: the two published exits of the LevelBlue case (S19; shipped
 * as class vpn) and rented servers on hosting networks that such VPNs run on (class hosting).
 */
export const COMMERCIAL_VPN: readonly Egress[] = [
  egress('142.214.202.2', 'Los Angeles', 7393, 'CYBERCON, INC.', 'vpn'),
  egress('155.94.199.59', 'Dallas', 36352, 'HostPapa', 'vpn'),
];
export const HOSTING: readonly Egress[] = [
  egress('149.28.200.17', 'Dallas', 20473, 'The Constant Company, LLC', 'hosting'),
  egress('66.42.84.3', 'Seattle', 20473, 'The Constant Company, LLC', 'hosting'),
  egress('216.128.140.3', 'New York', 20473, 'The Constant Company, LLC', 'hosting'),
  egress('89.187.170.3', 'Los Angeles', 60068, 'Datacamp Limited', 'hosting'),
];

/** A fresh relay exit, geolocated near `home` (Private Relay keeps the approximate region). */
export function relayEgress(rng: Rng, home: Place): Egress {
  const block = rng.pick(RELAY_BLOCKS);
  const [a, b, c] = block.prefix.split('.').map(Number);
  const ip = `${a}.${b}.${c! + rng.int(0, block.span - 1)}.${rng.int(10, 250)}`;
  return { ip, place: home, asn: block.asn, asOrg: block.asOrg, isp: block.asOrg, domain: 'icloud.com', kind: 'relay' };
}

/** A person's phone: their carrier's gateway nearest to home (where every mobile sign-in geolocates). */
export function mobileGateway(carrier: string, home: Place): Egress {
  const hubs = MOBILE[carrier] ?? MOBILE['T-Mobile']!;
  return [...hubs].sort((a, b) => distanceKm(a.place, home) - distanceKm(b.place, home))[0]!;
}

/** One mobile sign-in's address: a fresh address in the gateway's /22 pool (CGNAT pools rotate). */
export function mobileEgress(rng: Rng, gateway: Egress): Egress {
  const [a, b, c] = gateway.ip.split('.').map(Number);
  return { ...gateway, ip: `${a}.${b}.${c! + rng.int(0, 3)}.${rng.int(1, 254)}` };
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
