import { DAY } from '../clock.js';
import { hire } from '../hire.js';
import { addBenign, recruit, type Scenario } from './scenario-kit.js';

/** Support engineers on the night shift: their working hours are daytime in UTC+9. */
export const nightShift: Scenario = {
  name: 'night-shift',
  kind: 'benign',
  summary: 'three US support engineers on 22:00–06:30 shifts (their activity falls in UTC+9 business hours)',
  apply(world, rng) {
    const people = [0, 1, 2].map(() => {
      const e = recruit(world, rng, (x) => x.department === 'Support' && x.homePlace.country === 'US', { country: 'US', department: 'Support', arrangement: 'remote' });
      e.title = 'Support Engineer (night shift)';
      Object.assign(e.behavior, { startHour: 22 + rng.next() * 0.5, hours: 8.5, weekendWork: 0.1 });
      return e;
    });
    addBenign(world, { id: 'benign-night-shift', scenario: 'night-shift', title: 'Night-shift support staff', looks_like: ['E-06', 'E-05'], why_benign: 'A declared night shift (job title) in a US time zone; home connection, managed laptop, nothing else.' }, people, 'night shift');
  },
};

/** Two employees married to each other: one home, one connection, declared to HR. */
export const household: Scenario = {
  name: 'household',
  kind: 'benign',
  summary: 'two employees who are spouses at one address and one home connection (a declared household)',
  apply(world, rng) {
    const first = recruit(world, rng, (x) => x.arrangement === 'remote' && x.homePlace.country === 'US', { country: 'US', arrangement: 'remote' });
    const spouse = hire(world, rng, {
      last: first.lastName,
      first: rng.pick(['Grace', 'Henry', 'Sam', 'Alex', 'Jordan', 'Taylor']),
      place: first.homePlace,
      home: first.home,
      homeNet: first.homeNet,
      start: world.start - rng.int(100, 600) * DAY,
      arrangement: 'remote',
    });
    world.claimed.add(spouse.employeeId);
    const reason = 'spouses sharing a home (declared to HR)';
    world.households.push({ subjects: [first.employeeId, spouse.employeeId], reason });
    addBenign(world, { id: 'benign-household', scenario: 'household', title: 'Declared household', looks_like: ['D-03', 'E-04', 'E-13'], why_benign: `Two employees at one address and connection: ${reason}; suppressed by the declared household in suggested_config.` }, [first, spouse], 'spouse');
  },
};
