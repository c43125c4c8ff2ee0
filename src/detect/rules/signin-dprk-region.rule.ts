import { z } from 'zod';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { countriesOf, timeFacets } from '../finding-span.js';
import { operatorRegionMatcher } from '../operator-regions.js';
import { claimedCountry } from '../subject-facts.js';

const DAY = 86_400_000;

const Options = z.object({
  /** Sign-ins from the operator regions on this many distinct days make the region part more than a one-off. */
  persistentDays: z.number().int().min(2).default(3),
  /** Sign-ins shown as evidence per part. */
  maxEvidence: z.number().int().min(1).default(10),
});
type Options = z.infer<typeof Options>;

interface Hit {
  signIn: SignIn;
  country: string;
  values: Record<string, string>;
}

const days = (hits: readonly Hit[]) => new Set(hits.map((h) => Math.floor(h.signIn.at / DAY))).size;

/** E-08: sign-ins from DPRK address space, or from northeast China / the Russian Far East while claiming elsewhere. */
export default defineRule({
  id: 'signin.dprk-region',
  indicator: 'E-08',
  title: 'Sign-ins from DPRK address space, or from northeast China / the Russian Far East',
  description:
    'A sign-in comes from North Korea\'s own address space (175.45.176.0/22, AS131279 Star Joint Venture) or is placed ' +
    'in North Korea by the identity provider — nearly diagnostic — or comes from a city of Liaoning, Jilin or Primorsky ' +
    'Krai (Shenyang, Dandong, Yanji, Vladivostok…), where DPRK IT-worker teams are reported to work, by someone who claims ' +
    'to live elsewhere. What the data can do: molehunt ships only the one DPRK /22 (two older ranges in the research are ' +
    'Chinese and Lithuanian space today and are not shipped) and no city geolocation, so the region part uses only the ' +
    'city the IdP itself reports (Okta, Entra); Google Workspace sign-ins, and any without a city, cannot be placed in a region.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-08', 'S14'), cite('E-08', 'S17'), cite('E-08', 'S6')],
  falsePositives: [
    'Business travel to or family in northeast China or Vladivostok (region part; record the trip).',
    'An IdP geolocation error that places a Chinese or Russian ISP\'s address in the wrong city.',
    'A list entry for DPRK space that has since been reassigned (check the address\'s current registration).',
  ],
  runbook:
    'For DPRK space: treat as an incident — preserve logs, restrict the account and involve security and legal. For the ' +
    'region: ask about travel, compare with the laptop\'s MDM location and the other sign-ins (VPN egress, impossible ' +
    'travel around the same time), and verify identity on a live video call.',
  clears:
    'A confirmed trip to the region (tickets, calendar): record a travel suppression with the countries and dates. A DPRK ' +
    'address is cleared only by showing the address was not DPRK space at the time (a finding suppression with that proof).',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    const operatorRegionOf = operatorRegionMatcher();
    for (const subject of ctx.subjects) {
      const claimed = claimedCountry(subject);
      const dprk: Hit[] = [];
      const region: Hit[] = [];
      for (const s of ctx.signInsBySubject.get(subject.id) ?? []) {
        if (!succeeded(s)) continue;
        const e = ctx.enrichment(s);
        if (e.ip_scope?.shared_by_design) continue;
        const intel = e.ip_intel;
        if (intel?.class === 'dprk' || s.country === 'KP' || intel?.country === 'KP') {
          dprk.push({ signIn: s, country: 'KP', values: { basis: intel?.class === 'dprk' ? intel.basis : 'identity provider geolocation: KP' } });
          continue;
        }
        const place = operatorRegionOf(s.city, s.country ?? intel?.country);
        // "While claiming elsewhere": someone who says they live in China or Russia is where they say.
        if (place && claimed && claimed !== place.country) region.push({ signIn: s, country: place.country, values: { region: place.region, claimed_country: claimed } });
      }
      if (dprk.length === 0 && region.length === 0) continue;
      const parts: string[] = [];
      if (dprk.length > 0) {
        const space = dprk.some((h) => ctx.enrichment(h.signIn).ip_intel?.class === 'dprk');
        parts.push(`${dprk.length} sign-in${dprk.length > 1 ? 's' : ''} from ${space ? 'DPRK address space' : 'North Korea (IdP geolocation)'} (${[...new Set(dprk.map((h) => h.signIn.ip))].join(', ')})`);
      }
      if (region.length > 0) {
        const cities = [...new Set(region.map((h) => `${h.signIn.city} (${h.values.region})`))];
        parts.push(`${region.length} sign-in${region.length > 1 ? 's' : ''} on ${days(region)} day${days(region) > 1 ? 's' : ''} from ${cities.join(', ')} while claiming ${claimed}`);
      }
      const kp = dprk.length > 0;
      // DPRK space is nearly diagnostic (0.9; IdP geolocation alone a little less). The region is M: a
      // city can be a trip or a geolocation error, so it grows with repeated days.
      const regionConfidence = Math.min(0.7, 0.5 + (days(region) >= o.persistentDays ? 0.15 : 0) + (region.length > 1 ? 0.05 : 0));
      const confidence = kp ? (dprk.some((h) => ctx.enrichment(h.signIn).ip_intel?.class === 'dprk') ? 0.9 : 0.8) : regionConfidence;
      const all = [...dprk, ...region];
      findings.push({
        subject: subject.id,
        confidence,
        ...(kp ? {} : { severity: 'medium' as const }),
        summary: parts.join('; '),
        evidence: [...dprk.slice(0, o.maxEvidence), ...region.slice(0, o.maxEvidence)].map((h) => signInEvidence(h.signIn, h.values)),
        facets: { countries: countriesOf(all.map((h) => h.country)), ...timeFacets(subject, all.map((h) => h.signIn.at), ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
