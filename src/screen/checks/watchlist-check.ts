import type { ApplicantFacts } from '../applicant-facts.js';
import { describePairs } from '../names/name-match.js';
import { domainOf } from '../identifier-keys.js';
import { ran, skipped, type CheckOutcome, type ScreenReason } from '../screen-result.js';
import type { IdentifierHit, NameHit, WatchIndex } from '../watch-index.js';
import type { IdentifierType } from '../watch-entry.js';

/**
 * The applicant against imported watch lists: the name (with the applicant's date of birth and
 * country as supporting facts), and every identifier the application carries — e-mails and their
 * domains, phones, payout wallets, the GitHub handle, portfolio and LinkedIn URLs, the application IP.
 */

/** A name match this strong with the same date of birth is a likely true match. */
export const STRONG_NAME = 0.92;

const listedAs = (h: { list: string; list_date: string; entry_id: string; entry_name?: string; programs: string[] }): string =>
  `${h.entry_name ?? h.entry_id} (${h.list} of ${h.list_date}${h.programs.length > 0 ? `, programs ${h.programs.join(', ')}` : ''})`;

const signed = (n: number): string => (n >= 0 ? `+${n}` : `${n}`);

/** `name 0.95, date of birth +0.06`: the parts that add up to the score. */
function scoreParts(hit: NameHit): string {
  const p = hit.explanation.parts;
  return [`name ${p.token_set}`, p.dob ? `date of birth ${signed(p.dob)}` : '', p.country ? `country ${signed(p.country)}` : '', p.short_partial ? `short partial ${signed(p.short_partial)}` : ''].filter(Boolean).join(', ');
}

function nameReason(hit: NameHit): ScreenReason {
  const dobMatch = hit.explanation.parts.dob > 0;
  const strong = hit.score >= STRONG_NAME && dobMatch && hit.name_type !== 'weak';
  const weak = hit.name_type === 'weak' ? '; a weak alias (the issuer marks it low quality)' : '';
  return {
    check: 'watchlist.name',
    level: strong ? 'reject-recommended' : 'review',
    corroborating_only: false,
    summary: `name ${hit.explanation.parts.token_set >= 0.999 ? 'matches' : 'resembles'} ${hit.name_type === 'primary' ? '' : `"${hit.matched_name}", an alias of `}${listedAs(hit)} — score ${hit.score} (${scoreParts(hit)}): ${describePairs(hit.explanation.pairs)}${weak}${hit.explanation.notes.length > 0 ? `; ${hit.explanation.notes.join('; ')}` : ''}${strong ? '' : '. A name alone is not an identity: confirm with date of birth and documents'}`,
    evidence: { list: hit.list, list_date: hit.list_date, entry: hit.entry_id, entry_kind: hit.entry_kind, matched_name: hit.matched_name, name_type: hit.name_type, programs: hit.programs, source: hit.source ?? null, explanation: hit.explanation },
  };
}

const INDICATOR: Partial<Record<IdentifierType, string>> = { wallet: 'G-02', email: 'H-10', github: 'H-10', phone: 'H-10', domain: 'H-10', url: 'H-10', ipv4: 'H-10', ipv6: 'H-10' };

function identifierReason(what: string, hit: IdentifierHit): ScreenReason {
  const exact = hit.how === 'exact';
  return {
    check: 'watchlist.identifier',
    ...(INDICATOR[hit.type] ? { indicator: INDICATOR[hit.type]! } : {}),
    level: exact ? 'reject-recommended' : 'review',
    corroborating_only: false,
    summary: `${what} ${hit.value} ${exact ? 'is listed' : `is under the listed domain ${hit.listed_value}`}: ${listedAs(hit)}${hit.chain ? ` (${hit.chain})` : ''}${hit.label ? ` — ${hit.label}` : ''}. Public lists contain errors: confirm before acting`,
    evidence: { list: hit.list, list_date: hit.list_date, entry: hit.entry_id, type: hit.type, value: hit.value, listed_value: hit.listed_value, how: hit.how, chain: hit.chain ?? null, programs: hit.programs, source: hit.source ?? null },
  };
}

/** The probes an application offers: (type, value, label). */
function probes(facts: ApplicantFacts): [IdentifierType, string, string][] {
  const out: [IdentifierType, string, string][] = [];
  for (const email of facts.emails) out.push(['email', email, 'e-mail']);
  for (const phone of facts.phones) out.push(['phone', phone, 'phone']);
  for (const w of facts.wallets) out.push(['wallet', w.address, 'payout wallet']);
  if (facts.github) out.push(['github', facts.github, 'GitHub handle']);
  for (const [url, label] of [[facts.portfolioUrl, 'portfolio'], [facts.linkedinUrl, 'LinkedIn URL'], [facts.githubUrl, 'GitHub URL']] as const) {
    if (!url) continue;
    out.push(['url', url, label]);
    const domain = domainOf(url);
    if (domain && label === 'portfolio') out.push(['domain', domain, 'portfolio domain']);
  }
  if (facts.applicationIp) out.push([facts.applicationIp.includes(':') ? 'ipv6' : 'ipv4', facts.applicationIp, 'application IP']);
  return out;
}

/** Screens the applicant against the watch lists. */
export function watchlistChecks(facts: ApplicantFacts, index: WatchIndex | undefined): CheckOutcome[] {
  if (!index || index.stats.entries === 0) {
    const why = 'no watch list imported (molehunt lists import <files>)';
    return [skipped('watchlist.name', why), skipped('watchlist.identifier', why)];
  }
  const scope = `${index.stats.lists} lists, ${index.stats.entries} entries`;
  const name = facts.name
    ? ran('watchlist.name', `${facts.name} against ${index.stats.names} listed names of people (${scope})${facts.birthDate ? `; date of birth ${facts.birthDate} supports` : ''}`,
        index.matchName(facts.name, { ...(facts.birthDate ? { birthDate: facts.birthDate } : {}), ...(facts.country ? { country: facts.country } : {}) }).slice(0, 5).map(nameReason))
    : skipped('watchlist.name', 'the application has no name');
  const reasons: ScreenReason[] = [];
  const seen = new Set<string>();
  const all = probes(facts);
  for (const [type, value, label] of all) {
    for (const hit of index.matchIdentifier(type, value, facts.country)) {
      const key = `${hit.list}|${hit.entry_id}|${hit.listed_value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push(identifierReason(label, hit));
    }
  }
  const identifier = all.length > 0 ? ran('watchlist.identifier', `${all.length} identifiers (${[...new Set(all.map((p) => p[2]))].join(', ')}) against ${index.stats.identifiers} listed identifiers (${scope})`, reasons) : skipped('watchlist.identifier', 'the application carries no e-mail, phone, wallet, GitHub, URL or IP');
  return [name, identifier];
}
