import { DAY } from '../clock.js';
import { hire } from '../hire.js';
import { STARLINK } from '../networks.js';
import { place } from '../places.js';
import { addTrip } from '../travel.js';
import { SAFARI_MAC } from '../user-agents.js';
import { addBenign, recruit, type Scenario } from './scenario-kit.js';

/** Sales and leadership people who really fly: long-haul trips with flight-speed gaps between sign-ins. */
export const frequentTravellers: Scenario = {
  name: 'frequent-travellers',
  kind: 'benign',
  summary: 'three people on real long-haul trips (US–London, US–Tokyo/Singapore, London–New York) with airport sign-ins',
  apply(world, rng) {
    const routes = [['US', ['London', 'Tokyo']], ['US', ['Singapore', 'London']], ['GB', ['New York', 'Austin']]] as const;
    const people = routes.map(([country, destinations], i) => {
      const e = recruit(world, rng, (x) => x.homePlace.country === country && x.arrangement !== 'office' && x.department === 'Sales', { country, department: 'Sales', title: 'Sales Director', arrangement: 'remote' });
      const span = world.options.days;
      if (span >= 6) addTrip(world, rng, e, place(destinations[0]), 1 + i, Math.min(span - 1, 4 + i));
      if (span >= 16) addTrip(world, rng, e, place(destinations[1]), 11 + i, Math.min(span - 1, 15 + i));
      return e;
    });
    addBenign(world, { id: 'benign-frequent-travellers', scenario: 'frequent-travellers', title: 'Frequent travellers', looks_like: ['E-03'], why_benign: 'Real trips: airport sign-ins before and after flights whose implied speed is an airliner\'s; hotels and offices at the destination.' }, people, 'traveller');
  },
};

/** Remote staff on the full-tunnel corporate VPN: far from home, many accounts on one address. */
export const corporateVpnUsers: Scenario = {
  name: 'corporate-vpn',
  kind: 'benign',
  summary: 'six remote employees always on the corporate VPN (concentrators in Ashburn and Frankfurt, declared corporate egress)',
  apply(world, rng) {
    const people = [0, 1, 2, 3, 4, 5].map((i) => {
      const country = i < 4 ? 'US' : 'DE';
      const e = recruit(world, rng, (x) => x.arrangement === 'remote' && x.homePlace.country === country, { country, arrangement: 'remote' });
      e.behavior.corporateVpnShare = 1;
      return e;
    });
    addBenign(world, { id: 'benign-corporate-vpn', scenario: 'corporate-vpn', title: 'Corporate VPN users', looks_like: ['E-03', 'E-04', 'E-13'], why_benign: 'The shared, far-away address is the company\'s own VPN concentrator (corporate_egress_cidrs and the Corp-VPN network zone).' }, people, 'vpn user');
  },
};

/** Safari users with iCloud Private Relay: rotating shared exits on Akamai and Cloudflare. */
export const privateRelayUsers: Scenario = {
  name: 'private-relay',
  kind: 'benign',
  summary: 'three Mac users behind iCloud Private Relay (rotating Akamai/Cloudflare exits shared with strangers)',
  apply(world, rng) {
    const people = [0, 1, 2].map(() => {
      const e = recruit(world, rng, (x) => x.device.os === 'macOS' && x.arrangement === 'remote' && x.homePlace.country === 'US', { country: 'US', arrangement: 'remote', os: 'macOS' });
      Object.assign(e.behavior, { relay: true, userAgent: SAFARI_MAC, corporateVpnShare: 0 });
      return e;
    });
    addBenign(world, { id: 'benign-private-relay', scenario: 'private-relay', title: 'iCloud Private Relay users', looks_like: ['E-02', 'E-04'], why_benign: 'Private Relay egress rotates among addresses Apple\'s partners share across many customers; the region matches home.' }, people, 'relay user');
  },
};

/** A rural contractor on Starlink: satellite CGNAT, geolocated to a ground station far from home. */
export const starlinkContractor: Scenario = {
  name: 'starlink-contractor',
  kind: 'benign',
  summary: 'a contractor in rural Montana on Starlink, geolocated to ground stations in Seattle and Denver',
  apply(world, rng) {
    const e = hire(world, rng, { place: place('Bozeman'), department: 'Engineering', title: 'Data Engineer', start: world.start - rng.int(200, 700) * DAY, arrangement: 'remote', employmentType: 'contractor' });
    e.behavior.exits = [[STARLINK[0]!, 0.6], [STARLINK[1]!, 0.4]];
    e.behavior.mobileShare = 0;
    world.claimed.add(e.employeeId);
    addBenign(world, { id: 'benign-starlink', scenario: 'starlink-contractor', title: 'Contractor on Starlink', looks_like: ['E-02', 'E-03', 'E-14'], why_benign: 'Satellite broadband: the address belongs to SpaceX and geolocates to the ground station, not the home in Montana.' }, [e], 'contractor');
  },
};
