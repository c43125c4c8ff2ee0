import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { enrollmentFinder, hostsOf, sinceText } from '../host-events.js';
import { executableName } from '../software-match.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';

const Options = z.object({
  /** [D] §F-08: "within 72h of first interactive logon"; enrollment is the closest fact the data has. */
  windowHours: z.number().positive().default(72),
  /** [D] §F-08: "≥2 of {dxdiag, systeminfo, wmic}"; an IP-geolocation lookup counts as one more. */
  minSignals: z.number().int().min(1).default(2),
  /** A host whose first event comes this long after logging began is new; one there from the start is not. */
  firstEventGraceHours: z.number().nonnegative().default(24),
  /** Services that answer "what is my IP / where am I", looked for in command lines. */
  geoServices: z
    .array(z.string().min(3))
    .default(['ipinfo.io', 'ip-api.com', 'ipapi.co', 'ifconfig.me', 'ifconfig.co', 'icanhazip.com', 'ipify.org', 'checkip.amazonaws.com', 'ipwho.is', 'ipgeolocation.io', 'ip.sb', 'wtfismyip.com', 'ident.me', 'geoplugin.net', 'myip.com', 'whatismyipaddress.com']),
});

const RECON = ['dxdiag', 'systeminfo', 'wmic'] as const;
const RECON_IN_LINE = /(?:^|[\s"'\\/&|;(])(dxdiag|systeminfo|wmic)(?:\.exe)?(?=$|[\s"'&|;)])/i;

/** What an event shows: a recon command, or a lookup of the machine's public address and location. */
function signalOf(e: Event, geo: readonly string[]): { signal: string; value: string } | undefined {
  const p = e.process;
  if (!p) return undefined;
  const exe = executableName(p.executable ?? p.name ?? '');
  const line = p.command_line ?? '';
  const recon = (RECON as readonly string[]).includes(exe) ? exe : line.match(RECON_IN_LINE)?.[1]?.toLowerCase();
  if (recon) return { signal: recon, value: line || p.executable || exe };
  const lower = line.toLowerCase();
  const service = geo.find((g) => lower.includes(g.toLowerCase()));
  return service ? { signal: `IP-geolocation lookup (${service})`, value: line } : undefined;
}

/** F-08: system and location reconnaissance in a new laptop's first days. */
export default defineRule({
  id: 'endpoint.day-one-recon',
  indicator: 'F-08',
  title: 'Host reconnaissance in a new laptop\'s first days',
  description:
    'Within days of the laptop\'s enrollment, someone ran several of dxdiag, systeminfo and wmic, or looked up the machine\'s ' +
    'public IP and location. Every hire in the Ballena Azul honeypot did this on day one: inventorying the hardware and checking ' +
    'which country the connection appears to come from, before setting up remote access.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result', 'mdm.devices'],
  citations: [cite('F-08', 'S20')],
  falsePositives: [
    'IT provisioning and inventory scripts that run systeminfo or wmic at enrollment (look at the command lines and times).',
    'Applications that query hardware through wmic in the background (wmic is deprecated and off by default on recent Windows 11).',
    'A support call in the first week where the helpdesk asks for system information.',
  ],
  runbook:
    'Read the command lines in order: a person at the keyboard runs them minutes apart, a script in one burst under a service ' +
    'account. Then look at what followed on the same host (remote-access tools, VPN clients, an IP-KVM) and at the sign-ins\' countries.',
  clears:
    'The commands come from IT\'s provisioning or an inventory agent (confirm with IT; suppress this rule for the subject, or for ' +
    'everyone with a suppressions.findings entry naming the rule, with a reason), or from a documented helpdesk session.',
  options: Options,
  evaluate(ctx, o) {
    const enrollmentOf = enrollmentFinder(ctx, o.firstEventGraceHours);
    const findings: FindingDraft[] = [];
    for (const host of hostsOf(ctx)) {
      const enrolled = enrollmentOf(host);
      if (!enrolled) continue;
      const end = enrolled.at + o.windowHours * 3_600_000;
      const firsts = new Map<string, { event: Event; value: string }>();
      for (const event of host.events) {
        const at = eventTime(event);
        // Host events are in time order.
        if (at > end) break;
        if (at < enrolled.at) continue;
        const s = signalOf(event, o.geoServices);
        if (s && !firsts.has(s.signal)) firsts.set(s.signal, { event, value: s.value });
      }
      if (firsts.size < o.minSignals) continue;
      const signals = [...firsts.keys()];
      const geo = signals.some((s) => s.startsWith('IP-geolocation'));
      const last = Math.max(...[...firsts.values()].map((x) => eventTime(x.event)));
      const from = Math.min(...[...firsts.values()].map((x) => eventTime(x.event)));
      findings.push({
        subject: host.subject,
        // The honeypot's pattern is all three plus a location check: each further signal is less likely a script.
        confidence: Math.min(0.75, 0.45 + 0.1 * (signals.length - 2) + (geo ? 0.1 : 0)),
        summary: `${signals.length} reconnaissance signals on ${host.name} by ${sinceText(last, enrolled)}: ${signals.join(', ')}`,
        evidence: [...firsts].map(([signal, x]) => eventEvidence(x.event, { host: host.name, signal, command_line: x.value, since: enrolled.basis })),
        facets: { from, to: last, new_hire: isNewHireAt(ctx.subject(host.subject)!, from, ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
