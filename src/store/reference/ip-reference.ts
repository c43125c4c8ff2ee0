import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIpReference, type IpReference } from '../../enrich/ip-intel/reference.js';
import { IP_INTEL_SOURCES } from '../../enrich/ip-intel/sources.js';

/**
 * The one place that reads IP reference data from disk: the @ip-location-db packages and the curated CSVs
 * in data/. Loading is lazy (on first call, never at import) and cached for the process.
 */

let cached: IpReference | undefined;

/** The project root: the nearest ancestor of this module holding package.json and data/. */
function projectRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function packageDir(name: string): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

export interface IpReferencePaths {
  countryMmdb?: string;
  asnV4Csv?: string;
  asnV6Csv?: string;
  asnClassesCsv?: string;
  rangesCsv?: string;
}

/** Where the shipped files are (undefined parts are not installed). */
export function ipReferencePaths(): IpReferencePaths {
  const country = packageDir('@ip-location-db/geo-whois-asn-country-mmdb');
  const asn = packageDir('@ip-location-db/asn');
  const root = projectRoot();
  const present = (path: string | undefined): string | undefined => (path && existsSync(path) ? path : undefined);
  return {
    countryMmdb: present(country && join(country, 'geo-whois-asn-country.mmdb')),
    asnV4Csv: present(asn && join(asn, 'asn-ipv4-num.csv')),
    asnV6Csv: present(asn && join(asn, 'asn-ipv6-num.csv')),
    asnClassesCsv: present(root && join(root, 'data', 'ip-asn-classes.csv')),
    rangesCsv: present(root && join(root, 'data', 'ip-ranges.csv')),
  };
}

/** Reads the files named (or the shipped ones) and builds the reference. Missing files are reported in `issues`. */
export function readIpReference(paths: IpReferencePaths = ipReferencePaths()): IpReference {
  const issues: string[] = [];
  const text = (path: string | undefined, what: string): string | undefined => {
    if (!path) {
      issues.push(`${what}: not installed`);
      return undefined;
    }
    return readFileSync(path, 'utf8');
  };
  const countryMmdb = paths.countryMmdb ? readFileSync(paths.countryMmdb) : undefined;
  if (!countryMmdb) issues.push('@ip-location-db/geo-whois-asn-country-mmdb: not installed');
  const asnV4Csv = text(paths.asnV4Csv, '@ip-location-db/asn asn-ipv4-num.csv');
  const asnV6Csv = text(paths.asnV6Csv, '@ip-location-db/asn asn-ipv6-num.csv');
  const loaded = new Set([
    ...(countryMmdb ? ['ip-location-db.geo-whois-asn-country'] : []),
    ...(asnV4Csv || asnV6Csv ? ['ip-location-db.asn'] : []),
    ...(paths.asnClassesCsv ? ['molehunt.ip-asn-classes'] : []),
    ...(paths.rangesCsv ? ['molehunt.ip-ranges'] : []),
  ]);
  return buildIpReference({
    ...(countryMmdb ? { countryMmdb } : {}),
    ...(asnV4Csv ? { asnV4Csv } : {}),
    ...(asnV6Csv ? { asnV6Csv } : {}),
    asnClassesCsv: text(paths.asnClassesCsv, 'data/ip-asn-classes.csv') ?? '',
    rangesCsv: text(paths.rangesCsv, 'data/ip-ranges.csv') ?? '',
    dataSources: IP_INTEL_SOURCES.filter((s) => loaded.has(s.id)),
    issues,
  });
}

/** The shipped IP reference, loaded on first call and cached. */
export function loadIpReference(): IpReference {
  cached ??= readIpReference();
  return cached;
}
