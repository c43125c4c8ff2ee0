import { z } from 'zod';
import { longestBusyStretch } from '../../enrich/busy-hours.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { timeFacets } from '../finding-span.js';

const DAY = 86_400_000;

const Options = z.object({
  /**
   * Research E-05 [D]: activity in at least 20 of 24 hourly bins. One person sleeps, eats and goes
   * offline for more than four hours a day; a long workday with evening e-mail fills about 16.
   */
  minActiveHours: z.number().int().min(1).max(24).default(20),
  /** Research E-05 [D]: for at least 2 consecutive days (one heavy day can be an incident or a deadline). */
  minDays: z.number().int().min(1).default(2),
  /** Sign-ins shown as evidence (the stretch can hold hundreds). */
  maxEvidence: z.number().int().min(2).default(12),
});
type Options = z.infer<typeof Options>;

/** E-05: an account active around the clock for days: shifts of operators, or a mouse-jiggled laptop farm. */
export default defineRule({
  id: 'signin.always-on',
  indicator: 'E-05',
  title: 'Account active around the clock for days',
  description:
    'The account signs in during at least 20 of every 24 hours for two or more consecutive days. The 2022 advisory ' +
    'describes DPRK IT workers "logged into their accounts continuously for one or more days at a time"; several ' +
    'operators share one identity in shifts, and laptop farms keep machines awake with mouse jigglers. Hours are counted ' +
    'over sliding 24-hour periods, so no time zone is assumed; a night-shift worker (8–10 hours a night) never gets close. ' +
    'Sign-in facts carry no interactive flag: Entra non-interactive sign-ins (token refreshes) count like the others.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('E-05', 'S1'), cite('E-05', 'S5')],
  falsePositives: [
    'An on-call engineer working a multi-day incident.',
    'A script, sync client or service job running under a person\'s own account (a fixed IP and user agent every hour).',
    'Entra non-interactive sign-ins (background token refreshes from a laptop left on) ingested with the interactive ones.',
  ],
  runbook:
    'Open the stretch: several IPs, devices or user agents taking turns point to shared use; one IP and one agent at a ' +
    'fixed cadence point to automation. Check on-call rotas and incident tickets for the dates, and whether the log source ' +
    'includes non-interactive sign-ins. Compare with endpoint evidence (mouse jiggler, remote-access tools, IP-KVM).',
  clears:
    'An on-call incident on those dates or an automation under the account (move it to a service account): record a ' +
    'finding suppression for this rule and subject with the reason and an expiry date.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o: Options) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const signIns = (ctx.signInsBySubject.get(subject.id) ?? []).filter(succeeded);
      // Fewer sign-ins than busy hours needed cannot fill the bins: skip the work.
      if (signIns.length < o.minActiveHours * o.minDays) continue;
      const stretch = longestBusyStretch(signIns.map((s) => s.at), o.minActiveHours);
      if (!stretch || stretch.days < o.minDays) continue;
      const end = stretch.start + stretch.days * DAY;
      const inside = signIns.filter((s) => s.at >= stretch.start && s.at < end);
      const ips = new Set(inside.map((s) => s.ip).filter(Boolean)).size;
      const agents = new Set(inside.map((s) => s.userAgent).filter(Boolean)).size;
      // Evenly spaced samples, first and last included, so the evidence shows the whole stretch.
      const picks = Math.min(o.maxEvidence, inside.length);
      const shown = [...new Set(Array.from({ length: picks }, (_, k) => Math.round((k * (inside.length - 1)) / Math.max(1, picks - 1))))].map((i) => inside[i]!);
      // 0.55 at the threshold; each further day makes an incident or a deadline less likely.
      const confidence = Math.min(0.8, 0.55 + 0.1 * (stretch.days - o.minDays) + (ips >= 2 ? 0.05 : 0));
      findings.push({
        subject: subject.id,
        confidence,
        summary:
          `Active in ${stretch.activeHours.join(', ')} of 24 hourly bins on ${stretch.days === 1 ? '1 day' : `${stretch.days} consecutive days`} from ` +
          `${new Date(stretch.start).toISOString().slice(0, 16)}Z (${inside.length} sign-ins, ${ips} IP address${ips === 1 ? '' : 'es'}` +
          `${agents > 0 ? `, ${agents} user agent${agents === 1 ? '' : 's'}` : ''})`,
        evidence: shown.map((s) => signInEvidence(s, { user_agent: s.userAgent ?? null })),
        facets: timeFacets(subject, inside.map((s) => s.at), ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
