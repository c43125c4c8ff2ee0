import { z } from 'zod';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { countriesOf, timeFacets } from '../finding-span.js';
import { startOf } from '../subject-facts.js';

const DAY = 86_400_000;

const Options = z.object({
  /** VPN operators that count as Astrill: matched in ip_intel.provider (imported lists name it, e.g. "Astrill VPN"). */
  providers: z.array(z.string().min(2)).default(['Astrill']),
  /**
   * Research E-01 [D]: Astrill egress weighs most on accounts younger than 90 days, when an operator
   * has just taken over the identity and before anyone has had time to notice.
   */
  newAccountDays: z.number().int().positive().default(90),
  /** Sign-ins on this many distinct days show steady use rather than one try (raises confidence). */
  persistentDays: z.number().int().min(2).default(3),
});
type Options = z.infer<typeof Options>;

type Naming = 'named' | 'mentioned';

/**
 * How the deciding row names the provider: `named` when it is the operator ("Astrill", "Astrill VPN"),
 * `mentioned` when Astrill is only one possibility (the shipped LevelBlue IOCs: "one of its two IOCs
 * was matched to Astrill"), undefined otherwise.
 */
function naming(provider: string | undefined, names: readonly string[]): Naming | undefined {
  if (!provider) return undefined;
  const p = provider.trim().toLowerCase();
  for (const name of names.map((n) => n.toLowerCase())) {
    if (p === name || p.startsWith(`${name} `) || p.startsWith(`${name}(`)) return 'named';
  }
  return names.some((n) => p.includes(n.toLowerCase())) ? 'mentioned' : undefined;
}

const dayOf = (s: SignIn) => Math.floor(s.at / DAY);
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** E-01: sign-ins through Astrill VPN, the VPN most associated with DPRK IT workers. */
export default defineRule({
  id: 'signin.astrill-egress',
  indicator: 'E-01',
  title: 'Sign-ins through Astrill VPN',
  description:
    'The account signs in through an Astrill VPN exit. Astrill, marketed for getting around China\'s firewall, is the VPN ' +
    'most often named in DPRK IT-worker cases (Mandiant, Secureworks, LevelBlue, Recorded Future, the ANY.RUN honeypot); ' +
    'it weighs most on an account in its first 90 days. molehunt ships no Astrill range list (none could be sourced ' +
    'publicly): only two point-in-time IOCs of the LevelBlue case, of which the report says one was Astrill, so those give ' +
    'a weaker "possibly Astrill" finding. Import a current Astrill list (`molehunt intel import --type cidr --class vpn`, ' +
    'provider "Astrill") for real coverage.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-01', 'S5'), cite('E-01', 'S12'), cite('E-01', 'S19'), cite('E-01', 'S20'), cite('E-01', 'S14')],
  falsePositives: [
    'Employees travelling in mainland China use Astrill to reach company services through the firewall.',
    'Expatriates or staff with family in China who keep an Astrill subscription for private use.',
    'A stale list entry: VPN exits are rented servers whose addresses change hands (the shipped IOCs date from 2026).',
  ],
  runbook:
    'Check the hire date and whether the person declared travel to China. Look at the same sessions\' device (managed?), ' +
    'user agent and MFA device, the laptop\'s own check-in location (MDM) and the shipping address. A new hire on Astrill ' +
    'from an unmanaged device is a §7 escalation: contact security before the account gains more access.',
  clears:
    'Confirmed business travel to China (tickets, calendar): record a travel suppression with the trip and exit countries ' +
    'and dates; a sanctioned personal use: a finding suppression for this rule and subject with an expiry date.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const hits: { signIn: SignIn; naming: Naming; provider: string; country?: string }[] = [];
      for (const s of ctx.signInsBySubject.get(subject.id) ?? []) {
        if (!succeeded(s)) continue;
        const e = ctx.enrichment(s);
        if (e.ip_scope?.shared_by_design || e.ip_intel?.class !== 'vpn') continue;
        const how = naming(e.ip_intel.provider, o.providers);
        if (!how) continue;
        // The exit's country (where the VPN server is), not where the person is.
        const country = e.ip_intel.country ?? s.country;
        hits.push({ signIn: s, naming: how, provider: e.ip_intel.provider!, ...(country ? { country } : {}) });
      }
      if (hits.length === 0) continue;
      const named = hits.some((h) => h.naming === 'named');
      const start = startOf(subject);
      const first = hits[0]!.signIn.at;
      const ageDays = start === undefined ? undefined : Math.floor((first - start) / DAY);
      const young = ageDays !== undefined && ageDays >= -14 && ageDays <= o.newAccountDays;
      const days = new Set(hits.map((h) => dayOf(h.signIn))).size;
      // A named Astrill exit is strong on its own and nearly diagnostic on a young account; an IOC that
      // only may be Astrill (one of two addresses) is worth about half as much.
      const confidence = named
        ? Math.min(0.9, 0.6 + (young ? 0.2 : 0) + (days >= o.persistentDays ? 0.1 : 0))
        : Math.min(0.55, 0.35 + (young ? 0.15 : 0) + (days >= o.persistentDays ? 0.05 : 0));
      const addresses = new Set(hits.map((h) => h.signIn.ip)).size;
      const providers = [...new Set(hits.map((h) => h.provider))];
      const age = ageDays === undefined ? 'start date unknown' : young ? `from day ${Math.max(0, ageDays)} after the start date (${isoDay(start!)})` : `${ageDays} days after the start date`;
      const summary =
        `${hits.length} sign-in${hits.length > 1 ? 's' : ''} on ${days} day${days > 1 ? 's' : ''} through ` +
        `${named ? 'Astrill VPN exits' : 'VPN exits that may be Astrill'} (${addresses} address${addresses > 1 ? 'es' : ''}; ` +
        `provider ${providers.map((p) => `"${p}"`).join(', ')}), ${age}`;
      findings.push({
        subject: subject.id,
        confidence,
        ...(named ? {} : { severity: 'medium' as const }),
        summary,
        evidence: hits.slice(0, 10).map((h) => signInEvidence(h.signIn, { ip_class: 'vpn', provider: h.provider, exit_country: h.country ?? null })),
        facets: { countries: countriesOf(hits.map((h) => h.country)), ...timeFacets(subject, hits.map((h) => h.signIn.at), ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
