import { Reader } from 'mmdb-lib';

/** What an imported MaxMind-format database says about an address. */
export interface MmdbAnswer {
  country?: string;
  asn?: number;
  as_org?: string;
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Reads a record of the common MMDB layouts: MaxMind GeoIP2/GeoLite2 Country/City (`country.iso_code`)
 * and ASN (`autonomous_system_number`, `autonomous_system_organization`), and IPinfo (`country` or
 * `country_code`, `asn` as "AS123", `as_name`).
 */
export function readMmdbRecord(record: unknown): MmdbAnswer {
  if (!record || typeof record !== 'object') return {};
  const r = record as Json;
  const out: MmdbAnswer = {};
  const country = str((r.country as Json | undefined)?.iso_code) ?? str(r.country_code) ?? (typeof r.country === 'string' ? r.country : undefined);
  if (country && /^[A-Za-z]{2}$/.test(country)) out.country = country.toUpperCase();
  const asn = typeof r.autonomous_system_number === 'number' ? r.autonomous_system_number : str(r.asn)?.replace(/^AS/i, '');
  if (asn !== undefined && Number.isInteger(Number(asn))) out.asn = Number(asn);
  const org = str(r.autonomous_system_organization) ?? str(r.as_name);
  if (org) out.as_org = org;
  return out;
}

/** Opens an MMDB file's bytes; throws on a file that is not one (callers turn that into a usage error). */
export function openMmdb(buffer: Buffer): { databaseType: string; lookup(ip: string): MmdbAnswer } {
  const reader = new Reader<Json>(buffer);
  return {
    databaseType: reader.metadata.databaseType,
    lookup(ip) {
      try {
        return readMmdbRecord(reader.get(ip));
      } catch {
        return {};
      }
    },
  };
}
