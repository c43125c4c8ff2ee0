import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { succeeded } from '../event-helpers.js';
import { timeFacets } from '../finding-span.js';
import { enrichmentOfEvent, isDeviceReport, sharedByDesign } from '../observed-ip.js';
import { normalizeSerial, placeEvidence, shipmentsOf, type Shipment } from '../shipment-records.js';
import { eventEvidence, eventTime } from '../subject-facts.js';

const Options = z.object({
  /** Check-ins from another country than the ship-to that flag even when the first one matched (reshipping); [D] 3. */
  minElsewhereCheckIns: z.number().int().min(1).default(3),
  /**
   * Networks whose address does not say where the laptop is: VPN, proxy, Tor and relay exits, hosting,
   * satellite (Starlink exits at a ground station, sometimes across a border), the company's own egress
   * and private space. Check-ins from these are not placed anywhere (VPN use is judged by the sign-in rules).
   */
  ignoredNetworkClasses: z.array(z.string()).default(['corporate', 'private', 'vpn', 'proxy', 'tor', 'relay', 'hosting', 'satellite']),
  /**
   * An address more people than this sign in or check in from is an office, campus or VPN exit nobody
   * listed in corporate_egress_cidrs: where it geolocates says nothing about one laptop.
   */
  maxPeoplePerAddress: z.number().int().min(2).default(10),
});
type Options = z.infer<typeof Options>;

interface CheckIn {
  event: Event;
  at: number;
  ip: string;
  country: string;
  /** Where the country came from. */
  basis: string;
  networkClass?: string;
  /** The subject whose device record the check-in belongs to. */
  owner?: string;
}

/**
 * The country IdP sign-ins report for each address (the IdP's commercial geolocation; the most frequent
 * answer wins), for the addresses devices checked in from. One pass over the sign-ins.
 */
function idpCountries(ctx: RuleContext, ips: ReadonlySet<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of ctx.signIns) {
    if (!s.ip || !s.country || !ips.has(s.ip) || !succeeded(s)) continue;
    const byCountry = counts.get(s.ip) ?? new Map<string, number>();
    byCountry.set(s.country, (byCountry.get(s.country) ?? 0) + 1);
    counts.set(s.ip, byCountry);
  }
  return new Map([...counts].map(([ip, byCountry]) => [ip, [...byCountry].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/** How many distinct people sign in or check in from each of `ips`. */
function peoplePerAddress(ctx: RuleContext, raw: readonly Event[], ownerOf: ReadonlyMap<string, string>, ips: ReadonlySet<string>): Map<string, number> {
  const people = new Map<string, Set<string>>();
  const add = (ip: string, subject: string | undefined) => {
    if (!subject || !ips.has(ip)) return;
    const set = people.get(ip) ?? new Set<string>();
    set.add(subject);
    people.set(ip, set);
  };
  for (const s of ctx.signIns) if (s.ip) add(s.ip, ctx.subjectOf(s));
  for (const e of raw) add(e.source!.ip!, e.molehunt.identity_id ? ownerOf.get(e.molehunt.identity_id) : undefined);
  return new Map([...people].map(([ip, set]) => [ip, set.size]));
}

/** Every device-side event with a serial and a public address, placed in a country, by serial. */
function checkInsBySerial(ctx: RuleContext, o: Options): Map<string, CheckIn[]> {
  const raw = ctx.events.filter((e) => e.device?.serial_number && isDeviceReport(e));
  const ips = new Set(raw.map((e) => e.source!.ip!));
  const idp = idpCountries(ctx, ips);
  const ignored = new Set(o.ignoredNetworkClasses.map((c) => c.toLowerCase()));
  const ownerOf = new Map(ctx.subjects.flatMap((s) => s.identities.map((r) => [r.id, s.id] as const)));
  const people = peoplePerAddress(ctx, raw, ownerOf, ips);
  const hubs = [...people].filter(([, n]) => n > o.maxPeoplePerAddress).map(([ip]) => ip);
  if (hubs.length > 0) {
    ctx.note(
      `shipping.device-elsewhere: ${hubs.length} address(es) used by more than ${o.maxPeoplePerAddress} people (e.g. ${hubs.slice(0, 3).join(', ')}) ` +
        'do not place laptops anywhere: list your offices and VPN in corporate_egress_cidrs.',
    );
  }
  const out = new Map<string, CheckIn[]>();
  for (const event of raw) {
    const ip = event.source!.ip!;
    const enrichment = enrichmentOfEvent(ctx, event);
    const networkClass = enrichment.ip_intel?.class;
    if (sharedByDesign(enrichment) || (networkClass && ignored.has(networkClass)) || (people.get(ip) ?? 0) > o.maxPeoplePerAddress) continue;
    const geo = event.source?.geo?.country_iso_code;
    const fromIdp = idp.get(ip);
    const fromIntel = enrichment.ip_intel?.country;
    const [country, basis] = geo
      ? [geo, 'location reported with the check-in']
      : fromIdp
        ? [fromIdp, 'IdP geolocation of the same address']
        : [fromIntel, 'ip.intel registry country of the address'];
    if (!country) continue;
    const serial = normalizeSerial(event.device!.serial_number!);
    const list = out.get(serial) ?? [];
    const owner = event.molehunt.identity_id ? ownerOf.get(event.molehunt.identity_id) : undefined;
    list.push({ event, at: eventTime(event), ip, country: country.toUpperCase(), basis, ...(networkClass ? { networkClass } : {}), ...(owner ? { owner } : {}) });
    out.set(serial, list);
  }
  return out;
}

/** The ship-to country of a shipment: its latest ship-to address that names a country. */
function shipCountry(shipment: Shipment): string | undefined {
  return [...shipment.places].reverse().find((p) => p.country)?.country;
}

const day = (t: number | undefined): string => (t === undefined ? 'undated' : new Date(t).toISOString().slice(0, 10));

function checkInEvidence(c: CheckIn, note: string) {
  return eventEvidence(c.event, { ip: c.ip, country: c.country, country_basis: c.basis, network_class: c.networkClass ?? null, note });
}

/** D-05: a shipped laptop first shows up, or keeps showing up, in another country than it was sent to. */
export default defineRule({
  id: 'shipping.device-elsewhere',
  indicator: 'D-05',
  title: 'Laptop checks in from another country than it was shipped to',
  description:
    'A company laptop\'s first check-in after shipping (MDM, osquery) comes from another country than the ship-to ' +
    'address, or it keeps checking in from abroad. GTIG describes a laptop meant for New York used in London, and ' +
    'facilitators reship laptops abroad (one shipped 49 devices, some to a Chinese city on the DPRK border).',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['mdm.devices', 'osquery.result', 'logistics.shipments'],
  citations: [cite('D-05', 'S6'), cite('D-05', 'S21'), cite('D-05', 'S3')],
  falsePositives: [
    'Travel with the laptop: record the trip as a travel suppression (the finding lists the countries).',
    'VPN, relay, hosting and satellite exits, and the company\'s own egress: not placed anywhere (ignoredNetworkClasses).',
    'Registry-country data is coarse for multinational carriers: a country read only from ip.intel weighs less than the IdP\'s geolocation.',
    'IT staging before shipping (check-ins before the ship date are ignored) and laptops reassigned to someone else (each shipment is judged on its own).',
  ],
  runbook:
    'Open the check-ins: IP, country and where the country came from. Compare with the employee\'s sign-ins at the ' +
    'same time and with the ship-to address; ask IT whether the laptop was reshipped or reassigned. A first check-in ' +
    'abroad right after delivery, with no trip on record, means the laptop was forwarded: escalate before contacting ' +
    'the employee, and check shipping.mail-drop and shipping.shared-address for the ship-to.',
  clears:
    'A trip the employee confirms (record a suppressions.travel entry with the countries and dates), or IT confirms ' +
    'the laptop was reassigned or reshipped on purpose (suppressions.findings entry with the reason).',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    const bySerial = checkInsBySerial(ctx, o);
    const shipped = ctx.subjects.flatMap((s) => shipmentsOf(ctx, s).flatMap((sh) => sh.serials.map((serial) => ({ subject: s, shipment: sh, serial }))));
    const shipDates = new Map<string, number[]>();
    for (const { shipment, serial } of shipped) if (shipment.at !== undefined) shipDates.set(serial, [...(shipDates.get(serial) ?? []), shipment.at]);
    for (const { subject, shipment, serial } of shipped) {
      const country = shipCountry(shipment);
      const all = bySerial.get(serial);
      if (!country || !all) continue;
      // This shipment's time: from its ship date to the next shipment of the same laptop (a reassignment).
      const until = Math.min(Infinity, ...(shipDates.get(serial) ?? []).filter((t) => shipment.at !== undefined && t > shipment.at));
      const checkIns = all.filter((c) => (shipment.at === undefined || c.at >= shipment.at) && c.at < until);
      const first = checkIns[0];
      if (!first) continue;
      const elsewhere = checkIns.filter((c) => c.country !== country);
      const firstElsewhere = first.country !== country;
      const persistent = elsewhere.length >= o.minElsewhereCheckIns;
      if (!firstElsewhere && !persistent) continue;
      let confidence = firstElsewhere && persistent ? 0.85 : firstElsewhere ? 0.7 : Math.min(0.75, 0.55 + 0.05 * (elsewhere.length - o.minElsewhereCheckIns));
      // The registry country of an address block is coarse (multinational carriers); the IdP's geolocation is not.
      if (elsewhere.every((c) => c.basis.startsWith('ip.intel'))) confidence -= 0.1;
      const countries = [...new Set(elsewhere.map((c) => c.country))].sort();
      const tally = countries.map((c) => `${c} ×${elsewhere.filter((x) => x.country === c).length}`).join(', ');
      const parts = [
        `laptop ${serial} shipped ${day(shipment.at)} to ${country}`,
        firstElsewhere ? `first checked in ${day(first.at)} from ${first.ip} in ${first.country} (${first.basis})` : `first checked in from ${country}`,
        `${elsewhere.length} of ${checkIns.length} check-ins outside ${country} (${tally})`,
      ];
      const shown = [...(firstElsewhere ? [] : [first]), ...elsewhere].slice(0, 10);
      findings.push({
        subject: subject.id,
        confidence,
        summary: parts.join('; '),
        evidence: [
          ...shipment.places.slice(-1).map((p) => placeEvidence(p)),
          ...shown.map((c) => checkInEvidence(c, c === first ? 'first check-in after shipping' : 'check-in')),
        ],
        // The laptop checked in under someone else's device record: they are part of the story.
        related: [...new Set(checkIns.map((c) => c.owner).filter((id): id is string => id !== undefined && id !== subject.id))],
        // The span of the check-ins abroad only, so that a trip's dates can cover it.
        facets: { countries, ...timeFacets(subject, elsewhere.map((c) => c.at), ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
