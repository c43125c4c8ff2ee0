import { z } from 'zod';
import type { IpClass } from '../../enrich/enrichments.js';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { countriesOf, timeFacets } from '../finding-span.js';
import { worksRemotely } from '../subject-facts.js';

const Options = z.object({
  /**
   * Research E-02 [D]: more than half of a home worker's sign-ins. A worker who switches a privacy VPN
   * on now and then stays under it; one who is never seen on a home connection does not.
   */
  minShare: z.number().min(0).max(1).default(0.5),
  /** Sign-ins needed before a share means anything (two or three logins are no pattern). */
  minSignIns: z.number().int().min(1).default(10),
  /**
   * Network classes that hide where the person is. `relay` (iCloud Private Relay, which keeps the user's
   * region) and `satellite` (Starlink, real home broadband) are deliberately not in the list.
   */
  classes: z.array(z.enum(['vpn', 'hosting', 'proxy', 'tor'])).default(['vpn', 'hosting', 'proxy', 'tor']),
});
type Options = z.infer<typeof Options>;

interface Hidden {
  signIn: SignIn;
  cls: IpClass;
  provider?: string;
  country?: string;
}

/** E-02: a remote worker who is mostly seen through VPN, hosting or proxy networks, never from home. */
export default defineRule({
  id: 'signin.vpn-hosting-egress',
  indicator: 'E-02',
  title: 'Home worker signs in mostly through VPN, hosting or proxy networks',
  description:
    'Most of a remote employee\'s successful sign-ins come from VPN exits, hosting/VPS networks, proxies or Tor instead of ' +
    'a home connection. The 2022 advisory and SEAL name VPNs, VPSs and proxies as how DPRK IT workers hide where they ' +
    'are; the ANY.RUN honeypot operators egressed through Vultr and Gorilla Servers. iCloud Private Relay and Starlink are ' +
    'not counted, and corporate egress is left out of the share. Coverage depends on ip.intel: shipped data classes hosting ' +
    'ASNs; consumer VPN brands need an imported list.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-02', 'S1'), cite('E-02', 'S20'), cite('E-02', 'S17')],
  falsePositives: [
    'Privacy-minded employees who keep a consumer VPN (NordVPN, Mullvad, Proton) on all the time.',
    'Employer-issued virtual desktops (Amazon WorkSpaces, Windows 365, Azure Virtual Desktop, Citrix Cloud) whose egress is a cloud provider.',
    'A corporate VPN or secure web gateway (Zscaler, Netskope) not yet listed in corporate_egress_cidrs.',
  ],
  runbook:
    'Read the providers in the evidence. A cloud provider the company uses for virtual desktops or a secure web gateway is ' +
    'configuration: add its egress to corporate_egress_cidrs. Otherwise ask whether the employee uses a personal VPN, and ' +
    'compare with the laptop\'s MDM check-in location, the shipping address and the hire date (VPN + unmanaged device + new hire is a §7 escalation).',
  clears:
    'The egress is the company\'s own VDI, gateway or VPN (add the ranges to corporate_egress_cidrs), or the employee\'s ' +
    'personal VPN is known and accepted (a finding suppression for this rule and subject, with an expiry date).',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    const hiding = new Set<IpClass>(o.classes);
    for (const subject of ctx.subjects) {
      if (!worksRemotely(subject)) continue;
      let counted = 0;
      const hidden: Hidden[] = [];
      for (const s of ctx.signInsBySubject.get(subject.id) ?? []) {
        if (!succeeded(s) || !s.ip) continue;
        const e = ctx.enrichment(s);
        const cls = e.ip_intel?.class;
        // Corporate and private addresses say nothing about where a home worker is: out of the share.
        if (e.ip_scope?.shared_by_design !== false || cls === 'corporate' || cls === 'private') continue;
        counted++;
        if (cls && hiding.has(cls)) {
          const country = e.ip_intel?.country ?? s.country;
          hidden.push({ signIn: s, cls, ...(e.ip_intel?.provider ? { provider: e.ip_intel.provider } : {}), ...(country ? { country } : {}) });
        }
      }
      if (counted < o.minSignIns) continue;
      const share = hidden.length / counted;
      if (share <= o.minShare) continue;
      const byProvider = new Map<string, number>();
      for (const h of hidden) byProvider.set(h.provider ?? h.cls, (byProvider.get(h.provider ?? h.cls) ?? 0) + 1);
      const top = [...byProvider].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([p, n]) => `${p} ${n}`);
      // 0.45 just over the threshold, rising with the share; capped below "nearly diagnostic" because a
      // privacy VPN user looks the same.
      const confidence = Math.min(0.8, 0.45 + (share - o.minShare) * 0.7 + (counted >= 3 * o.minSignIns ? 0.05 : 0));
      findings.push({
        subject: subject.id,
        confidence,
        summary:
          `${hidden.length} of ${counted} sign-ins (${Math.round(share * 100)}%) came through VPN, hosting, proxy or Tor networks ` +
          `(${top.join(', ')}) for a remote worker; corporate egress not counted`,
        evidence: hidden.slice(0, 10).map((h) => signInEvidence(h.signIn, { ip_class: h.cls, provider: h.provider ?? null })),
        facets: { countries: countriesOf(hidden.map((h) => h.country)), ...timeFacets(subject, hidden.map((h) => h.signIn.at), ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
