/** What the ip.scope enricher knows about an address. */
export interface IpScope {
  /** `documentation` ranges (RFC 5737/3849) are treated like public addresses, so synthetic data behaves like real data. */
  scope: 'public' | 'documentation' | 'private' | 'loopback' | 'link-local' | 'cgnat' | 'multicast' | 'reserved';
  /** True when the address is inside a configured corporate egress range or a corporate named network. */
  corporate: boolean;
  /** True when different people routinely share the address for innocent reasons (NAT, CGNAT, corporate egress). */
  shared_by_design: boolean;
}

/**
 * Every enrichment, keyed by the namespace its enricher writes. Each enricher owns exactly one key;
 * rules read these typed values and never re-derive them.
 */
/** What the user-agent enricher reads from an agent string. */
export interface UserAgentIntel {
  browser?: string;
  browser_version?: string;
  os?: string;
  os_version?: string;
  /** desktop unless the agent names a mobile, tablet, console, smart TV, wearable or embedded device. */
  device_type: string;
  device?: string;
}

export interface Enrichments {
  ip_scope: IpScope;
  user_agent: UserAgentIntel;
  ip_intel: IpIntel;
}

/** Network classes the ip.intel enricher assigns (see docs/enrichment.md, "IP intelligence"). */
export type IpClass =
  | 'residential' | 'mobile' | 'hosting' | 'vpn' | 'proxy' | 'tor' | 'satellite' | 'relay' | 'corporate' | 'private' | 'dprk' | 'unknown';

/** What the ip.intel enricher knows about an address: where it is registered, whose network, and what kind. */
export interface IpIntel {
  /** ISO 3166-1 alpha-2 country of the address (geofeed > WHOIS > ASN registry data). */
  country?: string;
  asn?: number;
  as_org?: string;
  class: IpClass;
  /** The operator named by the deciding row (e.g. Astrill, Amazon, Starlink). */
  provider?: string;
  /** Which curated row, imported dataset or rule decided the class. */
  basis: string;
}

/** What the phone enricher concludes about one number. */
export interface PhoneIntel {
  raw: string;
  /** E.164 when the number parses. */
  e164?: string;
  valid: boolean;
  /** libphonenumber's type: MOBILE, FIXED_LINE, VOIP, TOLL_FREE…; `FIXED_LINE_OR_MOBILE` where the plan cannot tell (NANP). */
  type?: string;
  /** ISO country the number belongs to. */
  region?: string;
  /** The country the record claims (home address), when known. */
  claimed_country?: string;
  /** False when the number's region differs from the claimed country. */
  region_matches_claim?: boolean;
  /** Why: which check decided. */
  basis: string;
}

/** What the e-mail enricher concludes about one address. */
export interface EmailIntel {
  raw: string;
  /** The matching key: lower case; Gmail dots and +tags removed; googlemail → gmail. */
  normalized: string;
  domain: string;
  disposable: boolean;
  free_provider: boolean;
  role_account: boolean;
  /** IOC list entries that name this address or its domain. */
  ioc: { label: string; dataset: string }[];
  basis: string;
}

/** What the address enricher concludes about one postal address (D-01, D-02, D-03). */
export interface AddressIntel {
  role: string;
  /** The matching key: two spellings of one house give the same key. */
  key: string;
  po_box: boolean;
  /** Mail drop, CMRA or freight forwarder, by pattern or by an imported list. */
  mail_drop: boolean;
  mail_drop_basis?: string;
}

/**
 * Enrichments of identity records, keyed by the namespace their enricher writes. Each holds one
 * entry per identifier of that kind on the record, in the record's order.
 */
export interface IdentityEnrichments {
  /** The time zone the record claims (HR timezone, or its home address), and why. */
  time_zone: { zone?: string; basis: string };
  phones: PhoneIntel[];
  emails: EmailIntel[];
  addresses: AddressIntel[];
}

/**
 * The flat fields enrichers read. A sign-in fact is an observation as it is; other event kinds
 * are reduced to one with `observe` when enrichers need them.
 */
export interface Observation {
  ip?: string;
  /** ECS network.name. */
  network?: string;
  /** Epoch milliseconds. */
  at?: number;
  account?: string;
  country?: string;
  /** ECS user_agent.original. */
  userAgent?: string;
}
