import { z } from 'zod';
import type { Evidence } from '../../model/finding.js';
import type { SignIn } from '../../model/sign-in.js';
import type { ResolvedSubject } from '../../resolve/resolve-subjects.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { countriesOf } from '../finding-span.js';
import { claimedCountry, eventTime, isNewHireAt, recordEvidence, recordsOf, startOf } from '../subject-facts.js';

const DAY = 86_400_000;

const Options = z.object({
  /** How many of the earliest located sign-ins count as "first sign-ins" (shown as evidence with the first). */
  firstSignIns: z.number().int().min(1).default(5),
  /** Phones and tablets are routinely unmanaged (BYOD mail and chat): only computers count as unmanaged devices. */
  ignoreMobileUnmanaged: z.boolean().default(true),
  /**
   * Weight of each signal alone; several combine as independent evidence. An unmanaged computer is the
   * S19 case; a foreign first sign-in nearly as telling; working before the laptop shipped is often an
   * IT backlog, so it weighs least.
   */
  weights: z.object({ unmanaged: z.number().min(0).max(1).default(0.55), foreign: z.number().min(0).max(1).default(0.5), beforeShipment: z.number().min(0).max(1).default(0.3) }).default({ unmanaged: 0.55, foreign: 0.5, beforeShipment: 0.3 }),
});
type Options = z.infer<typeof Options>;

/** Exit classes whose country is a server's, not the person's: they say nothing about the region. */
const UNLOCATED = new Set(['vpn', 'proxy', 'tor', 'hosting', 'relay', 'corporate', 'private']);

interface Signal {
  weight: number;
  text: string;
  evidence: Evidence[];
  signIns: SignIn[];
}

/** The earliest date a laptop was shipped to the subject: shipment records, else shipment events. */
function firstShipment(ctx: RuleContext, subject: ResolvedSubject): { at: number; evidence: Evidence } | undefined {
  let best: { at: number; evidence: Evidence } | undefined;
  for (const r of recordsOf(subject, 'shipment.recipient')) {
    const at = Date.parse(r.attributes.ship_date ?? '');
    if (!Number.isNaN(at) && (!best || at < best.at)) best = { at, evidence: recordEvidence(r, { ship_date: r.attributes.ship_date! }) };
  }
  if (best) return best;
  const shipped = (ctx.eventsBySubject.get(subject.id) ?? []).find((e) => e.event.action === 'device.shipped');
  return shipped ? { at: eventTime(shipped), evidence: { event_id: shipped.event.id, raw_ref: shipped.molehunt.raw_ref, timestamp: shipped['@timestamp'], values: { action: 'device.shipped' } } } : undefined;
}

function signals(ctx: RuleContext, subject: ResolvedSubject, start: number, early: readonly SignIn[], o: Options): Signal[] {
  const out: Signal[] = [];
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const unmanaged = early.filter((s) => {
    if (s.managed !== false) return false;
    const type = ctx.enrichment(s).user_agent?.device_type;
    return !o.ignoreMobileUnmanaged || type === undefined || type === 'desktop';
  });
  if (unmanaged.length > 0) {
    out.push({ weight: o.weights.unmanaged, signIns: unmanaged, evidence: unmanaged.slice(0, 5).map((s) => signInEvidence(s, { managed: false, user_agent: s.userAgent ?? null })),
      text: `${unmanaged.length} sign-in${unmanaged.length > 1 ? 's' : ''} from an unmanaged computer (first ${day(unmanaged[0]!.at)})` });
  }
  const claimed = claimedCountry(subject);
  const located = early
    .map((s) => ({ s, e: ctx.enrichment(s) }))
    .filter(({ e }) => !e.ip_scope?.shared_by_design && !UNLOCATED.has(e.ip_intel?.class ?? ''))
    .map(({ s, e }) => ({ s, country: s.country ?? e.ip_intel?.country }))
    .filter((x): x is { s: SignIn; country: string } => !!x.country)
    .slice(0, o.firstSignIns);
  if (claimed && located[0] && located[0].country !== claimed) {
    const foreign = located.filter((x) => x.country !== claimed);
    out.push({ weight: o.weights.foreign, signIns: foreign.map((x) => x.s), evidence: foreign.map((x) => signInEvidence(x.s, { claimed_country: claimed })),
      text: `the first sign-in came from ${located[0].country}, not the claimed ${claimed} (${foreign.length} of the first ${located.length} located)` });
  }
  const shipment = firstShipment(ctx, subject);
  // Before the start date a new hire may do HR paperwork from home: only working days before the laptop left count.
  const beforeLaptop = shipment ? early.filter((s) => s.at >= start && s.at < shipment.at) : [];
  if (shipment && beforeLaptop.length > 0) {
    out.push({ weight: o.weights.beforeShipment, signIns: beforeLaptop, evidence: [...beforeLaptop.slice(0, 3).map((s) => signInEvidence(s)), shipment.evidence],
      text: `signed in from ${day(beforeLaptop[0]!.at)}, ${Math.ceil((shipment.at - beforeLaptop[0]!.at) / DAY)} days before the laptop shipped (${day(shipment.at)})` });
  }
  return out;
}

/** E-07: a new hire's first sign-ins from an unmanaged computer, an unexpected country, or before the laptop left. */
export default defineRule({
  id: 'signin.new-hire-unmanaged',
  indicator: 'E-07',
  title: 'New hire\'s first sign-ins from an unmanaged computer or an unexpected region',
  description:
    'In the new-hire window, the account signs in from a computer the company does not manage, its first sign-ins come ' +
    'from a country other than the claimed home, or it works before the company laptop has even shipped. LevelBlue\'s ' +
    'case began with a new hire\'s first Entra ID login from an unmanaged device on an Astrill IP, inconsistent with the ' +
    'prior region; the FBI warns of session cookies used to work from non-company devices. Device management comes from ' +
    'the IdP (Entra deviceDetail.isManaged, Okta device.managed); phones are ignored (BYOD mail is normal).',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login', 'logistics.shipments'],
  citations: [cite('E-07', 'S19'), cite('E-07', 'S4')],
  falsePositives: [
    'A laptop that shipped late (IT backlog), so the new hire started on a personal computer as told.',
    'A new hire travelling or finishing a stay abroad when they start.',
    'Pre-boarding paperwork from a personal device before the start date (not counted) or a BYOD policy that allows personal computers.',
  ],
  runbook:
    'Ask IT whether the new hire was told to use a personal computer until the laptop arrived, and check the shipment\'s ' +
    'delivery. Look at the same sign-ins\' IP class (VPN?), MFA device and user agent. An unmanaged device with VPN egress ' +
    'on a new hire is a §7 escalation: verify the person on a live video call with ID before granting more access.',
  clears:
    'IT confirms the personal-computer period or a known trip at the start: record a finding suppression (or a travel ' +
    'suppression with the countries and dates) with the reason.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const start = startOf(subject);
      if (start === undefined) continue;
      const early = (ctx.signInsBySubject.get(subject.id) ?? []).filter((s) => succeeded(s) && isNewHireAt(subject, s.at, ctx.policy.newHireDays));
      if (early.length === 0) continue;
      const found = signals(ctx, subject, start, early, o);
      if (found.length === 0) continue;
      const involved = found.flatMap((f) => f.signIns);
      findings.push({
        subject: subject.id,
        // Independent signals combine like independent evidence; never certain (all have innocent readings).
        confidence: Math.min(0.9, 1 - found.reduce((p, f) => p * (1 - f.weight), 1)),
        ...(found.length >= 2 ? { severity: 'high' as const } : {}),
        summary: `New hire (started ${new Date(start).toISOString().slice(0, 10)}): ${found.map((f) => f.text).join('; ')}`,
        evidence: found.flatMap((f) => f.evidence),
        facets: {
          countries: countriesOf(involved.map((s) => s.country ?? ctx.enrichment(s).ip_intel?.country)),
          from: Math.min(...involved.map((s) => s.at)),
          to: Math.max(...involved.map((s) => s.at)),
          new_hire: true,
        },
      });
    }
    return findings;
  },
});
