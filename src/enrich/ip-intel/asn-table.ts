/**
 * In-memory ASN lookup built from @ip-location-db/asn CSVs (`start,end,asn,org`, inclusive ranges,
 * sorted, non-overlapping). IPv4: parallel typed arrays and a binary search. IPv6: BigInt arrays.
 */
export interface AsnHit {
  asn: number;
  org: string;
}

/** Splits `start,end,asn,org` where org may be quoted (with commas and doubled quotes). */
function fields(line: string): [string, string, number, string] | undefined {
  const a = line.indexOf(',');
  const b = line.indexOf(',', a + 1);
  const c = line.indexOf(',', b + 1);
  if (a < 0 || b < 0 || c < 0) return undefined;
  let org = line.slice(c + 1);
  if (org.endsWith('\r')) org = org.slice(0, -1);
  if (org.startsWith('"') && org.endsWith('"')) org = org.slice(1, -1).replace(/""/g, '"');
  const asn = Number(line.slice(b + 1, c));
  if (!Number.isInteger(asn)) return undefined;
  return [line.slice(0, a), line.slice(a + 1, b), asn, org];
}

export class Ipv4AsnTable {
  private constructor(
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly asns: Uint32Array,
    private readonly orgIndex: Uint32Array,
    private readonly orgs: readonly string[],
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** Builds from `asn-ipv4-num.csv` text (numeric starts and ends). Rows are sorted here if needed. */
  static fromNumericCsv(text: string): Ipv4AsnTable {
    const lines = text.split('\n');
    const starts = new Uint32Array(lines.length);
    const ends = new Uint32Array(lines.length);
    const asns = new Uint32Array(lines.length);
    const orgIndex = new Uint32Array(lines.length);
    const orgs: string[] = [];
    const interned = new Map<string, number>();
    let n = 0;
    let sorted = true;
    for (const line of lines) {
      const f = fields(line);
      if (!f) continue;
      const start = Number(f[0]);
      const end = Number(f[1]);
      if (!(start >= 0 && end >= start && end <= 0xffffffff)) continue;
      if (n > 0 && start <= ends[n - 1]!) sorted = false;
      let org = interned.get(f[3]);
      if (org === undefined) {
        org = orgs.length;
        orgs.push(f[3]);
        interned.set(f[3], org);
      }
      starts[n] = start;
      ends[n] = end;
      asns[n] = f[2];
      orgIndex[n] = org;
      n++;
    }
    if (!sorted) {
      const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => starts[x]! - starts[y]!);
      const pick = (src: Uint32Array): Uint32Array => Uint32Array.from(order, (i) => src[i]!);
      return new Ipv4AsnTable(pick(starts), pick(ends), pick(asns), pick(orgIndex), orgs);
    }
    return new Ipv4AsnTable(starts.slice(0, n), ends.slice(0, n), asns.slice(0, n), orgIndex.slice(0, n), orgs);
  }

  /** Row index containing the address, or -1. */
  indexOf(ip: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= ip) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && ip <= this.ends[hi]! ? hi : -1;
  }

  asnAt(index: number): number {
    return this.asns[index]!;
  }

  orgAt(index: number): string {
    return this.orgs[this.orgIndex[index]!]!;
  }

  lookup(ip: number): AsnHit | undefined {
    const i = this.indexOf(ip);
    return i < 0 ? undefined : { asn: this.asns[i]!, org: this.orgAt(i) };
  }

  /** Every row's [start, end] for an ASN (used by tests and verification). */
  rangesOf(asn: number): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.asns.length; i++) if (this.asns[i] === asn) out.push([this.starts[i]!, this.ends[i]!]);
    return out;
  }
}

export class Ipv6AsnTable {
  private constructor(
    private readonly starts: bigint[],
    private readonly ends: bigint[],
    private readonly rows: readonly AsnHit[],
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** Builds from `asn-ipv6-num.csv` text (decimal 128-bit starts and ends). */
  static fromNumericCsv(text: string): Ipv6AsnTable {
    const rows: { start: bigint; end: bigint; hit: AsnHit }[] = [];
    const interned = new Map<string, AsnHit>();
    for (const line of text.split('\n')) {
      const f = fields(line);
      if (!f || !/^\d+$/.test(f[0]) || !/^\d+$/.test(f[1])) continue;
      const key = `${f[2]}\0${f[3]}`;
      let hit = interned.get(key);
      if (!hit) interned.set(key, (hit = { asn: f[2], org: f[3] }));
      rows.push({ start: BigInt(f[0]), end: BigInt(f[1]), hit });
    }
    rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return new Ipv6AsnTable(rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => r.hit));
  }

  lookup(ip: bigint): AsnHit | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= ip) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && ip <= this.ends[hi]! ? this.rows[hi] : undefined;
  }
}
