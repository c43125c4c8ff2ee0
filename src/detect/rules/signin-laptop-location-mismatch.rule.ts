import { z } from 'zod';
import type { Event } from '../../model/event.js';
import type { Evidence } from '../../model/finding.js';
import type { SignIn } from '../../model/sign-in.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { countriesOf, timeFacets } from '../finding-span.js';
import { enrichmentOfEvent, isDeviceReport, sharedByDesign } from '../observed-ip.js';
import { claimedCountry, eventEvidence, eventTime } from '../subject-facts.js';

const DAY = 86_400_000;

const Options = z.object({
  /** Research E-14 [D]: the laptop is elsewhere on at least 70% of the days both are seen: systematic, not a trip. */
  minShare: z.number().min(0).max(1).default(0.7),
  /**
   * Days with both a located laptop check-in and a located sign-in needed. The research watches 14 days;
   * 5 compared days is a working week of evidence and works with daily MDM check-ins.
   */
  minDays: z.number().int().min(1).default(5),
  /** A phone's sign-in places the phone, not the worker's computer (travellers read mail on their phones). */
  ignoreMobileSignIns: z.boolean().default(true),
  /** Days shown as evidence (a check-in and a sign-in each). */
  maxEvidenceDays: z.number().int().min(1).default(5),
});
type Options = z.infer<typeof Options>;

/** Classes whose country is a server's, not where the person or the laptop is. */
const UNLOCATED = new Set(['vpn', 'proxy', 'tor', 'hosting']);

interface Day {
  laptop: Map<string, { country: string; event: Event }>;
  signIns: Map<string, { country: string; signIn: SignIn }>;
  /** The laptop's addresses that day and their countries. */
  ips: Map<string, string>;
}

function dayOf(days: Map<number, Day>, at: number): Day {
  const key = Math.floor(at / DAY);
  let day = days.get(key);
  if (!day) days.set(key, (day = { laptop: new Map(), signIns: new Map(), ips: new Map() }));
  return day;
}

/** Per UTC day: the countries the subject's company devices checked in from, and those of their sign-ins. */
function placesByDay(ctx: RuleContext, subject: string, o: Options): Map<number, Day> {
  const days = new Map<number, Day>();
  for (const e of ctx.eventsBySubject.get(subject) ?? []) {
    if (!isDeviceReport(e)) continue;
    const enrichment = enrichmentOfEvent(ctx, e);
    if (sharedByDesign(enrichment) || UNLOCATED.has(enrichment.ip_intel?.class ?? '')) continue;
    const country = e.source?.geo?.country_iso_code ?? enrichment.ip_intel?.country;
    if (!country) continue;
    const day = dayOf(days, eventTime(e));
    if (!day.laptop.has(country)) day.laptop.set(country, { country, event: e });
    day.ips.set(e.source!.ip!, country);
  }
  for (const s of ctx.signInsBySubject.get(subject) ?? []) {
    if (!succeeded(s) || !s.ip) continue;
    const enrichment = ctx.enrichment(s);
    if (sharedByDesign(enrichment) || UNLOCATED.has(enrichment.ip_intel?.class ?? '')) continue;
    if (o.ignoreMobileSignIns && ['mobile', 'tablet'].includes(enrichment.user_agent?.device_type ?? '')) continue;
    const country = s.country ?? enrichment.ip_intel?.country;
    const day = days.get(Math.floor(s.at / DAY));
    // Only days the laptop was located matter; the same address as the laptop is the same place.
    if (!country || !day || day.laptop.size === 0) continue;
    const place = day.ips.get(s.ip) ?? country;
    if (!day.signIns.has(place)) day.signIns.set(place, { country: place, signIn: s });
  }
  return days;
}

/** E-14: the company laptop is, day after day, in another country than the person signing in. */
export default defineRule({
  id: 'signin.laptop-location-mismatch',
  indicator: 'E-14',
  title: 'Laptop location persistently differs from sign-in location',
  description:
    'On most days that both are seen, the company laptop checks in (MDM, osquery) from a different country than the ' +
    'person\'s sign-ins. Recorded Future advises to "regularly geolocate company laptops to verify that their locations ' +
    'match employee login locations": in laptop farms the laptop sits with a facilitator while the worker signs in from ' +
    'elsewhere. Compared per UTC day at country level (molehunt ships no city geolocation), so two cities of one country ' +
    'never mismatch; VPN, hosting, corporate and phone sign-ins are left out because their country is not the person\'s.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['mdm.devices', 'osquery.result', 'okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-14', 'S14')],
  falsePositives: [
    'Travel with a personal computer or tablet while the company laptop stays at home (record the trip).',
    'A laptop that tunnels its MDM traffic through a VPN whose exit is not classed as VPN (imported lists fix this).',
    'Geolocation databases that disagree on one ISP\'s country (check the two addresses with `molehunt intel ip`).',
  ],
  runbook:
    'Compare the laptop\'s check-in addresses with the shipping address and the claimed home, and the sign-in addresses ' +
    'with their devices and user agents. A laptop at home with the sign-ins coming from another country is a laptop ' +
    'farm or a remote operator: check the laptop for IP-KVMs and remote-access tools, and verify the person on a live call.',
  clears:
    'A confirmed trip during which the person worked from another computer: record a travel suppression with the ' +
    'countries and dates; a geolocation error: a finding suppression with the `molehunt intel ip` output as the reason.',
  options: Options,
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const days = [...placesByDay(ctx, subject.id, o)].filter(([, d]) => d.laptop.size > 0 && d.signIns.size > 0).sort((a, b) => a[0] - b[0]);
      if (days.length < o.minDays) continue;
      const mismatched = days.filter(([, d]) => ![...d.signIns.keys()].some((c) => d.laptop.has(c)));
      const share = mismatched.length / days.length;
      if (share < o.minShare) continue;
      const laptopCountries = countriesOf(mismatched.flatMap(([, d]) => [...d.laptop.keys()]));
      const signInCountries = countriesOf(mismatched.flatMap(([, d]) => [...d.signIns.keys()]));
      const claimed = claimedCountry(subject);
      const evidence: Evidence[] = mismatched.slice(0, o.maxEvidenceDays).flatMap(([, d]) => {
        const laptop = [...d.laptop.values()][0]!;
        const signIn = [...d.signIns.values()][0]!;
        return [eventEvidence(laptop.event, { ip: laptop.event.source!.ip!, laptop_country: laptop.country }), signInEvidence(signIn.signIn, { sign_in_country: signIn.country })];
      });
      const times = mismatched.flatMap(([, d]) => [...[...d.laptop.values()].map((l) => eventTime(l.event)), ...[...d.signIns.values()].map((s) => s.signIn.at)]);
      // 0.6 at the threshold; a higher share and more days make a trip an ever worse explanation.
      const confidence = Math.min(0.9, 0.6 + (share - o.minShare) * 0.5 + Math.min(0.15, 0.01 * (days.length - o.minDays)));
      findings.push({
        subject: subject.id,
        confidence,
        summary:
          `On ${mismatched.length} of ${days.length} days (${Math.round(share * 100)}%) the laptop checked in from ${laptopCountries.join('/')} ` +
          `while sign-ins came from ${signInCountries.join('/')}${claimed ? `; claimed home ${claimed}` : ''}`,
        evidence,
        facets: { countries: countriesOf([...laptopCountries, ...signInCountries]), ...timeFacets(subject, times, ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
