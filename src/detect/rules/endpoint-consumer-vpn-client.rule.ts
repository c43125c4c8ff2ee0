import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostsOf, isoDay } from '../host-events.js';
import { softwareMatcher } from '../software-match.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';
import { CORPORATE_VPN, VPN_CLIENTS, type VpnClient } from '../vpn-clients.js';

const Options = z.object({
  /** VPN products the organization provides or permits (names as in the finding, e.g. "Proton VPN"). */
  allowed: z.array(z.string().min(2)).default([]),
});

/**
 * Astrill is named across Mandiant, Secureworks, LevelBlue, Insikt and the honeypot, and is rare among
 * ordinary employees; other consumer VPNs are common for streaming and privacy; circumvention proxies
 * say little about who uses them outside a country that blocks the internet.
 */
const BY_TIER = {
  astrill: { confidence: 0.75, severity: 'high' },
  consumer: { confidence: 0.35, severity: 'low' },
  circumvention: { confidence: 0.3, severity: 'low' },
} as const;

const matchVpn = softwareMatcher(VPN_CLIENTS);

/** F-07: a consumer VPN client (above all Astrill) on a company computer. */
export default defineRule({
  id: 'endpoint.consumer-vpn-client',
  indicator: 'F-07',
  title: 'Consumer VPN client on a company computer',
  description:
    'A commercial VPN client is installed or running on the company computer. Astrill VPN is the provider DPRK IT workers use ' +
    'most (Mandiant, Secureworks, LevelBlue, Insikt): it hides where the sign-ins really come from and gets through the Chinese ' +
    'firewall. Other consumer VPNs and circumvention proxies weigh little alone. Corporate VPN and zero-trust clients never count.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-07', 'S5'), cite('F-07', 'S12'), cite('F-07', 'S19')],
  falsePositives: [
    'Employees who use a personal VPN for streaming, privacy or public Wi-Fi (low severity for anything but Astrill).',
    'Organizations that provide a consumer-brand VPN for business (list it in allowed).',
    'Corporate VPN and zero-trust clients (GlobalProtect, AnyConnect, Zscaler, FortiClient, Tailscale…) are never matched.',
  ],
  runbook:
    'Compare the sign-ins of the same days: VPN or hosting egress (E-01/E-02) and countries that differ from the claimed home. ' +
    'For Astrill, check when it was installed relative to the laptop\'s arrival and whether remote-access tools or an IP-KVM are ' +
    'also present; ask the person why they need it.',
  clears:
    'The organization provides or permits the product (add it to rules.endpoint.consumer-vpn-client.allowed), or the manager ' +
    'accepts a documented personal reason (a suppressions.findings entry for this rule and subject, with an expiry).',
  options: Options,
  evaluate(ctx, o) {
    const allowed = new Set(o.allowed.map((a) => a.toLowerCase()));
    const bySubject = new Map<string, Map<VpnClient, { host: string; event: Event; value: string }[]>>();
    for (const host of hostsOf(ctx)) {
      for (const event of host.events) {
        const m = matchVpn(event);
        if (!m || allowed.has(m.signature.name.toLowerCase()) || CORPORATE_VPN.test(m.value)) continue;
        const clients = bySubject.get(host.subject) ?? new Map<VpnClient, { host: string; event: Event; value: string }[]>();
        bySubject.set(host.subject, clients);
        const list = clients.get(m.signature) ?? [];
        if (!list.some((x) => x.value === m.value && x.host === host.name)) list.push({ host: host.name, event, value: m.value });
        clients.set(m.signature, list);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [subjectId, clients] of bySubject) {
      for (const [client, hits] of clients) {
        const from = Math.min(...hits.map((h) => eventTime(h.event)));
        const to = Math.max(...hits.map((h) => eventTime(h.event)));
        const tier = BY_TIER[client.tier];
        findings.push({
          subject: subjectId,
          confidence: tier.confidence,
          severity: tier.severity,
          summary: `${client.name} (${client.tier === 'astrill' ? 'the VPN named in DPRK IT-worker reporting' : `${client.tier} VPN`}) on ${[...new Set(hits.map((h) => h.host))].join(', ')} from ${isoDay(from)}: ${[...new Set(hits.map((h) => h.value))].slice(0, 3).join(', ')}`,
          evidence: hits.slice(0, 5).map((h) => eventEvidence(h.event, { host: h.host, vpn: client.name, value: h.value })),
          facets: { from, to, new_hire: isNewHireAt(ctx.subject(subjectId)!, from, ctx.policy.newHireDays) },
        });
      }
    }
    return findings;
  },
});
