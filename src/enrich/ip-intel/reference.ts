import { Reader, type Response } from 'mmdb-lib';
import type { DataSourceInfo } from '../define-enricher.js';
import type { IpClass } from '../enrichments.js';
import { CidrTable, parseCidr } from '../ip-ranges.js';
import { Ipv4AsnTable, Ipv6AsnTable } from './asn-table.js';
import { parseCsvRecords } from './csv.js';

/**
 * Pure builders for the IP reference data: they take bytes and text that the edge (src/store/reference)
 * has already read and build in-memory lookup structures. Nothing here touches the file system.
 */

export const IP_CLASSES: readonly IpClass[] = [
  'residential', 'mobile', 'hosting', 'vpn', 'proxy', 'tor', 'satellite', 'relay', 'corporate', 'private', 'dprk', 'unknown',
];
const CLASS_SET: ReadonlySet<string> = new Set(IP_CLASSES);

/** One curated row (data/ip-asn-classes.csv or data/ip-ranges.csv), with its basis text precomputed. */
export interface CuratedClass {
  class: IpClass;
  provider?: string;
  source_id: string;
  note?: string;
  /** e.g. `data/ip-asn-classes.csv: AS14593 → satellite (Starlink)`. */
  basis: string;
}

export interface IpReference {
  /** Country of an already-validated address (IPv4 or IPv6 text), from the geo-whois-asn-country MMDB. */
  country?: (ip: string) => string | undefined;
  asnV4?: Ipv4AsnTable;
  asnV6?: Ipv6AsnTable;
  /** Curated classes by ASN. */
  asnClasses: ReadonlyMap<number, CuratedClass>;
  /** Curated classes by CIDR (longest prefix wins). */
  ranges: CidrTable<CuratedClass>;
  /** The datasets actually loaded, with licences and dates. */
  dataSources: readonly DataSourceInfo[];
  /** Curated rows that were rejected, and data files that were missing (`file:line: problem`). */
  issues: readonly string[];
}

export interface IpReferenceInput {
  /** geo-whois-asn-country.mmdb (IPv4 + IPv6). */
  countryMmdb?: Buffer;
  /** asn-ipv4-num.csv text. */
  asnV4Csv?: string;
  /** asn-ipv6-num.csv text. */
  asnV6Csv?: string;
  asnClassesCsv?: string;
  rangesCsv?: string;
  dataSources?: readonly DataSourceInfo[];
  issues?: readonly string[];
}

export const ASN_CLASSES_FILE = 'data/ip-asn-classes.csv';
export const RANGES_FILE = 'data/ip-ranges.csv';

function curated(record: Record<string, string>, key: string, file: string, line: number, issues: string[]): CuratedClass | undefined {
  const cls = record.class ?? '';
  const sourceId = record.source_id ?? '';
  if (!CLASS_SET.has(cls)) {
    issues.push(`${file}:${line}: unknown class "${cls}"`);
    return undefined;
  }
  if (!sourceId) {
    issues.push(`${file}:${line}: missing source_id`);
    return undefined;
  }
  const provider = record.provider || undefined;
  return {
    class: cls as IpClass,
    ...(provider ? { provider } : {}),
    source_id: sourceId,
    ...(record.note ? { note: record.note } : {}),
    basis: `${file}: ${key} → ${cls}${provider ? ` (${provider})` : ''}`,
  };
}

/** Parses data/ip-asn-classes.csv (`asn,class,provider,source_id,note`). */
export function parseAsnClasses(text: string, file = ASN_CLASSES_FILE): { rows: Map<number, CuratedClass>; issues: string[] } {
  const rows = new Map<number, CuratedClass>();
  const issues: string[] = [];
  for (const { line, record } of parseCsvRecords(text)) {
    const asn = Number((record.asn ?? '').replace(/^AS/i, ''));
    if (!Number.isInteger(asn) || asn <= 0 || asn > 0xffffffff) {
      issues.push(`${file}:${line}: invalid ASN "${record.asn}"`);
      continue;
    }
    if (rows.has(asn)) {
      issues.push(`${file}:${line}: duplicate AS${asn}`);
      continue;
    }
    const row = curated(record, `AS${asn}`, file, line, issues);
    if (row) rows.set(asn, row);
  }
  return { rows, issues };
}

/** Parses data/ip-ranges.csv (`cidr,class,provider,source_id,note`). */
export function parseRanges(text: string, file = RANGES_FILE): { rows: { cidr: string; row: CuratedClass }[]; issues: string[] } {
  const rows: { cidr: string; row: CuratedClass }[] = [];
  const issues: string[] = [];
  for (const { line, record } of parseCsvRecords(text)) {
    const cidr = record.cidr ?? '';
    if (!cidr.includes('/') || !parseCidr(cidr)) {
      issues.push(`${file}:${line}: invalid CIDR "${cidr}"`);
      continue;
    }
    const row = curated(record, cidr, file, line, issues);
    if (row) rows.push({ cidr, row });
  }
  return { rows, issues };
}

/** Builds the lookup structures. Every part is optional: missing data leaves that lookup out. */
export function buildIpReference(input: IpReferenceInput): IpReference {
  const issues = [...(input.issues ?? [])];
  let country: IpReference['country'];
  if (input.countryMmdb) {
    const reader = new Reader<Response>(input.countryMmdb);
    country = (ip) => {
      const hit = reader.get(ip) as { country_code?: string } | null;
      return hit?.country_code || undefined;
    };
  }
  const asnClasses = input.asnClassesCsv ? parseAsnClasses(input.asnClassesCsv) : { rows: new Map<number, CuratedClass>(), issues: [] };
  const ranges = new CidrTable<CuratedClass>();
  if (input.rangesCsv) {
    const parsed = parseRanges(input.rangesCsv);
    for (const { cidr, row } of parsed.rows) ranges.add(cidr, row);
    issues.push(...parsed.issues);
  }
  issues.push(...asnClasses.issues);
  return {
    ...(country ? { country } : {}),
    ...(input.asnV4Csv ? { asnV4: Ipv4AsnTable.fromNumericCsv(input.asnV4Csv) } : {}),
    ...(input.asnV6Csv ? { asnV6: Ipv6AsnTable.fromNumericCsv(input.asnV6Csv) } : {}),
    asnClasses: asnClasses.rows,
    ranges,
    dataSources: input.dataSources ?? [],
    issues,
  };
}
