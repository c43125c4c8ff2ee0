import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { sameName } from '../applicant-facts.js';
import { densestDistinctWindow } from '../event-helpers.js';
import { enrichmentOfEvent, sharedByDesign } from '../observed-ip.js';
import { eventEvidence, eventTime } from '../subject-facts.js';

const Options = z.object({
  /** Different names applying from one address within personaWindowDays (research A-09 [D]). */
  minPersonas: z.number().int().min(2).default(5),
  /** An operator cycles personas over weeks; a month holds a campaign without joining unrelated tenants of a reassigned address. */
  personaWindowDays: z.number().positive().default(30),
  /** Applications from one address within 24 hours (research A-09 [D]; Insikt saw up to 60 a day, S14). */
  maxPerDay: z.number().int().min(2).default(20),
  /**
   * An address more different names applied from than this, over all the data, is a campus, library,
   * coworking or corporate exit nobody declared: noted for the analyst, not flagged.
   */
  maxPersonas: z.number().int().min(2).default(30),
  /**
   * Network classes whose addresses many strangers share at once: mobile and satellite carriers put
   * thousands of subscribers behind one public address (CGNAT), relays and Tor exits mix all their users.
   */
  ignoreClasses: z.array(z.string()).default(['mobile', 'satellite', 'relay', 'tor']),
});
type Options = z.infer<typeof Options>;

const DAY = 86_400_000;

interface Application {
  event: Event;
  subject: string;
  name?: string;
  at: number;
}

/** Applications per public address that says something about who applied, in time order. */
function applicationsByIp(ctx: RuleContext, o: Options): Map<string, Application[]> {
  const subjectOf = new Map(ctx.subjects.flatMap((s) => s.identities.map((r) => [r.id, s] as const)));
  const byIp = new Map<string, Application[]>();
  for (const event of ctx.events) {
    const ip = event.source?.ip;
    const subject = event.molehunt.identity_id ? subjectOf.get(event.molehunt.identity_id) : undefined;
    if (event.event.action !== 'application.submitted' || !ip || !subject) continue;
    const enrichment = enrichmentOfEvent(ctx, event);
    if (sharedByDesign(enrichment) || o.ignoreClasses.includes(enrichment.ip_intel?.class ?? '')) continue;
    const record = subject.identities.find((r) => r.id === event.molehunt.identity_id);
    const list = byIp.get(ip) ?? [];
    list.push({ event, subject: subject.id, name: record?.name ?? subject.display_name, at: eventTime(event) });
    byIp.set(ip, list);
  }
  return byIp;
}

/**
 * Clusters the names on one address into personas (one person's spellings are one persona). Stops
 * once there are more than `limit`: the address is a hub, and comparing further names is wasted work.
 */
function personaOf(apps: readonly Application[], limit: number): { persona: Map<string, number>; count: number } {
  const firsts: (string | undefined)[] = [];
  const persona = new Map<string, number>();
  for (const app of apps) {
    if (persona.has(app.subject)) continue;
    let index = firsts.findIndex((f) => sameName(f, app.name));
    if (index < 0) index = firsts.push(app.name) - 1;
    if (firsts.length > limit) break;
    persona.set(app.subject, index);
  }
  return { persona, count: firsts.length };
}

/** The 24-hour window with the most applications: its applications. Two pointers, linear. */
function busiestDay(apps: readonly Application[]): Application[] {
  let best: [number, number] = [0, 0];
  for (let start = 0, end = 0; end < apps.length; end++) {
    while (apps[end]!.at - apps[start]!.at > DAY) start++;
    if (end - start > best[1] - best[0]) best = [start, end];
  }
  return apps.slice(best[0], best[1] + 1);
}

/** many applications, or many personas, from one address. */
export default defineRule({
  id: 'applicant.application-velocity',
  indicator: 'A-09',
  title: 'Many applications or personas from one address',
  description:
    'One public IP address submits applications under several different names within weeks, or a burst of ' +
    'applications within a day. One DPRK cluster applied to over 1,100 companies, up to 60 positions a day, under 22 ' +
    'personas (Insikt); Okta counted 130 identities behind 6,500 interviews. Corporate egress, CGNAT, mobile and ' +
    'satellite carriers and privacy relays are left out, since strangers share them.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['ats.applications'],
  citations: [cite('A-09', 'S14'), cite('A-09', 'S15')],
  falsePositives: [
    'A university, library, coworking space or office whose egress is not in corporate_egress_cidrs (very busy ones exceed maxPersonas and are only noted).',
    'Carrier-grade NAT on home ISPs that the IP intelligence does not class as mobile.',
    'A career fair or recruiting event where candidates apply on site from one network.',
    'One job seeker applying to many roles in one evening (a burst from a single name weighs little).',
  ],
  runbook:
    'List the applications from the address with names, claimed locations, résumés and contact data. Different claimed ' +
    'cities from one residential or VPN address point to one operator: compare the applications (A-01, A-03) and check ' +
    'whether any of the names were hired. A campus or office address: add it to corporate_egress_cidrs.',
  clears:
    'The address is a campus, library, event or office network (add it to corporate_egress_cidrs), or the burst is one ' +
    'candidate applying to many roles; record a suppressions.findings entry for the subjects.',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const [ip, apps] of applicationsByIp(ctx, o)) {
      const { persona, count } = personaOf(apps, o.maxPersonas);
      if (count > o.maxPersonas) {
        ctx.note(
          `${ip} submitted applications under more than ${o.maxPersonas} different names and was treated as shared egress (campus, library, ` +
            'office), not as evidence; list it in corporate_egress_cidrs, or raise rules.applicant.application-velocity.maxPersonas to examine it.',
        );
        continue;
      }
      const window = densestDistinctWindow(apps, (a) => String(persona.get(a.subject)), o.personaWindowDays * DAY);
      const manyPersonas = window.size >= o.minPersonas;
      const day = busiestDay(apps);
      const burst = day.length >= o.maxPerDay;
      if (!manyPersonas && !burst) continue;
      const shown = [...new Map([...(manyPersonas ? window.values() : []), ...(burst ? day : [])].map((a) => [a.event.event.id, a])).values()];
      const subjects = [...new Set(shown.map((a) => a.subject))];
      const names = [...new Set([...window.values()].map((a) => a.name ?? a.subject))];
      const parts = [
        ...(manyPersonas ? [`under ${window.size} different names within ${o.personaWindowDays} days (${names.join(', ')})`] : []),
        ...(burst ? [`${day.length} times within 24 hours`] : []),
      ];
      // Personas are the operator's signature; a burst from one name can be an eager job seeker.
      const burstPersonas = new Set(day.map((a) => persona.get(a.subject))).size;
      const confidence = manyPersonas
        ? Math.min(0.8, 0.5 + 0.05 * (window.size - o.minPersonas) + (burst ? 0.1 : 0))
        : Math.min(0.5, 0.35 + 0.05 * (burstPersonas - 1));
      const evidence = shown.map((a) => eventEvidence(a.event, { ip, name: a.name ?? null }));
      for (const subject of subjects) {
        findings.push({
          subject,
          confidence,
          summary: `IP ${ip} submitted applications ${parts.join(' and ')}`,
          evidence,
          related: subjects,
          facets: { from: Math.min(...shown.map((a) => a.at)), to: Math.max(...shown.map((a) => a.at)) },
        });
      }
    }
    return findings;
  },
});
