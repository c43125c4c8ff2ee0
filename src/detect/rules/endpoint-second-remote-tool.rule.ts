import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { densestDistinctWindow } from '../event-helpers.js';
import { hostsOf, isoDay } from '../host-events.js';
import { fleetStandardTools, remoteAccessToolOf, sanctionedSpellings, type RemoteAccessTool } from '../remote-access-catalog.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';
import type { Event } from '../../model/event.js';

const Options = z.object({
  /** [D] §F-02: distinct unsanctioned products on one host that make a finding. */
  minTools: z.number().int().min(2).default(2),
  /** [D] §F-02: "within 7 days" — layering happens in the first session, not months apart. */
  windowDays: z.number().positive().default(7),
  /** As in endpoint.remote-access-tool: a tool on this share of the fleet is the de-facto standard, not a second tool. */
  fleetShare: z.number().gt(0).max(1).default(0.5),
  minFleetHosts: z.number().int().min(2).default(5),
});

interface Sighting {
  at: number;
  tool: RemoteAccessTool;
  event: Event;
  value: string;
}

/** F-02: two or more unsanctioned remote-access products on one computer within a week. */
export default defineRule({
  id: 'endpoint.second-remote-tool',
  indicator: 'F-02',
  title: 'Several unsanctioned remote-access products on one computer',
  description:
    'Two or more remote-access products that the organization does not sanction appear on the same computer within a week. ' +
    'Reporting describes layering (AnyDesk plus Chrome Remote Desktop) so that access survives when one tool is removed, ' +
    'and Insikt advises ensuring "no other RMM software is installed" beside the sanctioned one.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-02', 'S14'), cite('F-02', 'S20')],
  falsePositives: [
    'IT administrators and helpdesk staff who use several remote tools: list the sanctioned ones in suppressions.sanctioned_remote_tools (they are not counted).',
    'A test or lab machine where IT evaluates remote-access products.',
    'A laptop reimaged or handed over with a previous owner\'s tools still installed.',
  ],
  runbook:
    'List the tools with install and first-run times and who installed them. Two tools installed by the user in the first ' +
    'weeks is the layering pattern: check for an IP-KVM (F-04), VPN sign-ins and the shipping address; preserve the tools\' ' +
    'connection logs (remote peer IDs and IPs) before removal, and involve security and HR together.',
  clears:
    'IT confirms the tools are sanctioned (list them in suppressions.sanctioned_remote_tools; then they no longer count) or that ' +
    'the host is a lab/test machine (a suppressions.findings entry for this rule and subject with a reason and an expiry).',
  options: Options,
  evaluate(ctx, o) {
    const sanctioned = sanctionedSpellings(ctx.policy.sanctionedRemoteTools);
    const hosts = hostsOf(ctx);
    const standard = new Set(fleetStandardTools(hosts, o.fleetShare, o.minFleetHosts).map((s) => s.tool));
    const findings: FindingDraft[] = [];
    for (const host of hosts) {
      const sightings: Sighting[] = [];
      const notCounted = new Set<string>();
      for (const event of host.events) {
        const match = remoteAccessToolOf(event);
        if (!match) continue;
        const allowed = sanctioned.get(match.signature) ?? (standard.has(match.signature) ? match.signature.name : undefined);
        if (allowed) notCounted.add(allowed);
        else sightings.push({ at: eventTime(event), tool: match.signature, event, value: match.value });
      }
      const firsts = [...densestDistinctWindow(sightings, (s) => s.tool.name, o.windowDays * 86_400_000).values()];
      if (firsts.length < o.minTools) continue;
      const subject = ctx.subject(host.subject)!;
      const from = Math.min(...firsts.map((s) => s.at));
      const to = Math.max(...firsts.map((s) => s.at));
      const newHire = isNewHireAt(subject, from, ctx.policy.newHireDays);
      const names = firsts.map((s) => s.tool.name);
      const beside = notCounted.size > 0 ? `; sanctioned or standard, not counted: ${[...notCounted].join(', ')}` : '';
      findings.push({
        subject: host.subject,
        // Two is the pattern itself; each further tool removes doubt that it is an accident of imaging.
        confidence: Math.min(0.9, 0.6 + 0.1 * (firsts.length - 2)),
        summary: `${firsts.length} unsanctioned remote-access products on ${host.name} within ${o.windowDays} days (${isoDay(from)} to ${isoDay(to)}): ${names.join(', ')}${beside}`,
        evidence: firsts.map((s) => eventEvidence(s.event, { tool: s.tool.name, host: host.name, value: s.value })),
        facets: { tools: names, from, to, new_hire: newHire },
      });
    }
    return findings;
  },
});
