import { z } from 'zod';
import type { Evidence } from '../../model/finding.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { compareNames, companyDesignator, nameWords } from '../name-match.js';
import { accountKey, legalNameOf, payoutEvidence, payoutsOf, type Payout } from '../payout-records.js';

const DAY = 86_400_000;

const Options = z.object({
  /** New payout accounts (after the first election) within `windowDays` that make a finding; [D] 2. */
  minChanges: z.number().int().min(1).default(2),
  /** The research's window for "frequent" changes: 90 days [D]. */
  windowDays: z.number().positive().default(90),
  /** Also compare the payee name with the worker's legal name. */
  checkPayeeName: z.boolean().default(true),
});
type Options = z.infer<typeof Options>;

/**
 * The payouts that brought in an account the worker had not used before, after the first election.
 * Removing an account, or going back to an earlier one, is not a new change: switching banks is usually
 * "add the new account, then drop the old one", which counts once.
 */
function newAccounts(payouts: readonly Payout[]): Payout[] {
  const seen = new Set<string>();
  const out: Payout[] = [];
  let firstDay: string | undefined;
  for (const payout of payouts) {
    firstDay ??= payout.day;
    const fresh = payout.accounts.map((a) => accountKey(a, payout.record)).filter((k) => !seen.has(k));
    fresh.forEach((k) => seen.add(k));
    if (fresh.length > 0 && payout.day !== firstDay && out.at(-1)?.day !== payout.day) out.push(payout);
  }
  return out;
}

/** The most changes inside any window of `windowDays` (two pointers over changes in date order). */
function densest(changes: readonly Payout[], o: Options): Payout[] {
  let best: Payout[] = [];
  let start = 0;
  for (let end = 0; end < changes.length; end++) {
    while (changes[end]!.at - changes[start]!.at > o.windowDays * DAY) start++;
    if (end - start + 1 > best.length) best = changes.slice(start, end + 1);
  }
  return best;
}

const nameKey = (name: string): string => nameWords(name).sort().join(' ');

/** Legal names of everyone, so a payee that is another worker's name can be said so. */
function workersByName(ctx: RuleContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of ctx.subjects) {
    const legal = legalNameOf(s);
    if (legal) out.set(nameKey(legal), s.id);
  }
  return out;
}

/** G-05: payout details that keep changing, or a payee who is not the worker. */
export default defineRule({
  id: 'payroll.payout-churn',
  indicator: 'G-05',
  title: 'Frequent payout changes or a payee who is not the worker',
  description:
    'The worker\'s payout account changes again and again within a few months, or the account holder\'s name does not ' +
    'match the worker\'s legal name. Facilitators open accounts for workers and switch them (Payoneer, Wise), and ' +
    'salaries land in accounts held by someone else.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['payroll.changes', 'hr.employee'],
  citations: [cite('G-05', 'S3'), cite('G-05', 'S6')],
  falsePositives: [
    'People change banks: adding a new account and then dropping the old one counts as one change, and one change never flags.',
    'Nicknames, maiden and married names, initials, word order and joint accounts: the name match is tolerant on purpose (any one shared name word, short form or one-letter typo agrees), so it misses a payee who happens to share a given name.',
    'Names in different scripts are not compared (no transliteration); company payees are left to payroll.foreign-or-company-beneficiary.',
  ],
  runbook:
    'Ask payroll for the change history: who submitted each change, from which IP and device, and whether the worker ' +
    'confirmed it. For a name mismatch, ask who holds the account; a relative\'s account is common, a stranger\'s is ' +
    'not. Check payroll.shared-payout-account for the same accounts.',
  clears:
    'The changes or the account holder are explained and confirmed with the worker in person (a relative\'s or joint ' +
    'account, a bank switch): record a suppressions.findings entry for this rule and subject with the reason.',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    const byName = workersByName(ctx);
    for (const subject of ctx.subjects) {
      const payouts = payoutsOf(subject);
      if (payouts.length === 0) continue;
      const burst = densest(newAccounts(payouts), o);
      const churn = burst.length >= o.minChanges ? burst : [];
      const legal = legalNameOf(subject);
      const strangers = !o.checkPayeeName || !legal ? [] : payouts.filter((p) => {
        if (!p.payeeName || companyDesignator(p.payeeName)) return false;
        const match = compareNames(legal, p.payeeName);
        return match.comparable && !match.agree;
      });
      if (churn.length === 0 && strangers.length === 0) continue;
      const parts: string[] = [];
      const related = new Set<string>();
      let confidence = 0;
      if (churn.length > 0) {
        const span = Math.round((churn.at(-1)!.at - churn[0]!.at) / DAY);
        parts.push(`${churn.length} new payout accounts within ${span} days (${churn[0]!.day} → ${churn.at(-1)!.day}; window ${o.windowDays} days)`);
        confidence = Math.min(0.75, 0.5 + 0.1 * (churn.length - o.minChanges));
      }
      if (strangers.length > 0) {
        const names = [...new Set(strangers.map((p) => p.payeeName!))];
        const colleagues = names.map((n) => byName.get(nameKey(n))).filter((id): id is string => id !== undefined && id !== subject.id);
        colleagues.forEach((id) => related.add(id));
        parts.push(
          `payee name${names.length > 1 ? 's' : ''} ${names.map((n) => `"${n}"`).join(', ')} share${names.length > 1 ? '' : 's'} no name word with the legal name "${legal}"` +
            (colleagues.length > 0 ? `; ${colleagues.map((id) => ctx.subject(id)?.display_name).join(', ')} is another worker here` : ''),
        );
        const nameConfidence = colleagues.length > 0 ? 0.7 : 0.55;
        confidence = confidence > 0 ? Math.max(confidence, nameConfidence) + 0.1 : nameConfidence;
      }
      const involved = [...new Set([...churn, ...strangers])].sort((a, b) => a.at - b.at);
      const evidence: Evidence[] = involved.slice(0, 12).map((p) => payoutEvidence(p, { payee_name: p.payeeName ?? null, legal_name: legal ?? null }));
      findings.push({
        subject: subject.id,
        confidence: Math.min(0.9, confidence),
        summary: parts.join('; '),
        evidence,
        ...(related.size > 0 ? { related: [...related] } : {}),
        facets: timeFacets(subject, involved.map((p) => p.at), ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
