import { z } from 'zod';
import { offsetFinder } from '../../enrich/activity.js';
import type { SignIn } from '../../model/sign-in.js';
import type { ResolvedSubject } from '../../resolve/resolve-subjects.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { timeFacets } from '../finding-span.js';

const HOUR = 3_600_000;

/** True when the text is a valid regular expression (config is validated before any rule runs). */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

const Options = z.object({
  /** Research E-06 [D]: at least 60% of weekday activity in 00:00–09:00 UTC (09:00–18:00 in UTC+9). */
  minShare: z.number().min(0).max(1).default(0.6),
  /** Weekday sign-ins needed for a rhythm (two weeks of a few a day); fewer is anecdote. */
  minSignIns: z.number().int().min(1).default(20),
  /**
   * Of those UTC+9 office-hour sign-ins, at least this share must fall outside the claimed zone's own
   * working day. Without it, an early riser in Helsinki or Moscow (where 00–09 UTC is 03–12 local)
   * would look like a Pyongyang office day.
   */
  minOffHoursShare: z.number().min(0).max(1).default(0.5),
  /** The claimed zone's working day, local hours [start, end). Generous on both ends (early and late workers). */
  localDayStart: z.number().int().min(0).max(23).default(7),
  localDayEnd: z.number().int().min(1).max(24).default(19),
  /** Claimed zones (IANA name prefixes) in the Americas and Europe, where the indicator applies. */
  claimedZonePrefixes: z.array(z.string().min(2)).default(['America/', 'Europe/', 'Atlantic/', 'US/', 'Canada/', 'Brazil/', 'Mexico/', 'Chile/', 'Pacific/Honolulu']),
  /**
   * HR job titles or schedule columns that declare night or APAC-facing work: such staff keep exactly
   * this rhythm for innocent reasons, so they are not judged (case-insensitive regular expression).
   */
  nightShiftPattern: z.string().refine(compiles, 'not a valid regular expression').default('night|overnight|graveyard|third shift|late shift|evening shift|swing shift|apac|asia[- ]?pacific|follow[- ]the[- ]sun'),
});
type Options = z.infer<typeof Options>;

/** HR columns that may name a schedule (kept as attributes by the HR source). */
const SCHEDULE_KEYS = ['job_title', 'schedule', 'shift', 'work_schedule', 'working_hours', 'shift_pattern'];
/** A claimed zone this far east of UTC is Asia-Pacific, whatever a config prefix says: never judged. */
const MAX_CLAIMED_OFFSET_HOURS = 4;

function declaresNightWork(subject: ResolvedSubject, pattern: RegExp): boolean {
  return subject.identities.some((r) => r.kind === 'hr.employee' && SCHEDULE_KEYS.some((k) => pattern.test(r.attributes[k] ?? '')));
}

/**
 * The subject's claimed zone, chosen as ctx.activity chooses it (the first record, HR first, whose
 * time.zone enrichment names one), without building the activity histograms this rule does not use.
 */
function claimedZoneOf(ctx: RuleContext, subject: ResolvedSubject): { zone?: string; basis: string } {
  const claims = subject.identities.map((r) => ctx.identityEnrichment(r.id).time_zone).filter((c) => c !== undefined);
  return claims.find((c) => c.zone) ?? claims[0] ?? { basis: 'no identity record claims a time zone' };
}

/** Monday–Friday in UTC+9, the operator's working week (Sunday evening in the Americas is Monday there). */
const utc9Weekday = (at: number) => {
  const day = new Date(at + 9 * HOUR).getUTCDay();
  return day >= 1 && day <= 5;
};

/** E-06: a working rhythm of UTC+9 office hours from someone who claims to live in the Americas or Europe. */
export default defineRule({
  id: 'signin.utc9-rhythm',
  indicator: 'E-06',
  title: 'Working rhythm of UTC+8/+9 office hours, claimed zone in the Americas or Europe',
  description:
    'Most of the person\'s weekday sign-ins fall in 00:00–09:00 UTC — 09:00–18:00 in Pyongyang, Seoul or (an hour ' +
    'earlier) Shenyang — and at night or in the evening in the zone they claim. SEAL and KnowBe4 describe DPRK IT ' +
    'workers keeping their home office hours. It is a timing pattern, not a location: night owls, carers and people ' +
    'with a second job keep odd hours too, so the rule only corroborates other findings, skips staff whose HR title or ' +
    'schedule says night/APAC work, and never judges a claimed zone in Asia-Pacific.',
  // L–M in the research: weak alone. corroboratingOnly because odd hours are common and innocent; beside a
  // location finding (VPN egress, impossible travel, region) the same rhythm is meaningful corroboration.
  strength: 'L',
  severity: 'low',
  status: 'stable',
  corroboratingOnly: true,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-06', 'S17'), cite('E-06', 'S11')],
  falsePositives: [
    'Night-shift staff not marked as such in HR (title or schedule column).',
    'People who work with Asia-Pacific colleagues or customers, or who split their day around caring for family.',
    'A claimed time zone that is out of date (the person moved, or HR holds the office zone rather than the home one).',
  ],
  runbook:
    'Confirm the person\'s schedule with their manager and check HR\'s time zone. Read this beside the location findings ' +
    '(VPN egress, impossible travel, laptop location): the rhythm matters only when where they sign in from is also in doubt.',
  clears:
    'A confirmed night or APAC-facing schedule: record it in HR (job title or a schedule column), or add a finding ' +
    'suppression for this rule and subject with the reason.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    const night = new RegExp(o.nightShiftPattern, 'i');
    // One offset finder per zone for the run: its per-hour cache is shared by everyone who claims the zone.
    const finders = new Map<string, (at: number) => number>();
    for (const subject of ctx.subjects) {
      const signIns = (ctx.signInsBySubject.get(subject.id) ?? []).filter(succeeded);
      if (signIns.length < o.minSignIns) continue;
      const claim = claimedZoneOf(ctx, subject);
      const zone = claim.zone;
      if (!zone || !o.claimedZonePrefixes.some((p) => zone.startsWith(p))) continue;
      let offset = finders.get(zone);
      if (!offset) finders.set(zone, (offset = offsetFinder(zone)));
      if (offset(signIns[0]!.at) > MAX_CLAIMED_OFFSET_HOURS * HOUR) continue;
      if (declaresNightWork(subject, night)) continue;
      const weekday = signIns.filter((s) => utc9Weekday(s.at));
      if (weekday.length < o.minSignIns) continue;
      const inWindow: SignIn[] = [];
      let offHours = 0;
      for (const s of weekday) {
        if (new Date(s.at).getUTCHours() >= 9) continue;
        inWindow.push(s);
        const local = new Date(s.at + offset(s.at)).getUTCHours();
        if (local < o.localDayStart || local >= o.localDayEnd) offHours++;
      }
      const share = inWindow.length / weekday.length;
      const offShare = inWindow.length > 0 ? offHours / inWindow.length : 0;
      if (share < o.minShare || offShare < o.minOffHoursShare) continue;
      const strong = share >= 0.8 && weekday.length >= 2 * o.minSignIns;
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      findings.push({
        subject: subject.id,
        // 0.35 at the threshold up to 0.6: a rhythm never says where someone is, only when they work.
        confidence: Math.min(0.6, 0.35 + (share - o.minShare) * 0.5 + (strong ? 0.1 : 0)),
        ...(strong ? { severity: 'medium' as const } : {}),
        summary:
          `${inWindow.length} of ${weekday.length} weekday sign-ins (${pct(share)}) fell in 00:00–09:00 UTC (09:00–18:00 in UTC+9); ` +
          `${pct(offShare)} of those were outside ${o.localDayStart}:00–${o.localDayEnd}:00 in the claimed zone ${zone}`,
        evidence: [
          { values: { claimed_zone: zone, zone_basis: claim.basis, weekday_signins: weekday.length, in_utc9_office_hours: inWindow.length, share: Number(share.toFixed(2)), outside_local_day: offHours } },
          ...inWindow.slice(0, 8).map((s) => signInEvidence(s, { local_hour: new Date(s.at + offset(s.at)).getUTCHours(), utc9_hour: new Date(s.at + 9 * HOUR).getUTCHours() })),
        ],
        facets: timeFacets(subject, inWindow.map((s) => s.at), ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
