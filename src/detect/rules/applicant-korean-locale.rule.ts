import { z } from 'zod';
import type { Evidence } from '../../model/finding.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { signInEvidence, succeeded } from '../event-helpers.js';
import { claimedCountry, recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /** Claimed home countries where a Korean preference is simply expected. */
  koreanSpeakingCountries: z.array(z.string()).default(['KR']),
});

/**
 * The language a browser asks for first: the Accept-Language range with the highest q (ties keep
 * their order). A second or third language is a skill, not a preference, and never counts here.
 */
function preferredLanguage(header: string): string | undefined {
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(r.tag) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges[0]?.tag;
}

/** A language token in a user agent (`; ko-KR;`, `; ko_kr)`), written by older Android builds and in-app browsers. */
const UA_KOREAN = /[;(]\s*ko[-_]k[rp]\s*[;)]/i;

/** the browser asks for Korean first while the person claims a home outside Korea. Corroborating only. */
export default defineRule({
  id: 'applicant.korean-locale',
  indicator: 'A-07',
  title: 'Korean language preference with a non-Korean claimed home',
  description:
    'The browser an applicant applied with asks for Korean first (Accept-Language), or sign-ins carry a Korean language ' +
    'token in the user agent, while the person claims a home outside Korea. The US–ROK advisory lists "language ' +
    'preferences are in Korean but claim to be from a non-Korean speaking country". Speaking Korean, a Korean name or ' +
    'heritage is never a signal: this only corroborates misrepresentation found by other rules and never scores alone. ' +
    'Keyboard layouts and OS input locales are not in molehunt\'s data yet (osquery has no dedicated table for them).',
  strength: 'L',
  severity: 'low',
  status: 'stable',
  corroboratingOnly: true,
  dataSources: ['ats.applicant', 'okta.system', 'entra.signin', 'google_workspace.login'],
  citations: [cite('A-07', 'S2')],
  falsePositives: [
    'Korean-American and other Korean-speaking people who live where they say, with a Korean browser or phone.',
    'People who learn Korean, or use a family member\'s device.',
  ],
  runbook:
    'Do not act on this alone. Read it only beside other findings about the same person (shared contact data, VPN egress, ' +
    'remote-access tools): there it is one more sign that the claimed location may be false.',
  clears:
    'Nothing needs clearing on its own: it never scores without another finding. If the other findings are cleared, this ' +
    'one is moot; a suppressions.findings entry can hide it for the subject.',
  options: Options,
  scope: 'subject',
  evaluate(ctx, o) {
    const findings: FindingDraft[] = [];
    for (const subject of ctx.subjects) {
      const claimed = claimedCountry(subject);
      if (!claimed || o.koreanSpeakingCountries.includes(claimed)) continue;
      const evidence: Evidence[] = [];
      for (const record of subject.identities) {
        const header = record.attributes.accept_language;
        if (header && preferredLanguage(header)?.split('-')[0] === 'ko') evidence.push(recordEvidence(record, { accept_language: header, claimed_country: claimed }));
      }
      const tagged = (ctx.signInsBySubject.get(subject.id) ?? []).filter((s) => succeeded(s) && s.userAgent && UA_KOREAN.test(s.userAgent));
      if (tagged[0]) evidence.push(signInEvidence(tagged[0], { user_agent: tagged[0].userAgent ?? null, sign_ins_with_korean_locale: tagged.length, claimed_country: claimed }));
      if (evidence.length === 0) continue;
      const where = [evidence.some((e) => e.values.accept_language) ? 'the application browser' : '', tagged.length > 0 ? `${tagged.length} sign-in(s)` : '']
        .filter(Boolean)
        .join(' and ');
      findings.push({
        subject: subject.id,
        // Weak by design: the scorer counts it only beside a primary finding.
        confidence: 0.4,
        summary: `Korean is the preferred language of ${where}, while the claimed home is ${claimed}`,
        evidence,
      });
    }
    return findings;
  },
});
