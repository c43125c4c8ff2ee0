import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { timeFacets } from '../finding-span.js';
import { accountLabel, isCrypto, payoutEvidence, payoutsOf, type Payout } from '../payout-records.js';

const DAY = 86_400_000;

const Options = z.object({
  /**
   * Some employers (crypto firms, DAOs) offer salary in crypto to everyone. Then crypto from the first
   * election is ordinary and is not reported; a later switch to crypto still is, with little weight.
   */
  cryptoPayrollIsNormal: z.boolean().default(false),
});

const describe = (p: Payout): string => p.accounts.map(accountLabel).join(' + ') || p.method || 'unknown account';

/** G-01: salary paid out to a crypto wallet, above all a switch to crypto after the first paychecks. */
export default defineRule({
  id: 'payroll.crypto-payout',
  indicator: 'G-01',
  title: 'Salary paid to a crypto wallet',
  description:
    'The payroll election pays the worker into a crypto wallet. The 2022 advisory lists "seeking payment in virtual ' +
    'currency in an effort to evade KYC/AML"; SEAL notes requests for a flat crypto rate. A switch to crypto after ' +
    'the first paychecks (a request the worker made) weighs more than crypto offered from day one.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['payroll.changes'],
  citations: [cite('G-01', 'S1'), cite('G-01', 'S17')],
  falsePositives: [
    'Employers that pay in crypto by design (crypto firms, DAOs): set cryptoPayrollIsNormal, after which only switches are reported, weakly.',
    'Part of the salary to a wallet beside a bank account (a split election offered by the payroll provider): lower confidence.',
  ],
  runbook:
    'Ask payroll who requested the crypto election, through which channel, and why; check the wallet against sanctions ' +
    'and IOC lists (G-02) and whether any other worker is paid into it (payroll.shared-payout-account). Review the ' +
    'person\'s other findings: crypto payout alone is not proof.',
  clears:
    'A crypto payroll programme the company offers (set cryptoPayrollIsNormal), or a documented request the ' +
    'employee confirms in person: record a suppressions.findings entry for this rule and subject with the reason.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const payouts = payoutsOf(subject);
      const index = payouts.findIndex(isCrypto);
      if (index < 0) continue;
      const crypto = payouts[index]!;
      const before = payouts.slice(0, index).filter((p) => p.day !== crypto.day).pop();
      if (o.cryptoPayrollIsNormal && !before) continue;
      // A split election keeps a bank account beside the wallet on the same day.
      const partial = payouts.some((p) => p.day === crypto.day && !isCrypto(p)) || crypto.accounts.some((a) => a.kind !== 'wallet');
      let confidence = before ? 0.65 : 0.5;
      if (partial) confidence -= 0.1;
      if (o.cryptoPayrollIsNormal) confidence = 0.3;
      const summary = before
        ? `payout switched from ${describe(before)} to ${describe(crypto)} effective ${crypto.day}, ${Math.round((crypto.at - before.at) / DAY)} days after the previous election`
        : `paid in crypto from the first election: ${describe(crypto)} effective ${crypto.day}`;
      const later = payouts.slice(index + 1).filter(isCrypto);
      findings.push({
        subject: subject.id,
        confidence,
        summary: summary + (partial ? ' (part of the pay, beside a bank account)' : '') + (later.length > 0 ? `; ${later.length} later crypto election${later.length > 1 ? 's' : ''}` : ''),
        evidence: [...(before ? [payoutEvidence(before, { note: 'previous election' })] : []), payoutEvidence(crypto), ...later.slice(0, 5).map((p) => payoutEvidence(p))],
        facets: timeFacets(subject, [crypto.at, ...later.map((p) => p.at)], ctx.policy.newHireDays),
      });
    }
    return findings;
  },
});
