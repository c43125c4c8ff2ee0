import { z } from 'zod';
import type { Finding, SuppressionMark } from '../model/finding.js';
import type { ResolvedSubject } from '../resolve/resolve-subjects.js';
import { claimedCountry } from './subject-facts.js';

const IsoDate = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'expected a date such as 2027-01-31');
const Reason = z.string().min(3, 'say why (an auditor will read it)');
const Common = { reason: Reason, expires: IsoDate.optional() };

/**
 * Suppressions in the config file. Each entry says why and may expire; a suppressed finding is
 * kept and shown as suppressed, never deleted. Subjects are named by subject id, e-mail or employee id.
 */
export const SuppressionsSchema = z
  .object({
    /** Findings of one rule (id or indicator), one subject, or one rule for one subject. */
    findings: z.array(z.object({ rule: z.string().optional(), subject: z.string().optional(), ...Common }).strict()
      .refine((f) => f.rule || f.subject, 'name a rule, a subject or both')).default([]),
    /** A subject's known trip: findings that place them only in these countries during these dates. */
    travel: z.array(z.object({ subject: z.string(), countries: z.array(z.string().regex(/^[A-Za-z]{2}$/)).min(1), from: IsoDate, to: IsoDate, ...Common }).strict()).default([]),
    /** People who legitimately share a home (and so an address, a connection, maybe an account). */
    households: z.array(z.object({ subjects: z.array(z.string()).min(2), ...Common }).strict()).default([]),
    /** Remote-access tools the organization sanctions (e.g. its own RMM): never a finding on their own. */
    sanctioned_remote_tools: z.array(z.object({ tool: z.string().min(2), ...Common }).strict()).default([]),
  })
  .strict();
export type Suppressions = z.input<typeof SuppressionsSchema>;

const DAY = 86_400_000;

/** True when `ref` names the subject: its id, an e-mail, an employee id or a record's source id. */
export function subjectMatches(subject: ResolvedSubject, ref: string): boolean {
  const q = ref.trim().toLowerCase();
  if (subject.id === ref.trim()) return true;
  return subject.identities.some(
    (r) =>
      r.employee_id?.toLowerCase() === q ||
      r.source_id.toLowerCase() === q ||
      r.corporate_emails.some((e) => e.toLowerCase() === q) ||
      r.identifiers.emails.some((e) => e.toLowerCase() === q),
  );
}

/** Names of the remote-access tools sanctioned at `now` (expired entries do not count). */
export function sanctionedTools(suppressions: Suppressions, now: number): string[] {
  return (suppressions.sanctioned_remote_tools ?? []).filter((t) => !t.expires || Date.parse(t.expires) + DAY > now).map((t) => t.tool.toLowerCase());
}

interface Candidate {
  mark: SuppressionMark;
  matches(f: Finding): boolean;
}

function candidates(s: Suppressions, subjects: readonly ResolvedSubject[]): Candidate[] {
  const byRef = (ref: string) => subjects.filter((x) => subjectMatches(x, ref)).map((x) => x.id);
  const mark = (kind: SuppressionMark['kind'], source: string, e: { reason: string; expires?: string | undefined }): SuppressionMark =>
    ({ kind, reason: e.reason, source, ...(e.expires ? { expires: e.expires } : {}) });
  const out: Candidate[] = [];
  (s.findings ?? []).forEach((e, i) => {
    const ids = e.subject ? new Set(byRef(e.subject)) : undefined;
    out.push({ mark: mark('finding', `suppressions.findings[${i}]`, e), matches: (f) => (!e.rule || f.rule === e.rule || f.indicator === e.rule) && (!ids || ids.has(f.subject)) });
  });
  (s.travel ?? []).forEach((e, i) => {
    const ids = new Set(byRef(e.subject));
    const countries = new Set(e.countries.map((c) => c.toUpperCase()));
    // Home is never "foreign": a trip abroad and back shows both the trip's countries and home.
    for (const id of ids) {
      const home = claimedCountry(subjects.find((x) => x.id === id)!);
      if (home) countries.add(home);
    }
    const from = Date.parse(e.from);
    const to = Date.parse(e.to) + DAY;
    out.push({
      mark: mark('travel', `suppressions.travel[${i}]`, e),
      matches: (f) => {
        const placed = f.facets.countries ?? [];
        if (!ids.has(f.subject) || placed.length === 0 || f.facets.from === undefined) return false;
        // The trip explains the finding only if every foreign place is on it and it happened then.
        return placed.every((c) => countries.has(c.toUpperCase())) && f.facets.from >= from - DAY && (f.facets.to ?? f.facets.from) <= to;
      },
    });
  });
  (s.households ?? []).forEach((e, i) => {
    const members = new Set(e.subjects.flatMap(byRef));
    out.push({
      mark: mark('household', `suppressions.households[${i}]`, e),
      matches: (f) => f.related_subjects.length > 0 && members.has(f.subject) && f.related_subjects.every((r) => members.has(r)),
    });
  });
  (s.sanctioned_remote_tools ?? []).forEach((e, i) => {
    const tool = e.tool.toLowerCase();
    const all = new Set((s.sanctioned_remote_tools ?? []).map((t) => t.tool.toLowerCase()));
    out.push({
      mark: mark('sanctioned_tool', `suppressions.sanctioned_remote_tools[${i}]`, e),
      matches: (f) => (f.facets.tools ?? []).some((t) => t.toLowerCase() === tool) && (f.facets.tools ?? []).every((t) => all.has(t.toLowerCase())),
    });
  });
  return out;
}

/**
 * Marks the findings that a live suppression covers. Expired suppressions are not applied and are
 * reported as notes, so nobody believes a stale exception still holds. Pure.
 */
export function applySuppressions(
  findings: readonly Finding[],
  subjects: readonly ResolvedSubject[],
  suppressions: Suppressions,
  now: number,
): { findings: Finding[]; notes: string[] } {
  const notes: string[] = [];
  const live = candidates(suppressions, subjects).filter((c) => {
    if (!c.mark.expires || Date.parse(c.mark.expires) + DAY > now) return true;
    notes.push(`${c.mark.source} expired on ${c.mark.expires} and was not applied: renew it or remove it ("${c.mark.reason}")`);
    return false;
  });
  const out = findings.map((f) => {
    const hit = live.find((c) => c.matches(f));
    return hit ? { ...f, suppressed: hit.mark } : f;
  });
  return { findings: out, notes };
}
