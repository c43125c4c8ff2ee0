import type { TruthMember } from '../../model/ground-truth.js';
import { DAY, HOUR, localToUtc } from '../clock.js';
import type { Applicant, Employee } from '../company.js';
import { hire } from '../hire.js';
import { randomName, personaHandle } from '../names.js';
import { COMMERCIAL_VPN, HOSTING } from '../networks.js';
import { CITIES, place } from '../places.js';
import { application, newPhoto, reupload } from '../applicants.js';
import { resumeText } from '../resumes.js';
import { applicantMember, memberOf } from '../world.js';
import { mondayFrom, type Scenario } from './scenario-kit.js';

const PERSONAS = 10;
const HIRED = [1, 4, 7];

/** The same résumé with the name-bearing opener reworded: what recycling across personas looks like. */
function recycle(master: string, title: string, variant: number): string {
  const sentences = master.split('. ');
  sentences[0] = variant % 2 === 0 ? `${title} with a decade of hands-on delivery` : sentences[0]!;
  return sentences.join('. ');
}

/**
 * Facilitator network (Didenko's UpWorkSell identity rental, Vong's 13 jobs — S21; FBI
 * I-012325-PSA — S4; the 2022 advisory's shared PayPal — S1): ten applicant personas over six
 * weeks that share a recycled résumé, three VoIP numbers and two photos; three of them are hired,
 * work through VPS exits on UTC+9 hours, and are paid into one Payoneer account.
 */
export const facilitatorNetwork: Scenario = {
  name: 'facilitator-network',
  kind: 'operation',
  summary: 'ten personas sharing a recycled résumé, three VoIP numbers, two photos and one payout account; three get hired',
  apply(world, rng) {
    const phones = [0, 1, 2].map(() => world.phones.take(place('Nashville')));
    const photos = [newPhoto(rng), newPhoto(rng)];
    const master = resumeText(rng, 'Senior Full-Stack Engineer', new Date(world.start).getUTCFullYear());
    const payoneer = `team.payouts.${rng.hex(5)}@example.net`;
    const members: TruthMember[] = [];
    for (let i = 0; i < PERSONAS; i++) {
      const r = rng.fork(`persona-${i}`);
      const name = randomName(r);
      const claimed = r.pick(CITIES.US!);
      const appliedDay = world.start - (42 - i * 4) * DAY;
      const extra: Partial<Applicant> = {
        phone: phones[i % phones.length]!,
        ...reupload(r, photos[i % photos.length]!),
        acceptLanguage: 'en-US,en;q=0.9',
        resumeText: recycle(master, 'Senior Full-Stack Engineer', i),
        ip: r.pick([...HOSTING, ...COMMERCIAL_VPN]).ip,
        sourceChannel: r.pick(['job_board', 'agency']),
        ...(i % 3 === 0 ? { email: `${personaHandle(r)}@example.net` } : {}),
      };
      if (!HIRED.includes(i)) {
        const a = application(world, r, { ...name, title: 'Senior Full-Stack Engineer', place: claimed }, appliedDay, { ...extra, status: r.pick(['rejected', 'in_review']) });
        // Operators apply during their own working day, UTC+9.
        a.appliedAt = localToUtc('Asia/Pyongyang', appliedDay, r.int(9 * 60, 17 * 60));
        members.push(applicantMember(a, 'persona'));
        continue;
      }
      const e: Employee = hire(world, r, { ...name, place: claimed, department: 'Engineering', title: 'Senior Full-Stack Engineer', start: mondayFrom(appliedDay + 30 * DAY), arrangement: 'remote', employmentType: 'contractor' });
      Object.assign(e.behavior, { rhythmZone: 'Asia/Pyongyang', startHour: 8.5 + r.next(), hours: 10, weekendWork: 0.2, mobileShare: 0, corporateVpnShare: 0 });
      e.behavior.exits = [[HOSTING[i % HOSTING.length]!, 0.7], [COMMERCIAL_VPN[1]!, 0.3]];
      e.device.installs.push({ at: e.device.enrolledAt + r.int(20, 90) * HOUR, name: 'RustDesk' });
      const a = application(world, r, { ...name, title: 'Senior Full-Stack Engineer', place: claimed }, appliedDay, { ...extra, status: 'hired', employeeId: e.employeeId, email: extra.email ?? e.personalEmail });
      a.appliedAt = localToUtc('Asia/Pyongyang', appliedDay, r.int(9 * 60, 17 * 60));
      // Two are paid into the network's Payoneer account from the start; the third switches to it.
      const payout = { method: 'payoneer' as const, payeeName: `${name.first} ${name.last}`, account: payoneer };
      e.payroll = i === HIRED[2] ? [e.payroll[0]!, { ...payout, effective: e.start + 9 * DAY }] : [{ ...payout, effective: e.start }];
      members.push(memberOf(world, e, 'worker'));
    }
    world.operations.push({
      id: 'op-facilitator-network',
      scenario: 'facilitator-network',
      title: 'Facilitator network: ten personas with one résumé, three phones, two photos, one payout account',
      modeled_on: ['S21 Oleksandr Didenko / UpWorkSell (871 proxy identities)', 'S21 Minh Phuong Ngoc Vong (identity used for 13 jobs)', 'S4 FBI I-012325-PSA (same VoIP numbers and résumés across applicants)', 'S1 2022 advisory (one PayPal account for several developers)'],
      indicators: ['A-01', 'A-03', 'A-08', 'G-03', 'G-05', 'E-02', 'E-06', 'F-01'],
      first_event: '1970-01-01T00:00:00.000Z',
      members,
      notes: [`shared phones ${phones.join(', ')}`, `shared payout account ${payoneer}`],
    });
  },
};
