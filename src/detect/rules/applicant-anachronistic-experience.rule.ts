import { z } from 'zod';
import type { IdentityRecord } from '../../model/identity-record.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { appliedAt, yearOf } from '../applicant-facts.js';
import { experienceClaims, type ExperienceClaim } from '../experience-claims.js';
import { recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /**
   * Years before the first public release a claim may start and still be forgiven. "10 years" is
   * rounded, and a claim made in March counts a year that began before a May release: one year of
   * slack keeps those honest claims quiet.
   */
  toleranceYears: z.number().int().min(0).max(5).default(1),
});

interface Anachronism {
  record: IdentityRecord;
  claim: ExperienceClaim;
}

/** The claims on a subject's applications that start before the technology existed (beyond the tolerance). */
function anachronisms(records: readonly IdentityRecord[], tolerance: number): Anachronism[] {
  const out: Anachronism[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const text = record.attributes.resume_text;
    if (!text) continue;
    const at = appliedAt(record);
    for (const claim of experienceClaims(text, at === undefined ? undefined : yearOf(at))) {
      const key = `${claim.technology.name}\0${claim.from}`;
      if (claim.from >= claim.technology.year - tolerance || seen.has(key)) continue;
      seen.add(key);
      out.push({ record, claim });
    }
  }
  return out;
}

/** a résumé claims experience with a technology from before its first public release. */
export default defineRule({
  id: 'applicant.anachronistic-experience',
  indicator: 'A-06',
  title: 'Résumé claims experience from before the technology existed',
  description:
    'A résumé dates experience with a technology to before its first public release: "10 years of React" in 2021, ' +
    '"Solana since 2017", "Kubernetes (2011–2014)". DTEX reports fabricated IT-worker résumés with exactly this kind of ' +
    'anachronism. Only a duration or date attached to the technology\'s name counts (not a career length followed by a ' +
    'list of skills), bare "Angular" is read as AngularJS, and a year of slack absorbs rounding.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['ats.applicant'],
  citations: [cite('A-06', 'S16')],
  falsePositives: [
    'Engineers at the company that built the technology used it before its public release (React at Facebook from 2011, Go at Google from 2007, Swift at Apple, GraphQL at Facebook from 2012).',
    'Pre-1.0 early adopters of a technology dated by its 1.0 release (Rust 0.x from 2012, Kotlin previews from 2012, Deno from 2018).',
    'A typo in a year, or a predecessor called by the new name (AngularJS written as "Angular 2").',
  ],
  runbook:
    'Read the claim in the résumé and ask the candidate where and how they used the technology before its release. ' +
    'An insider at the maker explains it (verify the employer); a persona résumé usually has several such claims and ' +
    'other copied content (compare with A-01 résumé matches).',
  clears:
    'The candidate worked at the technology\'s maker or on its pre-releases (verify the employment), or the year is a ' +
    'typo; record it as a suppressions.findings entry for the subject.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const found = anachronisms(subject.identities.filter((r) => r.kind === 'ats.applicant'), o.toleranceYears);
      if (found.length === 0) continue;
      const technologies = new Set(found.map((f) => f.claim.technology.name));
      const widest = Math.max(...found.map((f) => f.claim.technology.year - f.claim.from));
      // One claim can be an insider or a typo; several, or one years before the release, is a fabrication pattern.
      const confidence = Math.min(0.8, 0.5 + (widest >= 3 ? 0.1 : 0) + 0.15 * Math.min(2, technologies.size - 1));
      const times = found.map((f) => appliedAt(f.record)).filter((t) => t !== undefined);
      findings.push({
        subject: subject.id,
        confidence,
        summary:
          'Résumé claims experience before the technology existed: ' +
          found.map(({ claim }) => `${claim.technology.name} from ${claim.from} (released ${claim.technology.year}): "${claim.phrase}"`).join('; '),
        evidence: found.map(({ record, claim }) =>
          recordEvidence(record, {
            technology: claim.technology.name,
            claimed_from: claim.from,
            released: claim.technology.year,
            ...(claim.technology.preview ? { earlier_previews: claim.technology.preview } : {}),
            phrase: claim.phrase,
            applied_at: record.attributes.applied_at ?? null,
          }),
        ),
        facets: times.length > 0 ? { from: Math.min(...times), to: Math.max(...times) } : {},
      });
    }
    return findings;
  },
});
