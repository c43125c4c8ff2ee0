import { z } from 'zod';
import type { Evidence } from '../../model/finding.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { PERSON_KINDS } from '../applicant-facts.js';
import { githubLogin, PERSONA_WORDS, personaHandle } from '../persona-handles.js';
import { recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /** The generic words of persona handles (research A-08 regex family). */
  words: z.array(z.string().min(2)).default([...PERSONA_WORDS]),
  /**
   * Require the digits to read as a month and day (MMDD, MDD), as the published handles' mostly do. Off,
   * any three or four digits except a birth year count: more personas, and more gamers' "777".
   */
  requireMonthDay: z.boolean().default(true),
});

/** A-08: an e-mail local part or GitHub login shaped like a persona's ("smartdev0205"). Corroborating only. */
export default defineRule({
  id: 'applicant.persona-handle',
  indicator: 'A-08',
  title: 'Persona-style e-mail or GitHub handle',
  description:
    'A personal e-mail address or GitHub login is built like the handles of published IT-worker personas: generic words ' +
    '("dev", "smart", "top", "full", "master", "star", "web"…) and a three- or four-digit month-and-day suffix, as in ' +
    'smartdev0205, fulldev114 or webstar1014. Handles made of the person\'s own name and a birth year (john.smith1987) ' +
    'never match. A naming habit proves nothing: this only corroborates other findings.',
  strength: 'L',
  severity: 'low',
  status: 'stable',
  corroboratingOnly: true,
  dataSources: ['ats.applicant', 'hr.employee'],
  citations: [cite('A-08', 'S23'), cite('A-08', 'S17')],
  falsePositives: [
    'Developers who like "dev" handles with their birthday (mike.webdev0412), and gamers\' tags.',
    'A surname that is one of the words (Smart, Block, Dev), when the record\'s name does not carry it.',
  ],
  runbook:
    'Do not act on this alone. Beside other findings, look the handle up: account age and history on GitHub (H-01, A-13), ' +
    'and whether it appears in published persona lists.',
  clears:
    'Nothing needs clearing on its own: it never scores without another finding. A suppressions.findings entry can hide ' +
    'it for the subject.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const evidence: Evidence[] = [];
      const handles = new Set<string>();
      for (const record of subject.identities.filter((r) => PERSON_KINDS.has(r.kind))) {
        const corporate = new Set(record.corporate_emails.map((e) => e.toLowerCase()));
        const personal = record.identifiers.emails.filter((e) => !corporate.has(e.toLowerCase()));
        // A +tag is a filter the person added, not part of the handle.
        const candidates = [
          ...personal.map((e) => ({ kind: 'email', handle: e.split('@')[0]!.replace(/\+.*$/, ''), shown: e })),
          ...(record.attributes.github_url ? [{ kind: 'github', handle: githubLogin(record.attributes.github_url) ?? '', shown: record.attributes.github_url }] : []),
        ];
        for (const c of candidates) {
          const match = c.handle ? personaHandle(c.handle, record.name ?? subject.display_name, o) : undefined;
          if (!match || handles.has(c.handle.toLowerCase())) continue;
          handles.add(c.handle.toLowerCase());
          evidence.push(recordEvidence(record, { [c.kind]: c.shown, handle: c.handle, word: match.word, suffix: match.suffix }));
        }
      }
      if (evidence.length === 0) continue;
      findings.push({
        subject: subject.id,
        // Weak by design; two persona-shaped handles on one person are a little more telling than one.
        confidence: evidence.length > 1 ? 0.4 : 0.3,
        summary: `Persona-style handle${evidence.length > 1 ? 's' : ''}: ${evidence.map((e) => `${e.values.handle} ("${e.values.word}" + ${e.values.suffix})`).join(', ')}`,
        evidence,
      });
    }
    return findings;
  },
});
