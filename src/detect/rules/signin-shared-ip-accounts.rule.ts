import { z } from 'zod';
import { cite } from '../citations.js';
import type { SignIn } from '../../model/sign-in.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { compareHomes, declaredHomes } from '../declared-homes.js';
import { densestDistinctWindow, signInEvidence, succeeded } from '../event-helpers.js';

const Options = z.object({
  /** Distinct people on one public address within the window that make a finding. */
  minAccounts: z.number().int().min(2).default(2),
  windowDays: z.number().positive().default(7),
  /**
   * An address shared by more people than this over the whole data is an office, campus, coworking
   * space or VPN exit nobody declared: it is left to hub analysis instead of flagging everyone on it.
   */
  maxAccounts: z.number().int().min(2).default(20),
});

/**
 * Address classes that many unrelated people share by design: mobile carriers put thousands of
 * subscribers behind one CGNAT address, Starlink likewise, iCloud Private Relay and Tor exits are shared
 * relays. Sharing them says nothing about who operates an account (the VPN case is E-01/E-02's).
 */
const SHARED_CLASSES = new Set(['mobile', 'satellite', 'relay', 'tor']);

function signInsByIp(ctx: RuleContext): Map<string, SignIn[]> {
  const byIp = new Map<string, SignIn[]>();
  for (const event of ctx.signIns) {
    const ip = event.ip;
    if (!ip || !succeeded(event)) continue;
    const enrichment = ctx.enrichment(event);
    if (enrichment.ip_scope?.shared_by_design !== false || SHARED_CLASSES.has(enrichment.ip_intel?.class ?? '')) continue;
    const list = byIp.get(ip) ?? [];
    list.push(event);
    byIp.set(ip, list);
  }
  return byIp;
}

/** E-04: one public IP address used by several people's accounts within days. */
export default defineRule({
  id: 'signin.shared-ip-accounts',
  indicator: 'E-04',
  title: 'One IP address signs in to several people\'s accounts',
  description:
    'Different employees\' accounts sign in from the same public address within a week. The advisory lists ' +
    '"logging into multiple accounts … from one IP address"; for an employer it is the signature of one operator ' +
    'running several identities, or of a laptop farm hosting several company laptops on one connection.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-04', 'S1')],
  falsePositives: [
    'Households and shared flats: two employees who live together (declare them as a household).',
    'Office, coworking or corporate VPN egress not yet listed in corporate_egress_cidrs.',
    'Carrier-grade NAT on mobile and some home ISPs: 100.64.0.0/10 and addresses classed mobile, satellite (Starlink), relay (iCloud Private Relay) or Tor are excluded; a home ISP\'s public CGNAT pool is not known and can still look shared.',
  ],
  runbook:
    'List every account on the address with its HR home address and hire date. Several recent hires, different ' +
    'claimed home cities and no declared household point to a laptop farm: check shipping addresses (D-03) and ' +
    'the devices behind the sign-ins. An office or VPN address: add it to corporate_egress_cidrs.',
  clears:
    'The accounts belong to people who share a home (declare the household in suppressions.households), or the ' +
    'address is an office, coworking space or corporate VPN exit (add it to corporate_egress_cidrs).',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    const homes = declaredHomes(ctx);
    for (const [ip, events] of signInsByIp(ctx)) {
      const everyone = new Set(events.map((e) => ctx.subjectOf(e)).filter((s) => s !== undefined));
      if (everyone.size > o.maxAccounts) {
        ctx.note(
          `${ip} was used by ${everyone.size} people and treated as shared egress (office, campus or VPN), not as evidence; ` +
            'list it in corporate_egress_cidrs, or raise rules.signin.shared-ip-accounts.maxAccounts to examine it.',
        );
        continue;
      }
      if (everyone.size < o.minAccounts) continue;
      const firsts = densestDistinctWindow(events, (e) => ctx.subjectOf(e), o.windowDays * 86_400_000);
      if (firsts.size < o.minAccounts) continue;
      const accounts = [...firsts.values()].map((e) => e.account ?? '?');
      // People who claim to live in different places but share one connection is the farm signature;
      // people who declared the same home address are most likely a household.
      const { household, distinct: distinctHomes, labels } = compareHomes(homes, [...firsts.keys()]);
      const base = 0.45 + 0.1 * (firsts.size - 1);
      // A household fully explains the sharing; the address itself is judged by the shared-address rule (D-03).
      const confidence = household ? 0.2 : Math.min(0.9, base + (distinctHomes >= 2 ? 0.15 : 0));
      const context = household
        ? '; all declare the same home address (a household?)'
        : distinctHomes >= 2
          ? `; they declare ${distinctHomes} different homes (${labels.join(' / ')})`
          : '';
      for (const subject of firsts.keys()) {
        findings.push({
          subject,
          confidence,
          summary: `IP ${ip} signed in ${firsts.size} people's accounts within ${o.windowDays} days: ${accounts.join(', ')}${context}`,
          evidence: [...firsts.entries()].map(([s, e]) => signInEvidence(e, { declared_home: homes.get(s)?.display ?? null })),
          related: [...firsts.keys()],
          facets: { from: Math.min(...[...firsts.values()].map((e) => e.at)), to: Math.max(...[...firsts.values()].map((e) => e.at)) },
        });
      }
    }
    return findings;
  },
});
