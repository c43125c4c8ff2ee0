import { z } from 'zod';
import { homesOf, placesOf, sameTown, HOME_KINDS, type Place } from '../address-groups.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { placeEvidence } from '../shipment-records.js';

const Options = z.object({
  /**
   * APO/FPO/DPO and PSC/CMR boxes are how service members and their families receive mail abroad; with
   * this on they are never a finding (off: they count as PO boxes with little weight).
   */
  militaryPostIsNormal: z.boolean().default(true),
  /** Also judge claimed home addresses (a forwarder's warehouse as "home"), not only ship-to addresses. */
  includeHomes: z.boolean().default(true),
});

type Kind = 'forwarder' | 'mail drop' | 'PO box' | 'military post';

// Military post written in the line or as the city (USPS: "PSC 1234 Box 5678, APO AE 09012").
const MILITARY = /\b(?:psc|cmr)\s+\d+|\b[adf]\.?p\.?o\b\.?(?:\s+a[aep]\b)?/i;
// Bases that name a reshipper rather than a mailbox: forwarder names and patterns, and imported (reshipper) lists.
const FORWARDER_BASIS = /forward|reship|logistics|customer account|imported list/i;

function kindOf(place: Place): Kind | undefined {
  if (place.mail_drop) return FORWARDER_BASIS.test(place.mail_drop_basis ?? '') ? 'forwarder' : 'mail drop';
  if (!place.po_box) return undefined;
  return MILITARY.test(`${place.address.line ?? ''} ${place.address.city ?? ''}`) ? 'military post' : 'PO box';
}

/**
 * How much each kind weighs at a ship-to and at a claimed home. Couriers do not deliver laptops to PO
 * boxes and nobody lives in a forwarder's warehouse; a local UPS Store for parcels, a PO box as a rural
 * or private mailing address, and a virtual mailbox for full-time travellers are ordinary.
 */
const WEIGHT: Record<Kind, { ship_to: number; home: number }> = {
  forwarder: { ship_to: 0.85, home: 0.7 },
  'mail drop': { ship_to: 0.7, home: 0.4 },
  'PO box': { ship_to: 0.6, home: 0.25 },
  'military post': { ship_to: 0.2, home: 0.1 },
};

interface Hit {
  place: Place;
  kind: Kind;
  confidence: number;
}

/** D-02: a laptop shipped to, or a home claimed at, a freight forwarder, mail drop or PO box. */
export default defineRule({
  id: 'shipping.mail-drop',
  indicator: 'D-02',
  title: 'Freight forwarder, mail drop or PO box as ship-to or home',
  description:
    'A company laptop was sent to a parcel forwarder, a commercial mail-receiving agency or virtual mailbox, or a PO ' +
    'box, or the claimed home is one. Laptops for workers abroad are sent to "freight-forwarding or anonymized ' +
    'PO-box addresses" and reshipped; nobody lives at a forwarder\'s warehouse.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['logistics.shipments', 'hr.employee', 'ats.applicant'],
  citations: [cite('D-02', 'S2'), cite('D-02', 'S14')],
  falsePositives: [
    'A local UPS Store or similar used for parcel safety (porch theft): a mail drop in the same town as the home gets lower confidence.',
    'Rural residents and privacy-minded people whose mailing address is a PO box (home PO boxes weigh little).',
    'Full-time RV travellers and digital nomads domiciled at a virtual mailbox (home mail drops weigh less than ship-to).',
    'Service members and their families at APO/FPO/DPO addresses (ignored while militaryPostIsNormal is on).',
  ],
  runbook:
    'Look the address up (`molehunt intel address`) and on the business\'s website; ask the employee where they ' +
    'physically live and how the laptop reaches them. A forwarder ship-to means the laptop travels on: check where ' +
    'it first checked in (shipping.device-elsewhere) and whether other employees use the same address (shipping.shared-address).',
  clears:
    'The employee shows they live in the same town and collect parcels at the mail drop, or the PO box is their ' +
    'rural mailing address: record a suppressions.findings entry for this rule and subject with the reason and an expiry.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const homes = homesOf(ctx, subject);
      const shipTo = placesOf(ctx, subject, 'ship_to', ['shipment.recipient']);
      const claimed = o.includeHomes ? placesOf(ctx, subject, 'home', HOME_KINDS) : [];
      const hits: Hit[] = [];
      for (const place of [...shipTo, ...claimed]) {
        const kind = kindOf(place);
        if (!kind || (kind === 'military post' && o.militaryPostIsNormal)) continue;
        const role = place.address.role === 'ship_to' ? 'ship_to' : 'home';
        let confidence = WEIGHT[kind][role];
        // A mailbox shop in the person's own town is most often a parcel-safety habit.
        if (role === 'ship_to' && kind === 'mail drop' && homes.some((h) => h.key !== place.key && sameTown(place, h))) confidence -= 0.25;
        hits.push({ place, kind, confidence });
      }
      if (hits.length === 0) continue;
      hits.sort((a, b) => b.confidence - a.confidence);
      const top = hits[0]!;
      const distinct = new Set(hits.map((h) => h.place.key)).size;
      const confidence = Math.min(0.9, top.confidence + 0.05 * (distinct - 1));
      const describe = (h: Hit) =>
        `${h.place.address.role === 'ship_to' ? 'ship-to' : 'home'} ${h.place.display} is a ${h.kind}` +
        (h.place.mail_drop_basis ? ` (${h.place.mail_drop_basis})` : '');
      const times = hits.map((h) => Date.parse(h.place.record.attributes.ship_date ?? '')).filter((t) => !Number.isNaN(t));
      findings.push({
        subject: subject.id,
        confidence,
        summary: [...new Map(hits.map((h) => [h.place.key, describe(h)])).values()].join('; '),
        evidence: hits.slice(0, 10).map((h) => placeEvidence(h.place, { kind: h.kind, basis: h.place.mail_drop_basis ?? (h.place.po_box ? 'PO box' : null) })),
        facets: timeFacets(subject, times, ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
