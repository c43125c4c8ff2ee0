import { z } from 'zod';
import type { IpClass } from '../../enrich/enrichments.js';
import { parseIpv6 } from '../../enrich/ip-ranges.js';
import type { Event } from '../../model/event.js';
import type { Evidence } from '../../model/finding.js';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { compareHomes, declaredHomes } from '../declared-homes.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { timeFacets } from '../finding-span.js';
import { enrichmentOfEvent, isDeviceReport, sharedByDesign } from '../observed-ip.js';
import { eventEvidence, eventTime } from '../subject-facts.js';

const DAY = 86_400_000;

const Options = z.object({
  /** Research E-13 [D]: 2 or more company identities behind one home connection. */
  minIdentities: z.number().int().min(2).default(2),
  /**
   * Days on which the identities share the address within one window. Persistence is what separates a
   * farm (every working day) from a visit, a party or a one-off hotspot; 3 of 7 days is half a working week.
   */
  minDays: z.number().int().min(1).default(3),
  /** Research E-13 [D]: per 7 days. */
  windowDays: z.number().int().min(1).default(7),
  /** More identities than this on one address is an office, campus or provider hub, left to hub analysis. */
  maxIdentities: z.number().int().min(2).default(20),
  /** Network classes that are someone's home line. `unknown` is kept because most ISPs are not curated. */
  classes: z.array(z.enum(['residential', 'unknown'])).default(['residential', 'unknown']),
});
type Options = z.infer<typeof Options>;

interface Seen {
  subject: string;
  at: number;
  /** The sign-in, or the company device's check-in. */
  from: SignIn | Event;
}

/** Evidence is built only for the sightings a finding shows. */
function evidenceOf(seen: Seen): Evidence {
  const from = seen.from;
  if (!('@timestamp' in from)) return signInEvidence(from);
  return eventEvidence(from, { ip: from.source?.ip ?? null, serial: from.device?.serial_number ?? null });
}
const isLaptop = (seen: Seen) => '@timestamp' in seen.from;

/**
 * The connection an address belongs to: the address itself for IPv4 (one home, one NAT address), the
 * /64 for IPv6, where every device of one home network picks its own address inside the same /64.
 */
function lineOf(ip: string): string {
  if (!ip.includes(':')) return ip;
  const v6 = parseIpv6(ip);
  if (v6 === undefined) return ip;
  const hextets = (v6 >> 64n).toString(16).padStart(16, '0').match(/.{4}/g)!;
  return `${hextets.map((h) => h.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Every subject seen on each home-class public address: successful sign-ins and company-device check-ins. */
function sightingsByIp(ctx: RuleContext, classes: ReadonlySet<IpClass>): Map<string, { seen: Seen[]; provider?: string; cls: IpClass }> {
  const byIp = new Map<string, { seen: Seen[]; provider?: string; cls: IpClass }>();
  const add = (address: string, e: ReturnType<RuleContext['enrichment']>, seen: Seen) => {
    const cls = e.ip_intel?.class ?? 'unknown';
    if (sharedByDesign(e) || !classes.has(cls)) return;
    const ip = lineOf(address);
    let entry = byIp.get(ip);
    if (!entry) {
      const provider = e.ip_intel?.provider ?? e.ip_intel?.as_org;
      byIp.set(ip, (entry = { seen: [], cls, ...(provider ? { provider } : {}) }));
    }
    entry.seen.push(seen);
  };
  for (const s of ctx.signIns) {
    const subject = ctx.subjectOf(s);
    if (subject && s.ip && succeeded(s)) add(s.ip, ctx.enrichment(s), { subject, at: s.at, from: s });
  }
  for (const [subject, events] of ctx.eventsBySubject) {
    for (const e of events) {
      if (!isDeviceReport(e)) continue;
      add(e.source!.ip!, enrichmentOfEvent(ctx, e), { subject, at: eventTime(e), from: e });
    }
  }
  return byIp;
}

/** The window of `windowDays` with the most days on which ≥ minIdentities subjects shared the address. */
function densestSharedDays(seen: readonly Seen[], o: Options): { days: number[]; subjects: Set<string> } {
  const perDay = new Map<number, Set<string>>();
  for (const s of seen) {
    const day = Math.floor(s.at / DAY);
    const set = perDay.get(day) ?? new Set<string>();
    set.add(s.subject);
    perDay.set(day, set);
  }
  const shared = [...perDay].filter(([, who]) => who.size >= o.minIdentities).map(([d]) => d).sort((a, b) => a - b);
  let best: number[] = [];
  for (let start = 0, end = 0; end < shared.length; end++) {
    while (shared[end]! - shared[start]! >= o.windowDays) start++;
    if (end - start + 1 > best.length) best = shared.slice(start, end + 1);
  }
  return { days: best, subjects: new Set(best.flatMap((d) => [...perDay.get(d)!])) };
}

/** E-13: several company identities behind one home connection, day after day. */
export default defineRule({
  id: 'signin.residential-ip-identities',
  indicator: 'E-13',
  title: 'Several company identities on one home connection, persistently',
  description:
    'Two or more employees\' sign-ins or company laptops\' check-ins come from the same residential (or uncurated) ' +
    'public address on several days of a week: the network signature of a laptop farm, where one facilitator hosts ' +
    'many employers\' laptops behind one home line (FBI 2024 PSA; DOJ cases). Unlike E-04 (any shared address, once, ' +
    'within 7 days, sign-ins only), this needs the sharing to persist (default 3 days in 7), counts MDM/osquery device ' +
    'check-ins (the laptops themselves), and ignores hosting, VPN, mobile and satellite networks where sharing is normal.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login', 'mdm.devices', 'osquery.result'],
  citations: [cite('E-13', 'S3'), cite('E-13', 'S21')],
  falsePositives: [
    'Households and flatmates: employees who live together (declare the household).',
    'Carrier-grade NAT on mobile or fixed-wireless ISPs not curated as mobile (class unknown), where neighbours share an address.',
    'A small office, coworking space or shared building line not yet listed in corporate_egress_cidrs.',
  ],
  runbook:
    'List the identities with their hire dates, claimed homes and shipping addresses (D-03). Laptops of people who claim ' +
    'different cities checking in from one home line is a laptop farm: check the laptops for IP-KVMs and remote-access ' +
    'tools, and contact security before touching the accounts. An office or coworking line: add it to corporate_egress_cidrs.',
  clears:
    'The identities live together (declare them in suppressions.households), or the address is an office, coworking ' +
    'space or ISP NAT pool (add it to corporate_egress_cidrs or suppress the finding with the reason).',
  options: Options,
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    const homes = declaredHomes(ctx);
    for (const [ip, { seen, provider, cls }] of sightingsByIp(ctx, new Set(o.classes))) {
      const everyone = new Set(seen.map((s) => s.subject));
      if (everyone.size < o.minIdentities) continue;
      if (everyone.size > o.maxIdentities) {
        ctx.note(`${ip} carried ${everyone.size} people's sign-ins or laptops and was treated as a hub, not a home; list it in corporate_egress_cidrs or raise rules.signin.residential-ip-identities.maxIdentities.`);
        continue;
      }
      const { days, subjects } = densestSharedDays(seen, o);
      if (days.length < o.minDays) continue;
      const inWindow = seen.filter((s) => subjects.has(s.subject) && days.includes(Math.floor(s.at / DAY))).sort((a, b) => a.at - b.at);
      // In order of first appearance, so every member's finding lists the group the same way.
      const people = [...new Set(inWindow.map((s) => s.subject))];
      const laptops = new Set(inWindow.filter(isLaptop).map((s) => s.subject)).size;
      const home = compareHomes(homes, people);
      // 0.6 at the threshold; more identities, more days, people who claim different homes and their laptops
      // physically on the line each make a household or a visit less likely.
      const confidence = home.household
        ? 0.2
        : Math.min(0.9, 0.6 + 0.1 * (people.length - 2) + (days.length >= 2 * o.minDays ? 0.05 : 0) + (home.distinct >= 2 ? 0.1 : 0) + (laptops >= 2 ? 0.1 : 0));
      const names = people.map((p) => ctx.subject(p)?.display_name ?? p);
      const context = home.household ? '; all declare the same home address (a household?)' : home.distinct >= 2 ? `; they declare ${home.distinct} different homes (${home.labels.join(' / ')})` : '';
      const evidence = people.map((p) => inWindow.find((s) => s.subject === p)!).map((s) => {
        const shown = evidenceOf(s);
        return { ...shown, values: { ...shown.values, declared_home: homes.get(s.subject)?.display ?? null, shared_days: days.length } };
      });
      for (const subject of people) {
        findings.push({
          subject,
          confidence,
          ...(home.household ? { severity: 'low' as const } : {}),
          summary:
            `Address ${ip} (${cls === 'unknown' ? 'network class not curated' : cls}${provider ? `, ${provider}` : ''}) carried ${people.length} people on ${days.length} days within ${o.windowDays}: ` +
            `${names.join(', ')}${laptops > 0 ? `; ${laptops} of their laptops checked in from it` : ''}${context}`,
          evidence,
          related: people,
          facets: timeFacets(ctx.subject(subject)!, inWindow.filter((s) => s.subject === subject).map((s) => s.at), ctx.policy.newHireDays),
        });
      }
    }
    return findings;
  },
});
