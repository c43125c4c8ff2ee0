import { z } from 'zod';
import { countryCode } from '../../model/country-codes.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { compareNames, companyDesignator } from '../name-match.js';
import { isContractor, legalNameOf, payoutEvidence, payoutsOf, type Payout } from '../payout-records.js';
import { claimedCountry } from '../subject-facts.js';

const Options = z.object({
  /**
   * Beneficiary bank countries the advisory names: "PRC-based bank accounts" (mainland China and Hong Kong).
   * A bank in the country the worker claims to live in is never flagged.
   */
  bankCountries: z.array(z.string().regex(/^[A-Za-z]{2}$/)).default(['CN', 'HK']),
  /** Also flag payee names that are a company's rather than the worker's. */
  companyPayees: z.boolean().default(true),
});

interface Hit {
  payout: Payout;
  reason: string;
  confidence: number;
}

/** G-04: pay goes to a bank in China or Hong Kong, or to a company instead of the worker. */
export default defineRule({
  id: 'payroll.foreign-or-company-beneficiary',
  indicator: 'G-04',
  title: 'Pay routed to a PRC-based bank or to a company',
  description:
    'The payroll beneficiary is a bank in mainland China or Hong Kong while the worker claims to live elsewhere, or ' +
    'the payee is a company rather than the worker. The 2022 advisory names "frequent transfers… especially to ' +
    'PRC-based bank accounts, and sometimes routed through one or more companies".',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['payroll.changes', 'hr.employee'],
  citations: [cite('G-04', 'S1')],
  falsePositives: [
    'Contractors paid through their own company (employment_type contractor in HR): low confidence, lower still when the company carries their name.',
    'An employee paid through their own one-person company ("Jake Thompson LLC") where the employer allows it: lower confidence than an unrelated company.',
    'A worker who keeps an account in a country they have ties to; the rule never reads nationality, and a bank in the claimed home country is never flagged.',
  ],
  runbook:
    'Ask payroll for the beneficiary details and who submitted them. For a company payee, ask who owns it and why pay ' +
    'goes there (a contractor agreement should name it). For a PRC or Hong Kong bank, ask the worker why; review ' +
    'their sign-in countries and laptop check-ins, and check payroll.shared-payout-account for the same account.',
  clears:
    'A contractor agreement that names the company, or a documented reason for the foreign account the worker ' +
    'confirms: record a suppressions.findings entry for this rule and subject with the reason and an expiry.',
  options: Options,
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    const listed = new Set(o.bankCountries.map((c) => c.toUpperCase()));
    for (const subject of ctx.subjects) {
      const payouts = payoutsOf(subject);
      if (payouts.length === 0) continue;
      const home = claimedCountry(subject);
      const legal = legalNameOf(subject);
      const contractor = isContractor(subject);
      const hits: Hit[] = [];
      for (const payout of payouts) {
        const bank = countryCode(payout.bankCountry);
        if (bank && listed.has(bank) && bank !== home) {
          hits.push({ payout, reason: `bank in ${bank}${home ? ` (claimed home ${home})` : ''}`, confidence: 0.65 });
        }
        const designator = o.companyPayees && payout.payeeName ? companyDesignator(payout.payeeName) : undefined;
        if (designator) {
          const own = legal !== undefined && compareNames(legal, payout.payeeName!.replace(designator, ' ')).agree;
          // Contractors are often paid through their own company; an employee's salary to someone's company is not ordinary.
          const confidence = contractor ? (own ? 0.15 : 0.3) : own ? 0.45 : 0.7;
          hits.push({ payout, reason: `payee "${payout.payeeName}" is a company (${designator})${own ? ' carrying the worker\'s name' : ', not the worker'}`, confidence });
        }
      }
      if (hits.length === 0) continue;
      const top = Math.max(...hits.map((h) => h.confidence));
      const kinds = new Set(hits.map((h) => h.reason.startsWith('bank') ? 'bank' : 'company'));
      const confidence = Math.min(0.9, top + (kinds.size > 1 ? 0.15 : 0));
      const reasons = [...new Set(hits.map((h) => h.reason))];
      const days = [...new Set(hits.map((h) => h.payout.day))];
      findings.push({
        subject: subject.id,
        confidence,
        summary: `${reasons.join('; ')}; effective ${days.join(', ')}${contractor ? '; HR lists a contractor' : ''}`,
        evidence: [...new Set(hits.map((h) => h.payout))].slice(0, 10).map((p) =>
          payoutEvidence(p, { payee_name: p.payeeName ?? null, bank_country: p.bankCountry ?? null, claimed_home_country: home ?? null }),
        ),
        facets: timeFacets(subject, hits.map((h) => h.payout.at), ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
