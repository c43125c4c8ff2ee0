import { BlockList, isIP } from 'node:net';
import type { IpScope } from './enrichments.js';

/** Shared, pure IP range helpers: the IANA special-purpose table, corporate matching, and fast address parsing. */

export type Scope = IpScope['scope'];

/** IANA special-purpose ranges (RFC 6890 and successors), most specific meaning first. */
export const SPECIAL: ReadonlyArray<readonly [Scope, string, number, 'ipv4' | 'ipv6']> = [
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

/** Scopes that many people share by design (NAT, CGNAT, …). */
export const SHARED_BY_DESIGN: ReadonlySet<Scope> = new Set(['private', 'loopback', 'link-local', 'cgnat', 'multicast', 'reserved']);

/** Okta's own anonymizer zone and admin block lists are not corporate networks. */
export const BLOCK_ZONE = /block|deny|DefaultEnhancedDynamicZone/i;

/** A node:net BlockList of CIDRs; malformed entries are skipped. */
export function blockList(cidrs: readonly string[]): BlockList {
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

/** Whether a named network zone counts as the organization's own (`auto`: every zone but block lists). */
export function corporateNetworkMatcher(networks: readonly string[] | 'auto'): (name: string | undefined) => boolean {
  return (name) => !!name && (networks === 'auto' ? !BLOCK_ZONE.test(name) : networks.includes(name));
}

/** Dotted-quad IPv4 → unsigned 32-bit number, or -1 when it is not exactly a valid dotted quad. */
export function parseIpv4(ip: string): number {
  const length = ip.length;
  if (length < 7 || length > 15) return -1;
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1; // leading zero ("01") is ambiguous (octal)
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

/** Unsigned 32-bit number → dotted quad. */
export function formatIpv4(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** IPv6 text → 128-bit BigInt, or undefined. Embedded IPv4 tails (`::ffff:1.2.3.4`) are accepted. */
export function parseIpv6(ip: string): bigint | undefined {
  const zone = ip.indexOf('%');
  const text = zone >= 0 ? ip.slice(0, zone) : ip;
  if (isIP(text) !== 6) return undefined;
  let head = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) >= 0) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 < 0) return undefined;
    tail = [v4 >>> 16, v4 & 0xffff];
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const double = head.indexOf('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  let groups: number[];
  const want = 8 - tail.length;
  if (double >= 0) {
    const left = parse(head.slice(0, double));
    const right = parse(head.slice(double + 2));
    groups = [...left, ...new Array<number>(want - left.length - right.length).fill(0), ...right];
  } else groups = parse(head);
  groups = [...groups, ...tail];
  if (groups.length !== 8 || groups.some((g) => !(g >= 0 && g <= 0xffff))) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** A parsed CIDR: family, network address and prefix length. */
export type Cidr = { family: 4; network: number; prefix: number } | { family: 6; network: bigint; prefix: number };

/** Parses `a.b.c.d/n`, `v6::/n` or a bare address (host route); undefined when malformed. Host bits are cleared. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = (slash >= 0 ? text.slice(0, slash) : text).trim();
  const bitsText = slash >= 0 ? text.slice(slash + 1).trim() : undefined;
  if (bitsText !== undefined && !/^\d{1,3}$/.test(bitsText)) return undefined;
  const v4 = parseIpv4(address);
  if (v4 >= 0) {
    const prefix = bitsText === undefined ? 32 : Number(bitsText);
    if (prefix > 32) return undefined;
    return { family: 4, network: prefix === 0 ? 0 : (v4 & (0xffffffff << (32 - prefix))) >>> 0, prefix };
  }
  const v6 = parseIpv6(address);
  if (v6 === undefined) return undefined;
  const prefix = bitsText === undefined ? 128 : Number(bitsText);
  if (prefix > 128) return undefined;
  return { family: 6, network: maskV6(v6, prefix), prefix };
}

const ALL128 = (1n << 128n) - 1n;
function maskV6(value: bigint, prefix: number): bigint {
  return prefix === 0 ? 0n : value & (ALL128 ^ ((1n << BigInt(128 - prefix)) - 1n));
}

/**
 * A longest-prefix-match table: one Map per prefix length in use, probed from the most specific length.
 * Every entry on a matching CIDR is returned, so callers can rank ties (e.g. newest import first).
 */
export class CidrTable<T> {
  private readonly v4 = new Map<number, Map<number, T[]>>();
  private readonly v6 = new Map<number, Map<bigint, T[]>>();
  private v4Prefixes: number[] = [];
  private v4Masks: number[] = [];
  private v6Prefixes: number[] = [];
  size = 0;

  /** Adds a value on a CIDR; returns false when the CIDR is malformed. */
  add(cidr: string | Cidr, value: T): boolean {
    const parsed = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
    if (!parsed) return false;
    if (parsed.family === 4) {
      let byNet = this.v4.get(parsed.prefix);
      if (!byNet) this.v4.set(parsed.prefix, (byNet = new Map()));
      const list = byNet.get(parsed.network);
      if (list) list.push(value);
      else byNet.set(parsed.network, [value]);
      this.v4Prefixes = [...this.v4.keys()].sort((a, b) => b - a);
      this.v4Masks = this.v4Prefixes.map((p) => (p === 0 ? 0 : (0xffffffff << (32 - p)) >>> 0));
    } else {
      let byNet = this.v6.get(parsed.prefix);
      if (!byNet) this.v6.set(parsed.prefix, (byNet = new Map()));
      const list = byNet.get(parsed.network);
      if (list) list.push(value);
      else byNet.set(parsed.network, [value]);
      this.v6Prefixes = [...this.v6.keys()].sort((a, b) => b - a);
    }
    this.size++;
    return true;
  }

  /** The values on the most specific CIDR containing the IPv4 address (as a number), or undefined. */
  matchV4(ip: number): readonly T[] | undefined {
    const prefixes = this.v4Prefixes;
    for (let i = 0; i < prefixes.length; i++) {
      const hit = this.v4.get(prefixes[i]!)!.get((ip & this.v4Masks[i]!) >>> 0);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Values on every CIDR containing the IPv4 address, most specific first. */
  allV4(ip: number): T[] {
    const out: T[] = [];
    const prefixes = this.v4Prefixes;
    for (let i = 0; i < prefixes.length; i++) {
      const hit = this.v4.get(prefixes[i]!)!.get((ip & this.v4Masks[i]!) >>> 0);
      if (hit) out.push(...hit);
    }
    return out;
  }

  /** Values on every CIDR containing the IPv6 address, most specific first. */
  allV6(ip: bigint): T[] {
    const out: T[] = [];
    for (const prefix of this.v6Prefixes) {
      const hit = this.v6.get(prefix)!.get(maskV6(ip, prefix));
      if (hit) out.push(...hit);
    }
    return out;
  }

  /** The values on the most specific CIDR containing the IPv6 address, or undefined. */
  matchV6(ip: bigint): readonly T[] | undefined {
    for (const prefix of this.v6Prefixes) {
      const hit = this.v6.get(prefix)!.get(maskV6(ip, prefix));
      if (hit) return hit;
    }
    return undefined;
  }
}
