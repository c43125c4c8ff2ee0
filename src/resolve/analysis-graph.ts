import type { Enrichments } from '../enrich/enrichments.js';
import type { Event } from '../model/event.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { SignIn } from '../model/sign-in.js';
import type { GraphOptionsInput } from './graph-options.js';
import type { GraphObservation, Household, Judgement } from './graph-types.js';
import { IdentityGraph } from './identity-graph.js';

/** IP classes whose addresses belong to one home or one person, and so may link two people. */
const LINKABLE_CLASSES: ReadonlySet<string> = new Set(['residential', 'unknown', 'dprk']);

/** What analysis gives the identity graph. */
export interface AnalysisGraphInput {
  identities: readonly IdentityRecord[];
  signIns: readonly SignIn[];
  events?: readonly Event[];
  /** The enrichments of a sign-in: ip_scope and ip_intel decide which egress addresses may link people. */
  enrichment(signIn: SignIn): Partial<Enrichments>;
  judgements?: readonly Judgement[];
  households?: readonly Household[];
  options?: GraphOptionsInput;
}

/**
 * True when a sign-in's address may link its person to others: a successful sign-in from a public
 * address that is not shared by design (corporate egress, CGNAT) and that the IP intelligence calls
 * residential or does not know (not VPN, hosting, proxy, Tor, relay, mobile or satellite carrier NAT).
 */
export function linkableEgress(signIn: SignIn, enrichment: Partial<Enrichments>): boolean {
  if (!signIn.ip || signIn.outcome !== 'success') return false;
  if (enrichment.ip_scope?.shared_by_design !== false) return false;
  return LINKABLE_CLASSES.has(enrichment.ip_intel?.class ?? 'unknown');
}

/** The observations the graph links on: sign-in egress IPs and MFA devices, SSH keys found on hosts. */
export function graphObservations(input: Pick<AnalysisGraphInput, 'signIns' | 'events' | 'enrichment'>): GraphObservation[] {
  const out: GraphObservation[] = [];
  for (const s of input.signIns) {
    if (s.ip) out.push({ record: s.identity, kind: 'ip', value: s.ip, at: s.at, raw_ref: s.raw, eligible: linkableEgress(s, input.enrichment(s)) });
    if (s.mfaDevice) out.push({ record: s.identity, kind: 'mfa_device', value: s.mfaDevice, at: s.at, raw_ref: s.raw });
  }
  for (const e of input.events ?? []) {
    const fingerprint = e.molehunt.ssh_key?.fingerprint;
    if (fingerprint && e.molehunt.identity_id) {
      out.push({ record: e.molehunt.identity_id, kind: 'ssh_key', value: fingerprint, at: Date.parse(e['@timestamp']), raw_ref: e.molehunt.raw_ref });
    }
  }
  return out;
}

/** Builds the identity graph an analysis uses: resolution, links, hubs and networks in one pass. */
export function buildAnalysisGraph(input: AnalysisGraphInput): IdentityGraph {
  const graph = new IdentityGraph(input.options ?? {}, input.households ?? []);
  graph.add({ records: input.identities, observations: graphObservations(input), judgements: input.judgements ?? [] });
  return graph;
}

/** Config households (suppressions.households) as the graph reads them; expired entries are left out. */
export function configHouseholds(households: readonly { subjects: readonly string[]; expires?: string | undefined }[], now: number): Household[] {
  return households.flatMap((h, i) =>
    h.expires && Date.parse(h.expires) + 86_400_000 <= now ? [] : [{ refs: [...h.subjects], source: `suppressions.households[${i}]` }],
  );
}
