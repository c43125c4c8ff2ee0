import { z } from 'zod';
import type { Event } from '../../model/event.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { isoDay } from '../host-events.js';
import { IdentifierGroups, isPerson, type Sighting } from '../shared-identifiers.js';
import { eventEvidence, eventTime, recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /** [D] §I-06: distinct people one hardware serial is seen under. */
  minSubjects: z.number().int().min(2).default(2),
  /** Periods that overlap by less than this are a handover (IT, the old and the new owner on one day), not sharing. */
  minOverlapHours: z.number().nonnegative().default(24),
  /** A serial under more people than this is a placeholder or a pool device: noted, not flagged. */
  maxSubjects: z.number().int().min(2).default(5),
});

/** Serials firmware writes when nobody set one; they are equal on every such machine and identify nothing. */
const PLACEHOLDER = /^(0+|none|n\/?a|unknown|default string|to be filled by o\.e\.m\.|system serial number|not specified|chassis serial number|0123456789|123456789)$/i;

/** The dates an identity record puts on its device: MDM enrollment and last check-in, shipping date. */
function recordTimes(r: IdentityRecord): number[] {
  return [r.attributes.enrolled_at, r.attributes.last_check_in, r.attributes.ship_date].map((v) => (v ? Date.parse(v) : NaN)).filter((t) => !Number.isNaN(t));
}

interface Period {
  subject: string;
  from?: number;
  to?: number;
  sightings: Sighting[];
}

const HOUR = 3_600_000;

/** The sightings that show a period: the first and the last dated one, or an undated record. */
function bounds(sightings: readonly Sighting[]): Sighting[] {
  const dated = sightings.filter((s) => s.at !== undefined).sort((a, b) => a.at! - b.at!);
  const picked = dated.length > 0 ? [dated[0]!, dated[dated.length - 1]!] : sightings.slice(0, 1);
  // A record dated twice (enrolled, last check-in) is one piece of evidence.
  return picked.filter((s, i) => picked.findIndex((x) => x.evidence === s.evidence) === i);
}

/** I-06: one device serial under several people at the same time. */
export default defineRule({
  id: 'endpoint.shared-device-serial',
  indicator: 'I-06',
  title: 'One device serial under several people at once',
  description:
    'The same hardware serial number appears under two or more people (MDM owner, shipment, endpoint inventory) during ' +
    'overlapping periods: one computer is being used as, or for, several identities. Laptops reassigned from one employee ' +
    'to the next are not flagged: their periods follow each other.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['mdm.devices', 'logistics.shipments', 'osquery.result'],
  citations: [cite('I-06', 'S21')],
  falsePositives: [
    'Laptops reassigned to a new owner (periods that follow each other are skipped; a handover shorter than minOverlapHours too).',
    'Pool, loaner and shared lab machines used by several people (suppress the finding with the pool named as the reason).',
    'Placeholder serials from firmware ("Default string", all zeros) and serials under more than maxSubjects people (noted, not flagged).',
  ],
  runbook:
    'For each person, list where the serial appears (MDM owner, shipment, endpoint owner) with dates. Two new hires on one laptop at ' +
    'the same time point to one operator or a farm: check sign-in IPs, addresses and payouts shared between them (E-04, D-03, G-03). ' +
    'A record that is simply out of date (old owner never removed in MDM): fix the record.',
  clears:
    'IT shows the device was reassigned or is a shared pool/loaner machine (fix the MDM owner, or a suppressions.findings entry for ' +
    'this rule and the subjects, with the asset record as the reason).',
  options: Options,
  evaluate(ctx, o) {
    const groups = new IdentifierGroups();
    for (const subject of ctx.subjects) {
      if (!isPerson(subject)) continue;
      for (const record of subject.identities) {
        const times = recordTimes(record);
        for (const serial of record.identifiers.device_serials) {
          const evidence = recordEvidence(record, { serial, kind: record.kind, dates: times.map(isoDay).join(' ') || null });
          for (const at of times.length > 0 ? times : [undefined]) groups.add(serial.trim().toUpperCase(), subject.id, { evidence, ...(at !== undefined ? { at } : {}) });
        }
      }
    }
    for (const [subject, events] of ctx.eventsBySubject) {
      if (!isPerson(ctx.subject(subject)!)) continue;
      // Daily inventories repeat the serial: the first and the last event (in time order) bound the period.
      const spans = new Map<string, { first: Event; last: Event }>();
      for (const e of events) {
        const serial = e.device?.serial_number?.trim().toUpperCase();
        if (!serial) continue;
        const span = spans.get(serial);
        if (span) span.last = e;
        else spans.set(serial, { first: e, last: e });
      }
      for (const [serial, { first, last }] of spans) {
        for (const e of first === last ? [first] : [first, last]) {
          groups.add(serial, subject, { at: eventTime(e), evidence: eventEvidence(e, { serial: e.device!.serial_number!, host: e.host?.name ?? null }) });
        }
      }
    }
    const findings: FindingDraft[] = [];
    for (const [serial, bySubject] of groups.groups(o.minSubjects)) {
      if (PLACEHOLDER.test(serial)) continue;
      if (bySubject.size > o.maxSubjects) {
        ctx.note(`device serial ${serial} appears under ${bySubject.size} people and was treated as a placeholder or pool device, not as evidence; raise rules.endpoint.shared-device-serial.maxSubjects to examine it.`);
        continue;
      }
      const periods: Period[] = [...bySubject].map(([subject, sightings]) => {
        const times = sightings.map((s) => s.at).filter((t): t is number => t !== undefined);
        return { subject, sightings, ...(times.length > 0 ? { from: Math.min(...times), to: Math.max(...times) } : {}) };
      });
      const overlaps = (a: Period, b: Period) => a.from !== undefined && b.from !== undefined && Math.min(a.to!, b.to!) - Math.max(a.from, b.from) >= o.minOverlapHours * HOUR;
      const shared = periods.filter((p) => periods.some((q) => q !== p && overlaps(p, q)));
      const undated = periods.filter((p) => p.from === undefined);
      // Undated sightings cannot be told from a reassignment: reported, but weakly.
      const group = (shared.length >= o.minSubjects ? shared : undated.length > 0 ? periods : []).sort((a, b) =>
        ctx.subject(a.subject)!.display_name.localeCompare(ctx.subject(b.subject)!.display_name),
      );
      if (group.length < o.minSubjects) continue;
      const dated = shared.length >= o.minSubjects;
      const label = (p: Period) => `${ctx.subject(p.subject)!.display_name} (${p.from !== undefined ? `${isoDay(p.from)} – ${isoDay(p.to!)}` : 'no dates'})`;
      const evidence = group.flatMap((p) => bounds(p.sightings).map((s) => s.evidence));
      for (const p of group) {
        findings.push({
          subject: p.subject,
          confidence: dated ? Math.min(0.85, 0.6 + 0.1 * (group.length - 2)) : 0.35,
          summary: `Device serial ${serial} appears under ${group.length} people ${dated ? 'at the same time' : 'with too few dates to tell a reassignment from sharing'}: ${group.map(label).join(', ')}`,
          evidence,
          related: group.map((q) => q.subject),
          ...(p.from !== undefined ? { facets: { from: p.from, to: p.to! } } : {}),
        });
      }
    }
    return findings;
  },
});
