import { z } from 'zod';
import { comparePlaces, homesOf, officeMatcher, sameTown, type Place } from '../address-groups.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { placeEvidence, shipmentsOf, type Shipment } from '../shipment-records.js';
import { attributeOf, isNewHireAt } from '../subject-facts.js';

const Options = z.object({
  /**
   * The organization's office addresses, as written ("500 Example Ave, Austin, TX 78701") or as keys
   * from `molehunt intel address`. A laptop sent to an office (any suite of the building) is benign.
   */
  officeAddresses: z.array(z.string().min(3)).default([]),
  /**
   * A ship-to that changed within this many days after the start (and the two weeks before it, when
   * offers are signed and laptops ordered) is the advisories' "asks to change the delivery address"
   * after the offer. The research proposes 30 days [D].
   */
  changeWindowDays: z.number().int().positive().default(30),
});
type Options = z.infer<typeof Options>;

interface Mismatch {
  shipment: Shipment;
  place: Place;
  home: Place;
  /** The ship-to before it, when the address changed within the window. */
  changedFrom?: Place;
  confidence: number;
}

const isHomeOrBuilding = (a: Place, b: Place): boolean => ['same', 'same-building'].includes(comparePlaces(a, b));

/** The home nearest to a ship-to: the one in the same town, else one in the same country, else the first. */
function nearestHome(place: Place, homes: readonly Place[]): Place {
  return homes.find((h) => sameTown(place, h)) ?? homes.find((h) => h.country && h.country === place.country) ?? homes[0]!;
}

/**
 * The ship-to addresses that are neither an office nor any claimed home (current or former: people
 * move), each with the earlier ship-to it replaced when that happened inside the change window.
 */
function mismatches(shipments: readonly Shipment[], homes: readonly Place[], isOffice: (p: Place) => boolean, inWindow: (at: number | undefined) => boolean): Omit<Mismatch, 'confidence'>[] {
  const out: Omit<Mismatch, 'confidence'>[] = [];
  const earlier: Place[] = [];
  for (const shipment of shipments) {
    const places = shipment.places.filter((p) => p.street);
    places.forEach((place, i) => {
      const compared = homes.map((h) => comparePlaces(place, h));
      const off = !isOffice(place) && !homes.some((h) => isHomeOrBuilding(place, h)) && compared.some((m) => m === 'different');
      // A change: an earlier address of this shipment, or an earlier shipment's, that is another place.
      const before = [...earlier, ...places.slice(0, i)].reverse().find((p) => comparePlaces(p, place) === 'different');
      if (off) out.push({ shipment, place, home: nearestHome(place, homes), ...(before && inWindow(shipment.at) ? { changedFrom: before } : {}) });
    });
    earlier.push(...places);
  }
  return out;
}

/** D-01: a laptop shipped somewhere other than the home the person claims. */
export default defineRule({
  id: 'shipping.ship-to-not-home',
  indicator: 'D-01',
  title: 'Laptop shipped to an address other than the claimed home',
  description:
    'A company device went to an address that is neither the home on the HR or application record nor an ' +
    'office. The advisories say to be "particularly suspicious if a developer claims they cannot receive items at ' +
    'the address on their identification documentation": facilitators receive laptops for workers abroad. A ' +
    'ship-to changed shortly after the offer is stronger.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['logistics.shipments', 'hr.employee', 'ats.applicant'],
  citations: [cite('D-01', 'S1'), cite('D-01', 'S12'), cite('D-01', 'S14')],
  falsePositives: [
    'People move house and HR is updated late: a replacement laptop long after the start goes to the new home (lower confidence outside the new-hire window; same-town moves lower still).',
    'Shipping to an office: list offices in officeAddresses; office and hybrid workers get low confidence while no office is listed.',
    'Shipping to a parent\'s or partner\'s home, or a temporary address while relocating or travelling.',
    'A building written without its flat number on one side is treated as the same home (different flats of one building never flag).',
  ],
  runbook:
    'Compare the ship-to with the home on the HR record and the ID document, and ask the employee (by a channel ' +
    'not given by them) why the laptop went there. Check whether other employees\' laptops went to the same address ' +
    '(shipping.shared-address), whether it is a mail drop (shipping.mail-drop), and where the laptop first checked in ' +
    '(shipping.device-elsewhere).',
  clears:
    'The employee confirms a move (update the HR home address and re-run), an office (add it to officeAddresses), ' +
    'or a relative\'s or temporary address they can show they live at: record a suppressions.findings entry for ' +
    'this rule and subject with the reason and an expiry.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    const isOffice = officeMatcher(o.officeAddresses);
    let shipped = 0;
    let uncompared = 0;
    for (const subject of ctx.subjects) {
      const shipments = shipmentsOf(ctx, subject).filter((s) => s.places.some((p) => p.street));
      if (shipments.length === 0) continue;
      shipped++;
      const homes = homesOf(ctx, subject);
      if (homes.length === 0) {
        uncompared++;
        continue;
      }
      const arrangement = attributeOf(subject, 'work_arrangement', 'hr.employee')?.toLowerCase() ?? '';
      // Office and hybrid workers' laptops often go to the office; without a listed office that cannot be told apart.
      const mayBeOffice = o.officeAddresses.length === 0 && /office|hybrid|on.?site/.test(arrangement);
      const inWindow = (at: number | undefined) => at !== undefined && isNewHireAt(subject, at, o.changeWindowDays);
      const found: Mismatch[] = mismatches(shipments, homes, isOffice, inWindow).map((m) => {
        let confidence = 0.55;
        if (m.changedFrom) confidence += 0.2;
        if (m.place.country && homes.every((h) => h.country && h.country !== m.place.country)) confidence += 0.15;
        else if (sameTown(m.place, m.home)) confidence -= 0.15; // a move within town, or a neighbour or relative nearby
        // Years after the start, a different address is most often a move HR has not caught up with.
        if (m.shipment.at !== undefined && !isNewHireAt(subject, m.shipment.at, ctx.policy.newHireDays)) confidence -= 0.2;
        if (mayBeOffice) confidence = Math.min(confidence, 0.25);
        return { ...m, confidence: Math.max(0.1, Math.min(0.9, confidence)) };
      });
      if (found.length === 0) continue;
      const worst = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      const date = worst.shipment.at !== undefined ? new Date(worst.shipment.at).toISOString().slice(0, 10) : 'undated';
      const serials = worst.shipment.serials.join(', ') || worst.shipment.record.source_id;
      const parts = [
        `laptop ${serials} shipped ${date} to ${worst.place.display}, not the home on record (${worst.home.display})`,
        ...(worst.changedFrom ? [`the ship-to changed from ${worst.changedFrom.display} within ${o.changeWindowDays} days of the start`] : []),
        ...(found.length > 1 ? [`${found.length} ship-to addresses differ from home`] : []),
        ...(mayBeOffice ? [`works ${arrangement}: may be an office (list offices in officeAddresses)`] : []),
      ];
      const times = found.map((m) => m.shipment.at).filter((t): t is number => t !== undefined);
      const evidence = [
        ...found.slice(0, 10).flatMap((m) => [
          ...(m.changedFrom ? [placeEvidence(m.changedFrom, { note: 'earlier ship-to' })] : []),
          placeEvidence(m.place),
        ]),
        ...homes.map((h) => placeEvidence(h)),
      ];
      findings.push({
        subject: subject.id,
        confidence: worst.confidence,
        summary: parts.join('; '),
        evidence,
        facets: timeFacets(subject, times, ctx.policy.newHireDays),
      });
    }
    if (uncompared > 0) {
      ctx.note(
        `shipping.ship-to-not-home: ${uncompared} of ${shipped} people with shipments have no home address with a street and ` +
          'number to compare with; include home_address in the HR export to check them.',
      );
    }
    return findings;
  },
});
