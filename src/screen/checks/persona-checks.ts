import rule from '../../detect/rules/applicant-persona-handle.rule.js';
import { personaHandle } from '../../detect/persona-handles.js';
import type { ApplicantFacts } from '../applicant-facts.js';
import { domainOf } from '../identifier-keys.js';
import { ran, skipped, type CheckOutcome, type ScreenReason } from '../screen-result.js';

/**
 * Two weak persona signals, corroborating only (they are listed, never move the verdict): a portfolio
 * on free hosting with no independent profile beside it (A-05), and handles built like generated
 * personas (A-08). Thousands of honest juniors host on GitHub Pages and pick handles like `webdev2024`.
 */

/** Free static-site and page hosts (the portfolio sites of A-05). */
export const FREE_HOSTS = [
  'netlify.app', 'vercel.app', 'github.io', 'gitlab.io', 'pages.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com',
  'onrender.com', 'wixsite.com', 'carrd.co', 'webflow.io', 'framer.website', 'framer.app', 'glitch.me', 'surge.sh',
  'sites.google.com', 'docs.google.com', 'notion.site', 'wordpress.com', 'blogspot.com',
];

function freeHost(url: string): string | undefined {
  const domain = domainOf(url);
  return domain ? FREE_HOSTS.find((h) => domain === h || domain.endsWith(`.${h}`)) : undefined;
}

/** A-05: a free-hosted portfolio and neither a LinkedIn nor a GitHub profile on the application. */
export function portfolioCheck(facts: ApplicantFacts): CheckOutcome {
  if (!facts.portfolioUrl) return skipped('record.portfolio', 'no portfolio_url on the application');
  const host = freeHost(facts.portfolioUrl);
  const footprint = [facts.linkedinUrl && 'LinkedIn', facts.githubUrl && 'GitHub'].filter(Boolean);
  const reasons: ScreenReason[] =
    host && footprint.length === 0
      ? [{
          check: 'record.portfolio',
          indicator: 'A-05',
          level: 'review',
          corroborating_only: true,
          summary: `the portfolio ${facts.portfolioUrl} is on free hosting (${host}) and the application names no LinkedIn or GitHub profile beside it`,
          evidence: { portfolio_url: facts.portfolioUrl, host },
        }]
      : [];
  return ran('record.portfolio', `portfolio ${host ? `on ${host}` : 'not on a free host'}; independent profiles: ${footprint.join(', ') || 'none'} (site age is not checked offline)`, reasons);
}

/** The `applicant.persona-handle` rule's defaults: screening and analysis call the same handles persona-like. */
const PERSONA_OPTIONS = rule.options.parse({});

/** A-08: persona-style personal e-mail local parts and GitHub logins (the person's own name taken out first). */
export function handleCheck(facts: ApplicantFacts): CheckOutcome {
  // A +tag is a filter the person added, not part of the handle.
  const handles = [...facts.emails.map((e) => ({ where: 'e-mail', value: (e.split('@')[0] ?? '').replace(/\+.*$/, '') })), ...(facts.github ? [{ where: 'GitHub', value: facts.github }] : [])];
  if (handles.length === 0) return skipped('record.handle', 'no e-mail or GitHub handle on the application');
  const reasons: ScreenReason[] = [];
  for (const h of handles) {
    const match = personaHandle(h.value, facts.name, PERSONA_OPTIONS);
    if (!match) continue;
    reasons.push({
      check: 'record.handle',
      indicator: 'A-08',
      level: 'review',
      corroborating_only: true,
      summary: `the ${h.where} handle "${h.value}" has the generated-persona shape ("${match.word}" + ${match.suffix})`,
      evidence: { where: h.where, handle: h.value, word: match.word, suffix: match.suffix },
    });
  }
  return ran('record.handle', `${handles.length} handle(s) against the persona shape of the applicant.persona-handle rule`, reasons);
}
