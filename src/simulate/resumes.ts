import type { Rng } from './prng.js';

/**
 * Technologies with the year they became publicly available, so ordinary résumés claim only
 * possible experience and anachronistic ones can claim experience from before a release.
 */
export const TECH_RELEASE: Readonly<Record<string, number>> = {
  React: 2013, 'Node.js': 2009, TypeScript: 2012, Kubernetes: 2014, Docker: 2013, Rust: 2015, Go: 2009, Swift: 2014,
  Kotlin: 2016, Solana: 2020, 'Next.js': 2016, GraphQL: 2015, Terraform: 2014, Python: 1991, Java: 1996, PostgreSQL: 1996,
  AWS: 2006, Flutter: 2018, Vue: 2014, Svelte: 2016,
};

const OPENERS = [
  '{title} with {years} years of experience building {what}.',
  'I am a {title} who has spent {years} years on {what}.',
  '{years} years as a {title}, most recently focused on {what}.',
  'Pragmatic {title} ({years} years) who enjoys {what}.',
];
const WHAT = ['payment systems', 'internal developer platforms', 'B2B SaaS products', 'data pipelines', 'mobile apps for retail', 'customer-facing dashboards', 'logistics software', 'healthcare integrations', 'marketing analytics', 'identity and access tooling'];
const DEEDS = [
  'Cut p95 latency of a checkout service by {n}% by reworking its caching layer.',
  'Led the migration of {n} services from a monolith to containers.',
  'Mentored {n} junior colleagues and ran the team\'s interview loop.',
  'Shipped an onboarding flow that raised activation by {n}%.',
  'Owned on-call for a platform serving {n} million requests a day.',
  'Built reporting that saved the finance team {n} hours a month.',
  'Introduced contract tests that reduced production incidents by {n}%.',
  'Rewrote a legacy billing job, shrinking its runtime from hours to {n} minutes.',
  'Coordinated a {n}-person cross-team launch across three time zones.',
  'Designed the access-review process adopted by {n} teams.',
  'Automated infrastructure for {n} environments with code review on every change.',
  'Organised a local meetup with about {n} regular attendees.',
];
const EMPLOYERS = ['Northwind Labs', 'Contoso Health', 'Fabrikam Logistics', 'Tailspin Retail', 'Adventure Works', 'Litware Systems', 'Proseware', 'Wingtip Analytics', 'Woodgrove Finance', 'Lucerne Media'];

function fill(rng: Rng, template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? String(rng.int(3, 60)));
}

/** The "since" years a skill list claims; `anachronistic` claims some before the technology existed. */
function skills(rng: Rng, years: number, latest: number, anachronistic: boolean): string {
  const picked = rng.shuffle(Object.keys(TECH_RELEASE)).slice(0, rng.int(3, 5));
  return picked
    .map((tech, i) => {
      const release = TECH_RELEASE[tech]!;
      const since = anachronistic && i < 2 ? release - rng.int(2, 5) : Math.max(release, latest - years + rng.int(0, 3));
      return `${tech} (since ${Math.min(since, latest)})`;
    })
    .join(', ');
}

/** An ordinary résumé summary: varied wording, plausible dates. */
export function resumeText(rng: Rng, title: string, latestYear: number, anachronistic = false): string {
  const years = rng.int(2, 18);
  const opener = fill(rng, rng.pick(OPENERS), { title, years: String(years), what: rng.pick(WHAT) });
  const deeds = rng.shuffle(DEEDS).slice(0, 2).map((d) => fill(rng, d, {}));
  const past = rng.shuffle(EMPLOYERS).slice(0, 2).join(' and ');
  return `${opener} Previously at ${past}. ${deeds.join(' ')} Skills: ${skills(rng, years, latestYear, anachronistic)}.`;
}
