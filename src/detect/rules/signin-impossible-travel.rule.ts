import { z } from 'zod';
import type { Evidence } from '../../model/finding.js';
import { cite } from '../citations.js';
import type { SignIn } from '../../model/sign-in.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { densestDistinctWindow, distanceKm, formatHours, signInEvidence, succeeded } from '../event-helpers.js';

const Options = z.object({
  /**
   * Faster than an airliner between two sign-ins cannot be one traveller. Airliners cruise near
   * 900 km/h, and eastbound jet-stream flights have averaged over 1,000 km/h gate to gate, so the
   * default leaves that margin; relays through another continent run at thousands of km/h.
   */
  maxSpeedKmh: z.number().positive().default(1000),
  /** IP geolocation is often off by tens to hundreds of km; this much is forgiven at each end. */
  geoErrorKm: z.number().nonnegative().default(100),
  /** Hops shorter than this are ignored (neighbouring cities, border towns, mobile networks). */
  minDistanceKm: z.number().nonnegative().default(500),
  /** Distinct countries within `countryWindowHours` that flag even without coordinates. */
  minCountries: z.number().int().min(2).default(3),
  countryWindowHours: z.number().positive().default(24),
});
type Options = z.infer<typeof Options>;

interface Hop {
  from: SignIn;
  to: SignIn;
  km: number;
  hours: number;
  speed: number;
}

/**
 * Networks whose geolocation says little about where the person is: mobile carriers locate subscribers
 * at a regional gateway hundreds of km away, Starlink at its ground station, iCloud Private Relay at an
 * egress in the user's region but not their city. Consumer VPNs are E-01/E-02's finding, not travel.
 */
const UNPLACED_CLASSES = new Set(['mobile', 'satellite', 'relay', 'vpn', 'tor', 'proxy']);

/** Sign-ins that say where the person was: not failed, not through the company's own egress or an unplaceable network. */
function located(ctx: RuleContext, events: readonly SignIn[]): SignIn[] {
  return events.filter((e) => {
    if (!succeeded(e) || !(e.country || e.lat !== undefined)) return false;
    const enrichment = ctx.enrichment(e);
    return !enrichment.ip_scope?.shared_by_design && !UNPLACED_CLASSES.has(enrichment.ip_intel?.class ?? '');
  });
}

type Placed = SignIn & { lat: number; lon: number };

function impossibleHops(events: readonly SignIn[], o: Options): Hop[] {
  const withCoordinates = events.filter((e): e is Placed => e.lat !== undefined && e.lon !== undefined);
  const hops: Hop[] = [];
  for (let i = 1; i < withCoordinates.length; i++) {
    const from = withCoordinates[i - 1]!;
    const to = withCoordinates[i]!;
    const km = distanceKm(from, to);
    if (km < o.minDistanceKm) continue;
    const hours = Math.max((to.at - from.at) / 3.6e6, 1 / 60);
    const speed = Math.max(0, km - 2 * o.geoErrorKm) / hours;
    if (speed > o.maxSpeedKmh) hops.push({ from, to, km, hours, speed });
  }
  return hops;
}

/** The largest set of distinct countries seen inside any window of `countryWindowHours`. */
function countryBurst(events: readonly SignIn[], o: Options): SignIn[] {
  const withCountry = events.filter((e) => e.country);
  const best = [...densestDistinctWindow(withCountry, (e) => e.country, o.countryWindowHours * 3.6e6).values()];
  if (best.length < o.minCountries) return [];
  // Border regions (Basel, Geneva, Detroit–Windsor) put three countries within a few km: require real distance.
  const points = best.filter((e): e is Placed => e.lat !== undefined && e.lon !== undefined);
  const spread = points.flatMap((a, i) => points.slice(i + 1).map((b) => distanceKm(a, b)));
  if (points.length >= 2 && Math.max(...spread) < o.minDistanceKm) return [];
  return best;
}

/** Each sign-in of the hops once, in order; an arrival carries the hop's distance, time and speed. */
function hopsEvidence(hops: readonly Hop[]): Evidence[] {
  const byEvent = new Map<string, Evidence>();
  for (const hop of hops) {
    if (!byEvent.has(hop.from.key)) byEvent.set(hop.from.key, signInEvidence(hop.from));
    const extra = { km: Math.round(hop.km), hours: Number(hop.hours.toFixed(2)), kmh: Math.round(hop.speed) };
    byEvent.set(hop.to.key, signInEvidence(hop.to, extra));
  }
  return [...byEvent.values()];
}

const country = (e: SignIn): string => e.country ?? '?';

/** E-03: sign-ins from places no single traveller could reach in the time between them. */
export default defineRule({
  id: 'signin.impossible-travel',
  indicator: 'E-03',
  title: 'Impossible travel or multi-country sign-ins',
  description:
    'The same account signs in from places too far apart for the time between them, or from several countries ' +
    'within a day. The advisories name logins "from various IP addresses in a relatively short period of time, ' +
    'especially if the IP addresses are associated with different countries": a worker abroad relaying through ' +
    'a facilitator, or several operators sharing one identity.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-03', 'S1'), cite('E-03', 'S4')],
  falsePositives: [
    'Consumer VPNs and iCloud Private Relay switch exit countries (addresses classed vpn, proxy, tor or relay are left out; the VPN itself is E-01/E-02).',
    'In-flight Wi-Fi and Starlink geolocate to the provider\'s ground station (satellite class left out).',
    'Corporate VPN egress: configure corporate_egress_cidrs so those sign-ins are ignored.',
    'Mobile carriers whose addresses geolocate to a distant gateway (mobile class left out; an unclassified carrier range still counts).',
  ],
  runbook:
    'Open each hop\'s two sign-ins: same device fingerprint and user agent on both sides points to a VPN switch; ' +
    'different devices point to shared credentials. Ask the employee about travel, then compare with the laptop\'s ' +
    'own location (MDM) and the shipping address.',
  clears:
    'A trip the person confirms (tickets, calendar, expense report): record it as a travel suppression with the ' +
    'countries and dates. The same device and user agent on both sides of every hop with a consumer VPN in between ' +
    'also explains it (then E-02 is the finding to review).',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const events = located(ctx, ctx.signInsBySubject.get(subject.id) ?? []);
      const hops = impossibleHops(events, o);
      const burst = countryBurst(events, o);
      if (hops.length === 0 && burst.length === 0) continue;
      const evidence: Evidence[] = hopsEvidence(hops.slice(0, 10));
      const parts: string[] = [];
      if (hops.length > 0) {
        const worst = hops.reduce((a, b) => (b.speed > a.speed ? b : a));
        parts.push(
          `${hops.length} impossible hop${hops.length > 1 ? 's' : ''}; fastest ${Math.round(worst.km)} km in ` +
            `${formatHours(worst.hours)} (${country(worst.from)}→${country(worst.to)}, ${Math.round(worst.speed)} km/h)`,
        );
      }
      if (burst.length > 0) {
        parts.push(`${burst.length} countries within ${o.countryWindowHours} h (${burst.map(country).join(', ')})`);
        const shown = new Set(evidence.map((x) => x.event_id));
        evidence.push(...burst.filter((e) => !shown.has(e.id)).map((e) => signInEvidence(e)));
      }
      const confidence = Math.min(0.9, (hops.length > 0 ? 0.6 : 0.5) + 0.1 * Math.max(0, hops.length - 1) + (burst.length > 0 && hops.length > 0 ? 0.1 : 0));
      const involved = [...hops.flatMap((h) => [h.from, h.to]), ...burst];
      const facets = {
        countries: [...new Set(involved.map((e) => e.country).filter((c) => c !== undefined))].sort(),
        from: Math.min(...involved.map((e) => e.at)),
        to: Math.max(...involved.map((e) => e.at)),
      };
      findings.push({ subject: subject.id, confidence, summary: parts.join('; '), evidence, facets });
    }
    return findings;
  },
});
