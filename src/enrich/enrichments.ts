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
export interface Enrichments {
  ip_scope: IpScope;
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
}
