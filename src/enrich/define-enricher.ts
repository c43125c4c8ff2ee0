import type { IdentityRecord } from '../model/identity-record.js';
import type { Enrichments, IdentityEnrichments, Observation } from './enrichments.js';
import type { IpReference } from './ip-intel/reference.js';

/** A dataset an enricher relies on: what it is, under which licence, and how fresh. */
export interface DataSourceInfo {
  /** Stable id, e.g. `ip-location-db.geo-whois-asn-country`. */
  id: string;
  name: string;
  /** `package`: shipped in an npm package; `curated`: maintained in this repository (data/); `builtin`: code tables. */
  origin: 'package' | 'curated' | 'builtin';
  licence: string;
  /** ISO date of the data (not of the install). */
  date: string;
  /** What the licence asks to be shown where the data is used. */
  attribution?: string;
  url?: string;
}

/** Data the user imported (`molehunt intel import`), loaded by the edge and handed to enrichers. */
export interface ImportedIntel {
  /** CIDR ranges with a class (vpn, hosting, proxy, tor…) and the list they came from. */
  ipRanges: readonly { cidr: string; class: string; provider?: string; dataset: string; date: string }[];
  /** Known reshipper / CMRA / mail-drop address keys. */
  addressKeys: readonly { key: string; label: string; dataset: string; date: string }[];
  /** E-mail addresses and domains on IOC lists. */
  emailIocs: readonly { value: string; label: string; dataset: string; date: string }[];
  /** MaxMind-format databases (GeoIP2/GeoLite2, IPinfo): country and ASN that override shipped data, newest first. */
  mmdb: readonly { dataset: string; date: string; bytes: Buffer }[];
}

/** No imports. */
export const NO_IMPORTS: ImportedIntel = { ipRanges: [], addressKeys: [], emailIocs: [], mmdb: [] };

/** Settings enrichers may read (from the validated config, passed in by the edge). */
export interface EnrichContext {
  /** CIDRs of the organization's own egress (offices, corporate VPN). */
  corporateCidrs: readonly string[];
  /**
   * Network names (ECS `network.name`, e.g. Okta network zones) that are the organization's own
   * networks; `auto` treats every named zone as corporate except block-list zones.
   */
  corporateNetworks: readonly string[] | 'auto';
  /** Data the user imported; it overrides shipped data. */
  imports: ImportedIntel;
  /** Shipped IP reference data (country, ASN, curated classes), loaded lazily by the edge; absent → ip.intel uses only imports and rules. */
  ipReference?: IpReference;
}

/** An enricher: reads declared observation fields, writes only its own enrichment namespace. */
export interface EnricherDefinition<K extends keyof Enrichments = keyof Enrichments> {
  kind: 'observation';
  /** Stable dotted id equal to the file's basename (`ip.scope` ↔ `ip-scope.enricher.ts`). */
  id: string;
  title: string;
  description: string;
  /** The observation fields it reads. */
  reads: readonly (keyof Observation)[];
  /** The enrichment namespace it writes. */
  writes: K;
  /** Where its reference data comes from, with licences and dates (`molehunt intel status`). */
  dataSources: readonly DataSourceInfo[];
  /** Builds the per-run enrich function once (precomputes tables from the context). */
  prepare(ctx: EnrichContext): (observation: Observation) => Enrichments[K] | undefined;
}

/** Declares an observation enricher. Pure: no side effects on import. */
export function defineEnricher<K extends keyof Enrichments>(definition: Omit<EnricherDefinition<K>, 'kind'>): EnricherDefinition<K> {
  return Object.freeze({ ...definition, kind: 'observation' as const });
}

/** An enricher of identity records (phones, e-mails, addresses): writes only its own key. */
export interface IdentityEnricherDefinition<K extends keyof IdentityEnrichments = keyof IdentityEnrichments> {
  kind: 'identity';
  id: string;
  title: string;
  description: string;
  /** The identity record fields it reads. */
  reads: readonly string[];
  writes: K;
  dataSources: readonly DataSourceInfo[];
  prepare(ctx: EnrichContext): (record: IdentityRecord) => IdentityEnrichments[K] | undefined;
}

/** Declares an identity-record enricher. Pure: no side effects on import. */
export function defineIdentityEnricher<K extends keyof IdentityEnrichments>(
  definition: Omit<IdentityEnricherDefinition<K>, 'kind'>,
): IdentityEnricherDefinition<K> {
  return Object.freeze({ ...definition, kind: 'identity' as const });
}

/** Any catalog enricher. */
export type AnyEnricher = EnricherDefinition | IdentityEnricherDefinition;
