import { z } from 'zod';
import type { ResolvedSubject } from '../../resolve/resolve-subjects.js';
import { comparePlaces, householdHint, officeMatcher, placesOf, sameTown, townOf, HOME_KINDS, type Place } from '../address-groups.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { placeEvidence } from '../shipment-records.js';
import { attributeOf } from '../subject-facts.js';

const Options = z.object({
  /** Distinct people at one address that make a finding; the research proposes 2 [D]. */
  minSubjects: z.number().int().min(2).default(2),
  /**
   * More people than this at one exact address (flat numbers included) is an office, campus, dormitory or
   * warehouse nobody listed: left out with a note instead of flagging everyone.
   */
  maxSubjects: z.number().int().min(2).default(25),
  /** Office addresses (as written, or keys from `molehunt intel address`): many laptops go there by design. */
  officeAddresses: z.array(z.string().min(3)).default([]),
  /** Also group claimed home addresses, not only ship-to addresses. */
  includeHomes: z.boolean().default(true),
});
type Options = z.infer<typeof Options>;

/** Every subject's comparable ship-to (and home) addresses, grouped by the enricher's key. */
function groupsByKey(ctx: RuleContext, o: Options): Map<string, Map<string, Place[]>> {
  const isOffice = officeMatcher(o.officeAddresses);
  const groups = new Map<string, Map<string, Place[]>>();
  for (const subject of ctx.subjects) {
    const places = [
      ...placesOf(ctx, subject, 'ship_to', ['shipment.recipient']),
      ...(o.includeHomes ? placesOf(ctx, subject, 'home', HOME_KINDS) : []),
    ];
    for (const place of places) {
      if (!place.street || isOffice(place)) continue;
      const bySubject = groups.get(place.key) ?? new Map<string, Place[]>();
      bySubject.set(subject.id, [...(bySubject.get(subject.id) ?? []), place]);
      groups.set(place.key, bySubject);
    }
  }
  return groups;
}

/** The homes a member claims somewhere else than `here` (town-only homes count when in another town). */
function homesElsewhere(ctx: RuleContext, subject: ResolvedSubject, here: Place): Place[] {
  return placesOf(ctx, subject, 'home', HOME_KINDS).filter((h) =>
    h.street ? comparePlaces(h, here) === 'different' : (h.address.city || h.address.postal_code) && !sameTown(h, here),
  );
}

interface Group {
  here: Place;
  members: ResolvedSubject[];
  places: Map<string, Place[]>;
  laptops: number;
  livesHere: Set<string>;
  elsewhere: Map<string, Place[]>;
  distinctElsewhere: string[];
}

function describe(ctx: RuleContext, places: Map<string, Place[]>): Group {
  const all = [...places.values()].flat();
  const here = all.find((p) => p.address.role === 'ship_to') ?? all[0]!;
  const members = [...places.keys()].map((id) => ctx.subject(id)!);
  const shipped = all.filter((p) => p.address.role === 'ship_to').map((p) => p.record);
  const laptops = new Set(shipped.flatMap((r) => (r.identifiers.device_serials.length > 0 ? r.identifiers.device_serials : [r.id]))).size;
  const livesHere = new Set([...places].filter(([, list]) => list.some((p) => p.address.role === 'home')).map(([id]) => id));
  const elsewhere = new Map(members.map((m) => [m.id, livesHere.has(m.id) ? [] : homesElsewhere(ctx, m, here)]));
  // Counted by town: an HR street address and an application's city name are one claim.
  const claims = new Map([...elsewhere.values()].flat().map((h) => [townOf(h).key, townOf(h).display]));
  return { here, members, places, laptops, livesHere, elsewhere, distinctElsewhere: [...claims.values()] };
}

/** How sure: the number of identities, and whether they claim to live elsewhere (the farm) or here (a household). */
function confidenceOf(g: Group, sameSurname: boolean, mayBeOffice: boolean): number {
  const n = g.members.length;
  let c: number;
  if (g.livesHere.size === n) {
    // Everyone declares it as home: most often a couple or flatmates who did not declare a household.
    c = n <= 2 ? 0.3 : n === 3 ? 0.4 : 0.55 + 0.05 * (n - 4);
    if (sameSurname) c -= 0.1;
  } else {
    const claimElsewhere = [...g.elsewhere.values()].filter((list) => list.length > 0).length;
    c = 0.5 + 0.1 * (n - 2);
    // Two people and no claimed home known anywhere: a couple with a stale HR export looks the same.
    if (n === 2 && claimElsewhere === 0) c = 0.45;
    if (claimElsewhere > 0) c += 0.1;
    if (g.distinctElsewhere.length >= 2) c += 0.1;
    // A relative who lives there receiving a family member's laptop (a parent's home).
    if (sameSurname && g.livesHere.size > 0) c = Math.min(c, 0.35);
    else if (sameSurname && n === 2) c -= 0.1;
  }
  if (g.laptops >= 3) c += 0.1;
  if (mayBeOffice) c = Math.min(c, 0.2);
  return Math.max(0.1, Math.min(0.95, c));
}

/** D-03: several employees' laptops or homes at one address (the laptop farm). */
export default defineRule({
  id: 'shipping.shared-address',
  indicator: 'D-03',
  title: 'Several employees or laptops at one address',
  description:
    'Two or more different people ship company laptops to, or claim as home, the same house or flat. Facilitators ' +
    'host laptops for many remote identities at their own home ("laptop farms": one held 90+ laptops; 29 were ' +
    'searched in June 2025). More identities, more laptops and different claimed homes make it stronger.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['logistics.shipments', 'hr.employee', 'ats.applicant'],
  citations: [cite('D-03', 'S21'), cite('D-03', 'S3')],
  falsePositives: [
    'Couples, families and flatmates who all work here: declare them in suppressions.households; undeclared people who all claim the address as home (more so with one surname) get low confidence.',
    'A relative\'s home receiving a family member\'s laptop (same surname, one of them lives there).',
    'An office, coworking space or campus not listed in officeAddresses (office and hybrid workers only: low confidence; very large groups are left out with a note).',
  ],
  runbook:
    'List everyone at the address with their claimed home, start date, manager and laptop serials. Several recent ' +
    'hires with homes in different cities and laptops at one address is the laptop-farm signature: check where ' +
    'each laptop checks in (shipping.device-elsewhere), the sign-in IPs (signin.shared-ip-accounts) and payout ' +
    'accounts (payroll.shared-payout-account), then escalate to security and legal before contacting anyone.',
  clears:
    'The people live together (record suppressions.households with their subject ids and the reason), or the address ' +
    'is an office or coworking space (add it to officeAddresses).',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const [key, places] of groupsByKey(ctx, o)) {
      if (places.size < o.minSubjects) continue;
      if (places.size > o.maxSubjects) {
        ctx.note(
          `shipping.shared-address: ${places.size} people share ${key}; treated as an office or campus, not as evidence. ` +
            'Add it to officeAddresses, or raise rules.shipping.shared-address.maxSubjects to examine it.',
        );
        continue;
      }
      const g = describe(ctx, places);
      const hint = householdHint(ctx, g.members);
      const arrangements = g.members.map((m) => attributeOf(m, 'work_arrangement', 'hr.employee')?.toLowerCase() ?? '');
      const mayBeOffice = o.officeAddresses.length === 0 && g.livesHere.size === 0 && arrangements.every((a) => /office|hybrid|on.?site/.test(a));
      const confidence = confidenceOf(g, hint.sameSurname, mayBeOffice);
      const names = g.members.map((m) => m.display_name).join(', ');
      const context =
        g.livesHere.size === g.members.length
          ? `; all declare it as their home (a household? declare it in suppressions.households)${hint.sameSurname ? '; same surname' : ''}`
          : g.distinctElsewhere.length > 0
            ? `; they claim homes elsewhere, in ${g.distinctElsewhere.length} town${g.distinctElsewhere.length > 1 ? 's' : ''} (${g.distinctElsewhere.join(' / ')})`
            : '';
      const summary =
        `${g.members.length} people share ${g.here.display}: ${names}; ${g.laptops} laptop${g.laptops === 1 ? '' : 's'} shipped there` +
        context +
        (mayBeOffice ? '; all work office or hybrid: may be an office (list it in officeAddresses)' : '');
      const evidence = [
        ...[...places.values()].flat().map((p) => placeEvidence(p)),
        ...[...g.elsewhere.values()].flatMap((list) => list.slice(0, 1).map((h) => placeEvidence(h, { note: 'claimed home elsewhere' }))),
      ].slice(0, 30);
      for (const member of g.members) {
        const times = (places.get(member.id) ?? []).map((p) => Date.parse(p.record.attributes.ship_date ?? '')).filter((t) => !Number.isNaN(t));
        findings.push({
          subject: member.id,
          confidence,
          summary,
          evidence,
          related: g.members.map((m) => m.id),
          facets: timeFacets(member, times, ctx.policy.newHireDays),
        });
      }
    }
    return findings;
  },
});
