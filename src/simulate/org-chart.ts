import type { Rng } from './prng.js';

/** Departments with their share of headcount and typical titles. */
const DEPARTMENTS: readonly (readonly [string, number, readonly string[]])[] = [
  ['Engineering', 34, ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Frontend Engineer', 'Backend Engineer', 'DevOps Engineer', 'QA Engineer', 'Data Engineer', 'Engineering Manager']],
  ['Product', 6, ['Product Manager', 'Senior Product Manager']],
  ['Design', 4, ['Product Designer', 'UX Researcher']],
  ['Sales', 14, ['Account Executive', 'Sales Development Representative', 'Sales Engineer', 'Sales Director']],
  ['Marketing', 7, ['Marketing Manager', 'Content Strategist', 'Growth Analyst']],
  ['Support', 10, ['Support Engineer', 'Customer Success Manager']],
  ['Finance', 6, ['Accountant', 'Financial Analyst', 'Payroll Specialist']],
  ['People', 4, ['HR Business Partner', 'Recruiter']],
  ['IT', 4, ['IT Administrator', 'IT Support Specialist', 'Systems Engineer']],
  ['Operations', 7, ['Operations Manager', 'Business Analyst']],
  ['Legal', 2, ['Counsel', 'Paralegal']],
];

/** A department and title drawn from the headcount mix. */
export function randomRole(rng: Rng): { department: string; title: string } {
  const [department, , titles] = rng.weighted(DEPARTMENTS.map((d) => [d, d[1]] as const));
  return { department, title: rng.pick(titles) };
}

/** Where people live: share of headcount, and the office city (if the country has one). */
export const COUNTRY_MIX: readonly (readonly [country: string, weight: number, office: string | undefined])[] = [
  ['US', 62, 'Austin'],
  ['CA', 8, 'Toronto'],
  ['GB', 12, 'London'],
  ['DE', 9, 'Berlin'],
  ['PT', 3, undefined],
  ['IN', 6, 'Bengaluru'],
];

/** A second US office (New York) takes part of the US office staff. */
export const SECOND_US_OFFICE = 'New York';

/** The EU entity (an acquisition) still signs in through Microsoft Entra ID; everyone else uses Okta. */
export function idpFor(country: string): 'okta' | 'entra' {
  return country === 'GB' || country === 'DE' || country === 'PT' ? 'entra' : 'okta';
}
