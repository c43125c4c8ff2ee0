import { DAY, localToUtc, weekday } from './clock.js';
import type { Applicant, Employee } from './company.js';
import { randomName } from './names.js';
import { COUNTRY_MIX, randomRole } from './org-chart.js';
import { CITIES } from './places.js';
import type { Rng } from './prng.js';
import { resumeText } from './resumes.js';
import type { World } from './world.js';

/** How far back the ATS export reaches before the first simulated day. */
export const ATS_LOOKBACK_DAYS = 90;

const SCHOOLS = ['Example State University', 'University of Example', 'Example Institute of Technology', 'Example College London', 'Technische Universität Example', 'Universidade de Exemplo', 'Example National Institute of Technology'];
const DEGREES = ['BS Computer Science', 'BA Economics', 'MSc Software Engineering', 'BEng Electrical Engineering', 'BA Communications', 'MBA', 'BSc Mathematics'];

/** A home connection for someone outside the company (documentation IPv6, one per person). */
export function outsiderIp(world: World): string {
  return `2001:db8:a:${(++world.outsiderSeq).toString(16)}::1`;
}

/** A photo: a content-addressed attachment path (as ATSs that store uploads by hash write it) and its 64-bit pHash. */
export function newPhoto(rng: Rng): { photoFile: string; photoHash: string } {
  return { photoFile: `attachments/photos/${rng.hex(40)}.jpg`, photoHash: rng.hex(16) };
}

/** The same photo uploaded again: a new file, and a pHash a few bits off (resizing, re-compression). */
export function reupload(rng: Rng, photo: { photoHash: string }): { photoFile: string; photoHash: string } {
  let bits = BigInt(`0x${photo.photoHash}`);
  for (let n = rng.int(0, 3); n > 0; n--) bits ^= 1n << BigInt(rng.int(0, 63));
  return { photoFile: `attachments/photos/${rng.hex(40)}.jpg`, photoHash: bits.toString(16).padStart(16, '0') };
}

const LANGUAGES: Readonly<Record<string, string>> = {
  US: 'en-US,en;q=0.9', CA: 'en-CA,en;q=0.9,fr-CA;q=0.8', GB: 'en-GB,en;q=0.9', DE: 'de-DE,de;q=0.9,en;q=0.8', PT: 'pt-PT,pt;q=0.9,en;q=0.8', IN: 'en-IN,en;q=0.9,hi;q=0.8',
};

/** The Accept-Language of someone applying from `country`; a few US/CA applicants browse in Korean or Spanish. */
export function acceptLanguage(rng: Rng, country: string): string {
  if ((country === 'US' || country === 'CA') && rng.chance(0.03)) return rng.pick(['ko-KR,ko;q=0.9,en-US;q=0.8', 'es-US,es;q=0.9,en;q=0.8']);
  return LANGUAGES[country] ?? 'en-US,en;q=0.9';
}

const slug = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z]+/g, '-').toLowerCase();

/** The application behind a hire (or any applicant), applied at a local weekday time. */
export function application(world: World, rng: Rng, who: { first: string; last: string; title: string; place: Employee['homePlace'] }, appliedDay: number, extra: Partial<Applicant> = {}): Applicant {
  const applied = weekday(appliedDay) % 6 === 0 ? appliedDay + DAY : appliedDay;
  const a: Applicant = {
    applicantId: world.applicantId(rng),
    name: `${who.first} ${who.last}`,
    email: extra.email ?? world.applicantEmails.take(who.first, who.last),
    phone: 'phone' in extra ? extra.phone : world.phones.take(who.place),
    location: { city: who.place.city, region: who.place.regionCode, country: who.place.country },
    sourceChannel: rng.weighted([['job_board', 45], ['linkedin', 25], ['referral', 10], ['agency', 8], ['careers_site', 12]]),
    appliedAt: localToUtc(who.place.zone, applied, rng.int(7 * 60, 23 * 60)),
    resumeText: resumeText(rng, who.title, new Date(appliedDay).getUTCFullYear()),
    ...(rng.chance(0.4) ? newPhoto(rng) : {}),
    acceptLanguage: acceptLanguage(rng, who.place.country),
    linkedin: `https://www.linkedin.com/in/${slug(who.first)}-${slug(who.last)}-${rng.hex(4)}`,
    ...(rng.chance(0.35) ? { github: `https://github.com/${slug(who.first)}${slug(who.last)}${rng.int(1, 99)}` } : {}),
    education: `${rng.pick(DEGREES)}, ${rng.pick(SCHOOLS)}`,
    status: rng.weighted([['rejected', 70], ['in_review', 20], ['interviewing', 8], ['offer', 2]]),
    ip: extra.ip ?? outsiderIp(world),
    ...extra,
  };
  world.applicants.push(a);
  return a;
}

/** Ordinary applicant flow over the export window, and the applications behind recent hires. */
export function buildApplicantFlow(world: World): void {
  const rng = world.rng.fork('applicants');
  const first = world.start - ATS_LOOKBACK_DAYS * DAY;
  for (const e of world.employees) {
    const appliedDay = e.start - rng.int(25, 60) * DAY;
    if (appliedDay < first || appliedDay >= world.end) continue;
    application(world, rng, { first: e.firstName, last: e.lastName, title: e.title, place: e.homePlace }, appliedDay, { status: 'hired', employeeId: e.employeeId, email: e.personalEmail, phone: e.phone });
  }
  const perDay = world.options.employees / 120;
  for (let day = first; day < world.end; day += DAY) {
    if (weekday(day) === 0 || weekday(day) === 6) continue;
    for (let n = Math.floor(perDay + rng.next()); n > 0; n--) {
      const [country] = rng.weighted(COUNTRY_MIX.map((c) => [c, c[1]] as const));
      const name = randomName(rng);
      application(world, rng, { ...name, title: randomRole(rng).title, place: rng.pick(CITIES[country]!) }, day);
    }
  }
}
