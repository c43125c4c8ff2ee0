import { DAY, localToUtc, MINUTE } from '../clock.js';
import { application } from '../applicants.js';
import { personaHandle, randomName } from '../names.js';
import { HOSTING } from '../networks.js';
import { CITIES } from '../places.js';
import { resumeText } from '../resumes.js';
import { applicantMember } from '../world.js';
import type { Scenario } from './scenario-kit.js';

const WAVE = 24;
const TITLES = ['Senior Blockchain Engineer', 'Full-Stack Engineer', 'Senior React Developer', 'Rust Engineer', 'Mobile Engineer'];

/**
 * Applicant wave (Insikt's PurpleDelta cluster: up to 60 applications a day from 22 personas — S14;
 * Okta's 130 identities in 6,500 interviews — S15): two dozen applications in three days from one
 * browser on one VPS address, persona-style handles and résumés claiming experience from
 * before the technology existed.
 */
export const applicantWave: Scenario = {
  name: 'applicant-wave',
  kind: 'operation',
  summary: 'two dozen applications in three days from one device and IP, with persona handles and anachronistic résumés',
  apply(world, rng) {
    const ip = HOSTING[3]!.ip;
    const firstDay = world.start + Math.min(10, Math.max(0, world.options.days - 4)) * DAY;
    const members = [];
    for (let i = 0; i < WAVE; i++) {
      const r = rng.fork(`applicant-${i}`);
      const name = randomName(r);
      const day = firstDay + Math.floor(i / 8) * DAY;
      const title = r.pick(TITLES);
      const handle = personaHandle(r);
      const a = application(world, r, { ...name, title, place: r.pick(CITIES.US!) }, day, {
        email: `${handle}@example.net`,
        ...(r.chance(0.5) ? { phone: undefined } : {}),
        ip,
        sourceChannel: 'job_board',
        status: 'in_review',
        resumeText: resumeText(r, title, new Date(day).getUTCFullYear(), true),
        github: `https://github.com/${handle}`,
        // One browser for the whole wave, set to the cover story's language — but twice left in Korean.
        acceptLanguage: i % 11 === 5 ? 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7' : 'en-US,en;q=0.9',
      });
      // Submitted back to back during one operator's shift (UTC+9 working hours).
      a.appliedAt = localToUtc('Asia/Pyongyang', day, 9 * 60 + (i % 8) * 50) + r.int(0, 20) * MINUTE;
      members.push(applicantMember(a, 'persona'));
    }
    world.operations.push({
      id: 'op-applicant-wave',
      scenario: 'applicant-wave',
      title: `Applicant wave: ${WAVE} applications in three days from ${ip}`,
      modeled_on: ['S14 Recorded Future Insikt PurpleDelta (1,100+ companies, up to 60 applications a day, 22 personas)', 'S15 Okta Threat Intelligence (130+ identities, 6,500+ interviews)', 'S16 DTEX (anachronistic résumé technology)', 'A-08 persona handle lists (tayvano)'],
      indicators: ['A-09', 'A-08', 'A-06', 'A-07'],
      first_event: '1970-01-01T00:00:00.000Z',
      members,
      notes: [`all applications from ${ip}`],
    });
  },
};
