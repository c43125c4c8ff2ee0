import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { enrollmentFinder, hostsOf, isChange, patternList, sinceText } from '../host-events.js';
import { fleetStandardTools, remoteAccessToolOf, sanctionedSpellings } from '../remote-access-catalog.js';
import { executableName, softwareMatcher } from '../software-match.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';
import { VPN_CLIENTS } from '../vpn-clients.js';

const Options = z.object({
  /** [D] §D-06: "within 72h of first enrollment". */
  windowHours: z.number().positive().default(72),
  /** A host whose first event comes this long after logging began is new; one there from the start is not. */
  firstEventGraceHours: z.number().nonnegative().default(24),
  /**
   * Further software the organization forbids on its laptops, as case-insensitive regular expressions
   * over package and executable names (e.g. `^tor browser`, `^qbittorrent`). Empty by default.
   */
  unauthorizedSoftware: patternList('^qbittorrent'),
  fleetShare: z.number().gt(0).max(1).default(0.5),
  minFleetHosts: z.number().int().min(2).default(5),
});

const astrill = softwareMatcher(VPN_CLIENTS.filter((v) => v.tier === 'astrill'));

interface Item {
  what: string;
  tool?: string;
  reported: boolean;
  event: Event;
  value: string;
}

/** D-06: remote-access or forbidden software on a laptop within days of its enrollment. */
export default defineRule({
  id: 'shipping.early-remote-access',
  indicator: 'D-06',
  title: 'Remote-access or forbidden software within days of the laptop\'s arrival',
  description:
    'Within three days of the laptop\'s enrollment (or its first appearance), an unsanctioned remote-access tool, the Astrill VPN ' +
    'client or software the organization forbids appeared on it. KnowBe4\'s fake hire started loading malware "the moment" the ' +
    'Mac arrived; facilitators set up remote access as soon as a laptop reaches the farm.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result', 'mdm.devices'],
  citations: [cite('D-06', 'S11')],
  falsePositives: [
    'IT installing its remote-support tool during provisioning (sanction it: then it does not count).',
    'A tool on the company image everywhere (treated as the fleet standard).',
    'Re-enrolling an existing laptop: its old software appears "new" (check the MDM history).',
  ],
  runbook:
    'Order the laptop\'s first days: shipment, enrollment, first sign-in, each install. A remote tool installed before the first ' +
    'working day, or from a country other than the ship-to, points to a farm; pull the EDR timeline and the tool\'s own logs, and ' +
    'check the shipping address (D-01/D-03) and the KVM rules (F-04/F-05).',
  clears:
    'IT installed it (sanction the tool in suppressions.sanctioned_remote_tools, or correct the image), or the laptop was ' +
    're-enrolled rather than new (a suppressions.findings entry for this rule and subject, with the MDM record as the reason).',
  options: Options,
  evaluate(ctx, o) {
    const sanctioned = sanctionedSpellings(ctx.policy.sanctionedRemoteTools);
    const hosts = hostsOf(ctx);
    const standard = new Set(fleetStandardTools(hosts, o.fleetShare, o.minFleetHosts).map((s) => s.tool));
    const forbidden = o.unauthorizedSoftware.map((p) => new RegExp(p, 'i'));
    const enrollmentOf = enrollmentFinder(ctx, o.firstEventGraceHours);
    const itemOf = (event: Event): Omit<Item, 'event'> | undefined => {
      const tool = remoteAccessToolOf(event);
      if (tool) {
        const t = tool.signature;
        return sanctioned.has(t) || standard.has(t) ? undefined : { what: t.name, tool: t.name, reported: t.reported.length > 0, value: tool.value };
      }
      const vpn = astrill(event);
      if (vpn) return { what: vpn.signature.name, reported: true, value: vpn.value };
      if (forbidden.length === 0) return undefined;
      const name = event.package?.name ?? (event.process ? executableName(event.process.executable ?? event.process.name ?? '') : undefined);
      const rule = name ? forbidden.find((r) => r.test(name)) : undefined;
      return rule && name ? { what: `forbidden software ${name}`, reported: false, value: name } : undefined;
    };
    const findings: FindingDraft[] = [];
    for (const host of hosts) {
      const enrolled = enrollmentOf(host);
      if (!enrolled) continue;
      const end = enrolled.at + o.windowHours * 3_600_000;
      const seen = new Set<string>();
      const early: Item[] = [];
      for (const event of host.events) {
        // Host events are in time order: nothing after the window can change what arrived in it.
        const at = eventTime(event);
        if (at > end) break;
        const item = itemOf(event);
        if (!item || seen.has(item.what)) continue;
        seen.add(item.what);
        // Only what first appears in the window: a tool already there before enrollment is not "on arrival",
        // nor, when only the first event dates the host, one its first inventory already listed.
        if (at >= enrolled.at && (!enrolled.firstSeen || isChange(event))) early.push({ ...item, event });
      }
      if (early.length === 0) continue;
      const from = Math.min(...early.map((i) => eventTime(i.event)));
      const to = Math.max(...early.map((i) => eventTime(i.event)));
      findings.push({
        subject: host.subject,
        // Named in reporting weighs more; each further item makes a coincidence less likely.
        confidence: Math.min(0.9, (early.some((i) => i.reported) ? 0.7 : 0.6) + 0.1 * (early.length - 1)),
        summary: `Within ${o.windowHours} h of the ${enrolled.basis} of ${host.name}: ${early.map((i) => `${i.what} (${sinceText(eventTime(i.event), enrolled).replace(/ after the .*/, '')})`).join(', ')}`,
        evidence: early.map((i) => eventEvidence(i.event, { host: host.name, item: i.what, value: i.value, since: enrolled.basis, enrolled: new Date(enrolled.at).toISOString() })),
        facets: { tools: early.flatMap((i) => (i.tool ? [i.tool] : [])), from, to, new_hire: isNewHireAt(ctx.subject(host.subject)!, from, ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
