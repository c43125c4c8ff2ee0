import type { IdentityRecord } from '../model/identity-record.js';
import { account, employee } from './factories.js';

/** What an HR directory row says about a fixture person. */
export interface StaffFacts {
  start?: string;
  /** Home address; `line` makes it street-level (a household can only be matched on a street). */
  home?: { line?: string; city?: string; region?: string; postal?: string; country: string };
  timezone?: string;
  arrangement?: string;
  title?: string;
  /** Further HR columns kept as attributes (e.g. a `shift` column). */
  attributes?: Record<string, string>;
}

/** HR + Okta records for one person, joined by `<id>@example.com`; sign-ins use identity `id`. */
export function staff(id: string, facts: StaffFacts = {}): IdentityRecord[] {
  const email = `${id}@example.com`;
  const hr = employee(`E-${id}`, email, id);
  const attributes: Record<string, string> = { ...facts.attributes };
  if (facts.start) attributes.start_date = facts.start;
  if (facts.timezone) attributes.timezone = facts.timezone;
  if (facts.arrangement) attributes.work_arrangement = facts.arrangement;
  if (facts.title) attributes.job_title = facts.title;
  const h = facts.home;
  const addresses = h
    ? [{ role: 'home' as const, country: h.country, ...(h.line ? { line: h.line } : {}), ...(h.city ? { city: h.city } : {}), ...(h.region ? { region: h.region } : {}), ...(h.postal ? { postal_code: h.postal } : {}) }]
    : [];
  return [{ ...hr, attributes, identifiers: { ...hr.identifiers, addresses } }, account(id, email)];
}
