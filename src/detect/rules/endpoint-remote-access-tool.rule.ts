import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostsOf, isoDay, sinceText } from '../host-events.js';
import {
  fleetStandardNote,
  fleetStandardTools,
  sanctionedSpellings,
  toolSightings,
  unknownSanctionedNames,
  type RemoteAccessTool,
  type ToolSighting,
} from '../remote-access-catalog.js';
import { eventEvidence, isNewHireAt, startOf } from '../subject-facts.js';

const Options = z.object({
  /** A tool the DPRK reporting names (AnyDesk, Chrome Remote Desktop…): alone, a lead worth a look, not proof. */
  confidenceReported: z.number().min(0).max(1).default(0.45),
  /** Any other remote-access product: as able, but admins and helpdesks use these more often. */
  confidenceOther: z.number().min(0).max(1).default(0.35),
  /** A running process shows the tool in use, not just installed (by an image, a previous owner). */
  ranBonus: z.number().min(0).max(1).default(0.1),
  /** [D] §F-01: "weight ×2 if the account is <30 days old" (the window is policy.newHireDays). */
  newHireFactor: z.number().min(1).default(2),
  /**
   * A tool on at least this share of the inventoried hosts is the fleet's standard (IT installed it)
   * and is noted, not flagged: a laptop farm's tools sit on a handful of laptops, not on half the company.
   */
  fleetShare: z.number().gt(0).max(1).default(0.5),
  /** Below this many inventoried hosts there is no fleet to speak of, and every tool is judged alone. */
  minFleetHosts: z.number().int().min(2).default(5),
});

interface PerTool {
  tool: RemoteAccessTool;
  sightings: { host: string; s: ToolSighting }[];
}

/** F-01: a remote-access product the organization does not sanction, on a company computer. */
export default defineRule({
  id: 'endpoint.remote-access-tool',
  indicator: 'F-01',
  title: 'Unsanctioned remote-access software on a company computer',
  description:
    'A remote desktop or RMM product (AnyDesk, TeamViewer, Chrome Remote Desktop, RustDesk, GoTo/LogMeIn…) is installed ' +
    'or running on the person\'s computer and is not one the organization sanctions. Facilitators install such tools so ' +
    'that a worker abroad can drive a laptop that sits in a laptop farm; most weight in the first weeks after hire.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-01', 'S5'), cite('F-01', 'S12'), cite('F-01', 'S3')],
  falsePositives: [
    'IT and helpdesk staff who use several remote tools (list the sanctioned ones in suppressions.sanctioned_remote_tools).',
    'A tool the company image or an MSP installs everywhere (noted as the fleet standard instead of flagged).',
    'An employee who supports relatives or reaches a home computer with a personal remote tool.',
  ],
  runbook:
    'Open the evidence: which host, which executable or package, first and last sighting. Ask IT whether they installed it. ' +
    'On a new hire\'s laptop, look for a second tool (F-02), an IP-KVM (F-04) and sign-ins from a VPN or another country; ' +
    'collect the tool\'s connection logs (peer IDs, source IPs) before uninstalling it.',
  clears:
    'IT sanctions the tool (add it to suppressions.sanctioned_remote_tools; the finding stays visible as suppressed) or ' +
    'confirms they installed it for this person; or the person shows a legitimate use that the manager approves ' +
    '(record a suppressions.findings entry for this rule and subject, with an expiry).',
  options: Options,
  evaluate(ctx, o) {
    const sanctioned = sanctionedSpellings(ctx.policy.sanctionedRemoteTools);
    for (const name of unknownSanctionedNames(ctx.policy.sanctionedRemoteTools)) {
      ctx.note(`sanctioned remote tool "${name}" is not in molehunt's remote-access catalog, so it matches nothing: use a product name or alias from src/detect/remote-access-tools.ts.`);
    }
    const hosts = hostsOf(ctx);
    const standard = fleetStandardTools(hosts, o.fleetShare, o.minFleetHosts);
    for (const s of standard) ctx.note(fleetStandardNote(s, 'endpoint.remote-access-tool'));
    const skip = new Set(standard.map((s) => s.tool));
    const bySubject = new Map<string, Map<RemoteAccessTool, PerTool>>();
    for (const host of hosts) {
      for (const s of toolSightings(host)) {
        if (skip.has(s.tool)) continue;
        const tools = bySubject.get(host.subject) ?? new Map<RemoteAccessTool, PerTool>();
        bySubject.set(host.subject, tools);
        const entry = tools.get(s.tool) ?? { tool: s.tool, sightings: [] };
        entry.sightings.push({ host: host.name, s });
        tools.set(s.tool, entry);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [subjectId, tools] of bySubject) {
      const subject = ctx.subject(subjectId)!;
      const start = startOf(subject);
      for (const { tool, sightings } of tools.values()) {
        const first = Math.min(...sightings.map((x) => x.s.first));
        const last = Math.max(...sightings.map((x) => x.s.last));
        const ran = sightings.some((x) => x.s.ran);
        const newHire = isNewHireAt(subject, first, ctx.policy.newHireDays);
        const base = (tool.reported.length > 0 ? o.confidenceReported : o.confidenceOther) + (ran ? o.ranBonus : 0);
        // Capped below 1: presence of a tool is never proof of who uses it.
        const confidence = Math.min(0.95, base * (newHire ? o.newHireFactor : 1));
        const label = sanctioned.get(tool) ?? tool.name;
        const where = [...new Set(sightings.map((x) => x.host))].join(', ');
        const when = start !== undefined ? ` (${sinceText(first, { at: start, basis: 'start date' })})` : '';
        const reported = tool.reported.length > 0 ? ' (named in DPRK IT-worker reporting)' : '';
        findings.push({
          subject: subjectId,
          confidence,
          ...(newHire ? { severity: 'high' as const } : {}),
          summary: `${label}${reported} ${ran ? 'ran' : 'is installed'} on ${where}; first seen ${isoDay(first)}${when}, last ${isoDay(last)}`,
          evidence: sightings.flatMap((x) =>
            x.s.events.slice(0, 5).map(({ event, match }) => eventEvidence(event, { tool: label, host: x.host, matched: match.via, value: match.value })),
          ),
          facets: { tools: [label], from: first, to: last, new_hire: newHire },
        });
      }
    }
    return findings;
  },
});
