import { z } from 'zod';
import type { PhoneIntel } from '../../enrich/enrichments.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /** Flag numbers libphonenumber rejects; off where a source is known to mangle numbers (lost area codes, extensions). */
  flagInvalid: z.boolean().default(true),
});

interface Problem {
  record: IdentityRecord;
  phone: PhoneIntel;
  why: string;
  confidence: number;
}

/**
 * What is wrong with one number, and how much it weighs. A home-country mobile is what immigrants
 * keep, so a foreign region alone weighs least; a foreign VoIP line is what personas use (S5).
 */
function problemOf(phone: PhoneIntel, flagInvalid: boolean): Omit<Problem, 'record' | 'phone'> | undefined {
  const shown = phone.e164 ?? phone.raw;
  if (!phone.valid) {
    // Without a country code or a claimed country nothing can judge a national number.
    if (!flagInvalid || (!phone.e164 && !phone.claimed_country)) return undefined;
    return { why: `${shown} is not a valid phone number`, confidence: 0.3 };
  }
  const voip = phone.type === 'VOIP';
  if (phone.region_matches_claim === false) {
    const what = voip ? 'a VoIP number' : 'a number';
    return { why: `${shown} is ${what} of ${phone.region}, not of the claimed home country ${phone.claimed_country}`, confidence: voip ? 0.45 : 0.2 };
  }
  if (voip) return { why: `${shown} is a VoIP number`, confidence: 0.3 };
  return undefined;
}

/** a phone number that is malformed, VoIP, or belongs to another country than the claimed home. */
export default defineRule({
  id: 'applicant.phone-mismatch',
  indicator: 'A-14',
  title: 'Invalid phone number, or one from another country than the claimed home',
  description:
    'The phone number on an application fails libphonenumber validation, is a VoIP line, or belongs to a ' +
    'different country than the home they claim. Amazon reported "incorrect phone-number formats" among the tells of ' +
    'DPRK applicants, and operators favour VoIP numbers. Weak on its own: immigrants keep their home-country mobile, and ' +
    'people mistype numbers. It only corroborates other findings.',
  strength: 'L',
  severity: 'low',
  status: 'stable',
  corroboratingOnly: true,
  dataSources: ['ats.applicant'],
  citations: [cite('A-14', 'S5')],
  falsePositives: [
    'Immigrants and expatriates who keep their home-country mobile (ignored when the person also has a valid number in the claimed country).',
    'Typos and numbers written without their area code or country code.',
    'People who moved recently and have not updated either the number or the address.',
  ],
  runbook:
    'Check the number with the candidate: call it, or ask for a local number. A foreign VoIP line on a person who claims ' +
    'a domestic home, together with other findings (A-01 shared contact data, E-01 VPN egress), is worth a closer look; ' +
    'alone it is not.',
  clears:
    'The person confirms the number (a home-country mobile, a corrected typo) or gives a local one; update the record, or ' +
    'add a suppressions.findings entry for the subject.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const numbersOf = (kinds: readonly string[]) =>
        subject.identities.filter((r) => kinds.includes(r.kind)).flatMap((record) => (ctx.identityEnrichment(record.id).phones ?? []).map((phone) => ({ record, phone })));
      // Only what candidates wrote on their applications is judged: HR keys numbers in by hand, with its own typos.
      const phones = numbersOf(['ats.applicant']);
      // A valid number in the claimed country anywhere on file means the person is reachable at home; a foreign one beside it is an old line.
      const hasLocal = numbersOf(['ats.applicant', 'hr.employee']).some(({ phone }) => phone.valid && phone.region_matches_claim === true);
      const seen = new Set<string>();
      const problems: Problem[] = [];
      for (const { record, phone } of phones) {
        const problem = problemOf(phone, o.flagInvalid);
        const key = phone.e164 ?? phone.raw;
        const oldHomeLine = hasLocal && phone.region_matches_claim === false && phone.type !== 'VOIP';
        if (!problem || oldHomeLine || seen.has(key)) continue;
        seen.add(key);
        problems.push({ record, phone, ...problem });
      }
      if (problems.length === 0) continue;
      findings.push({
        subject: subject.id,
        confidence: Math.max(...problems.map((p) => p.confidence)),
        summary: `Phone ${problems.map((p) => p.why).join('; ')}`,
        evidence: problems.map((p) =>
          recordEvidence(p.record, {
            phone: p.phone.raw,
            e164: p.phone.e164 ?? null,
            valid: p.phone.valid,
            line_type: p.phone.type ?? null,
            region: p.phone.region ?? null,
            claimed_country: p.phone.claimed_country ?? null,
            basis: p.phone.basis,
          }),
        ),
      });
    }
    return findings;
  },
});
