import { z } from 'zod';
import { householdHint } from '../address-groups.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft, type RuleContext } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { companyDesignator } from '../name-match.js';
import { accountKey, accountLabel, isContractor, payoutEvidence, payoutsOf, type Payout } from '../payout-records.js';

const Options = z.object({
  /** Distinct workers paid into one account that make a finding; the research proposes 2 [D]. */
  minSubjects: z.number().int().min(2).default(2),
  /**
   * More workers than this on one account is a staffing agency's, employer-of-record's or payroll provider's
   * clearing account: left out with a note rather than flagging every contractor it pays.
   */
  maxSubjects: z.number().int().min(2).default(10),
});

/** Every subject's payouts, grouped by the account they pay into. */
function byAccount(ctx: RuleContext): Map<string, Map<string, Payout[]>> {
  const groups = new Map<string, Map<string, Payout[]>>();
  for (const subject of ctx.subjects) {
    for (const payout of payoutsOf(subject)) {
      for (const account of payout.accounts) {
        const key = accountKey(account, payout.record);
        const bySubject = groups.get(key) ?? new Map<string, Payout[]>();
        bySubject.set(subject.id, [...(bySubject.get(subject.id) ?? []), payout]);
        groups.set(key, bySubject);
      }
    }
  }
  return groups;
}

function tooMany(ctx: RuleContext, label: string, count: number): void {
  ctx.note(
    `payroll.shared-payout-account: ${count} workers are paid into ${label}; treated as an agency or provider clearing ` +
      'account, not as evidence. Check it with payroll, or raise rules.payroll.shared-payout-account.maxSubjects to examine it.',
  );
}

/** G-03: one bank account, platform account or wallet receives several workers' pay. */
export default defineRule({
  id: 'payroll.shared-payout-account',
  indicator: 'G-03',
  title: 'One payout account for several workers',
  description:
    'Two or more different workers are paid into the same bank account (account and routing number), payment-platform ' +
    'account or wallet. The 2022 advisory describes client and developer accounts using "the same PayPal account"; ' +
    'facilitators collect several salaries into one account (one held 13 jobs at once).',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['payroll.changes'],
  citations: [cite('G-03', 'S1'), cite('G-03', 'S21')],
  falsePositives: [
    'A joint account of spouses or partners who both work here: declare the household in suppressions.households; undeclared people who claim one home (more so with one surname) get low confidence.',
    'Contractors paid through one agency or employer of record (a company payee on the account): low confidence; accounts shared by more than maxSubjects workers are left out with a note.',
  ],
  runbook:
    'List the workers paid into the account with their start dates, claimed homes and payee names. Different claimed ' +
    'homes and recent hires mean one person collects several salaries: freeze changes to the account with payroll, ' +
    'check shipping.shared-address and signin.shared-ip-accounts for the same people, and escalate to security and legal.',
  clears:
    'The workers are a household with a joint account (record suppressions.households with their subject ids and the ' +
    'reason), or the account is an agency\'s or employer of record\'s (payroll confirms; record a suppressions.findings entry).',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const [key, bySubject] of byAccount(ctx)) {
      if (bySubject.size < o.minSubjects) continue;
      const sample = [...bySubject.values()][0]![0]!;
      const account = sample.accounts.find((a) => accountKey(a, sample.record) === key)!;
      const label = accountLabel(account);
      if (bySubject.size > o.maxSubjects) {
        tooMany(ctx, label, bySubject.size);
        continue;
      }
      const members = [...bySubject.keys()].map((id) => ctx.subject(id)!);
      const hint = householdHint(ctx, members);
      const payouts = [...bySubject.values()].flat();
      const agency = members.every(isContractor) && payouts.some((p) => p.payeeName && companyDesignator(p.payeeName));
      const n = members.length;
      // A joint account of people who live together is ordinary; a company account paying contractors is an agency.
      let confidence = hint.sameHome ? (hint.sameSurname ? 0.25 : 0.35) : Math.min(0.95, 0.8 + 0.05 * (n - 2));
      // One surname and no street-level homes to compare: a couple's joint account cannot be ruled out.
      if (!hint.sameHome && hint.sameSurname && n === 2) confidence = hint.homesKnown ? 0.6 : 0.45;
      if (agency) confidence = Math.min(confidence, 0.3);
      const payees = [...new Set(payouts.map((p) => p.payeeName).filter((x) => x !== undefined))];
      const context = hint.sameHome
        ? `; they claim the same home (a joint account? declare the household in suppressions.households)${hint.sameSurname ? '; same surname' : ''}`
        : hint.sameSurname && n === 2
          ? '; same surname (relatives with a joint account? declare the household in suppressions.households)'
          : agency
          ? '; all are contractors and the payee is a company (an agency account?)'
          : '';
      const summary =
        `${n} workers are paid into ${label}: ${members.map((m) => m.display_name).join(', ')}` +
        (payees.length > 0 ? `; payee name${payees.length > 1 ? 's' : ''} ${payees.map((p) => `"${p}"`).join(', ')}` : '') +
        context;
      const evidence = payouts.slice(0, 20).map((p) => payoutEvidence(p, { payee_name: p.payeeName ?? null }));
      for (const member of members) {
        const mine = bySubject.get(member.id) ?? [];
        findings.push({
          subject: member.id,
          confidence,
          summary,
          evidence,
          related: members.map((m) => m.id),
          facets: timeFacets(member, mine.map((p) => p.at), ctx.policy.newHireDays),
        });
      }
    }
    return findings;
  },
});
