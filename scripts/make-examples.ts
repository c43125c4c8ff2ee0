// Writes examples/: a small synthetic company (Example Corp) in the real vendor formats.
// Deterministic: run `npx tsx scripts/make-examples.ts` and the files come out byte-identical.
// All addresses are documentation ranges (RFC 5737) and all names and domains are invented.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, '..', 'examples');

interface Place { city: string; state: string; country: string; postalCode: string; lat: number; lon: number }
interface Net { ip: string; place: Place; asNumber: number; asOrg: string; isp: string; domain: string; zone?: string }
interface Person {
  employeeId: string; name: string; login: string; oktaId: string; title: string; dept: string; start: string;
  home: { address: string; city: string; region: string; postal: string; country: string }; arrangement: string;
  timezone: string; utcOffset: number; net: Net; personalEmail: string; phone: string;
}

const place = (city: string, state: string, country: string, postalCode: string, lat: number, lon: number): Place => ({ city, state, country, postalCode, lat, lon });
const AUSTIN = place('Austin', 'Texas', 'United States', '78701', 30.2672, -97.7431);
const ASHBURN = place('Ashburn', 'Virginia', 'United States', '20147', 39.0438, -77.4874);
const DENVER = place('Denver', 'Colorado', 'United States', '80202', 39.7392, -104.9903);
const LONDON = place('London', 'England', 'United Kingdom', 'EC1A', 51.5072, -0.1276);
const CHICAGO = place('Chicago', 'Illinois', 'United States', '60601', 41.8781, -87.6298);
const BOSTON = place('Boston', 'Massachusetts', 'United States', '02108', 42.3601, -71.0589);
const SEATTLE = place('Seattle', 'Washington', 'United States', '98101', 47.6062, -122.3321);
const SHENYANG = place('Shenyang', 'Liaoning', 'China', '110000', 41.8057, 123.4315);
const NASHVILLE = place('Nashville', 'Tennessee', 'United States', '37201', 36.1627, -86.7816);
const PORTLAND = place('Portland', 'Oregon', 'United States', '97201', 45.5152, -122.6784);

const OFFICE: Net = { ip: '203.0.113.10', place: AUSTIN, asNumber: 64500, asOrg: 'Example Corp', isp: 'Example Transit', domain: 'example.com', zone: 'Austin-Office' };
const VPN: Net = { ip: '203.0.113.20', place: ASHBURN, asNumber: 64500, asOrg: 'Example Corp', isp: 'Example Transit', domain: 'example.com', zone: 'Corp-VPN' };
const home = (ip: string, p: Place, isp = 'Example Cable'): Net => ({ ip, place: p, asNumber: 64496, asOrg: isp, isp, domain: 'example.net' });

/** Real area codes of the home cities, with the fictional 555-01xx line numbers (valid, never assigned). */
const AREA_CODES: Record<string, string> = { Austin: '512', Denver: '303', Chicago: '312', Boston: '617', Seattle: '206', Phoenix: '602', Miami: '305', Columbus: '614', Portland: '503' };

let oktaSeq = 0;
const person = (employeeId: string, name: string, title: string, dept: string, start: string, homeAddress: Person['home'], arrangement: string, timezone: string, utcOffset: number, net: Net): Person => {
  const login = `${name.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.')}@example.com`;
  oktaSeq += 1;
  return {
    employeeId, name, login, oktaId: `00u${String(oktaSeq).padStart(3, '0')}exmpl${employeeId.toLowerCase()}`, title, dept, start,
    home: homeAddress, arrangement, timezone, utcOffset, net,
    personalEmail: `${name.toLowerCase().split(' ')[0]}.${employeeId.slice(-3)}@mail.example.org`,
    phone: `+1 ${AREA_CODES[homeAddress.city] ?? '555'} 555 01${employeeId.slice(-2)}`,
  };
};
const addr = (address: string, city: string, region: string, postal: string) => ({ address, city, region, postal, country: 'US' });

const people: Person[] = [
  person('E1001', 'Alice Chen', 'Engineering Manager', 'Engineering', '2019-03-04', addr('12 Oak St', 'Austin', 'TX', '78704'), 'hybrid', 'America/Chicago', -5, OFFICE),
  person('E1002', 'Bob Martinez', 'Accountant', 'Finance', '2020-07-13', addr('88 Elm Ave', 'Austin', 'TX', '78745'), 'office', 'America/Chicago', -5, OFFICE),
  person('E1003', 'Carol Okafor', 'Sales Director', 'Sales', '2018-01-08', addr('5 Pine Rd', 'Denver', 'CO', '80203'), 'remote', 'America/Denver', -6, home('198.51.100.31', DENVER)),
  person('E1004', 'Dan Kowalski', 'Backend Engineer', 'Engineering', '2021-05-17', addr('301 Lake Shore Dr', 'Chicago', 'IL', '60611'), 'remote', 'America/Chicago', -5, home('198.51.100.32', CHICAGO)),
  person('E1005', 'Erin Walsh', 'Support Engineer (night shift)', 'Support', '2022-09-12', addr('47 Beacon St', 'Boston', 'MA', '02108'), 'remote', 'America/New_York', -4, home('198.51.100.33', BOSTON)),
  person('E1006', 'Jake Thompson', 'Frontend Engineer', 'Engineering', '2026-08-24', addr('900 Pine St', 'Seattle', 'WA', '98101'), 'remote', 'America/Los_Angeles', -7, home('198.51.100.61', SEATTLE)),
  person('E1007', 'Ryan Mitchell', 'Full-Stack Engineer', 'Engineering', '2026-08-31', addr('15 Camelback Rd', 'Phoenix', 'AZ', '85016'), 'remote', 'America/Phoenix', -7, home('198.51.100.77', NASHVILLE, 'Example Fiber')),
  person('E1008', 'Kevin Brooks', 'Mobile Engineer', 'Engineering', '2026-09-14', addr('220 Ocean Dr', 'Miami', 'FL', '33139'), 'remote', 'America/New_York', -4, home('198.51.100.77', NASHVILLE, 'Example Fiber')),
  person('E1009', 'Ethan Walker', 'DevOps Engineer', 'Engineering', '2026-09-28', addr('77 High St', 'Columbus', 'OH', '43215'), 'remote', 'America/New_York', -4, home('198.51.100.77', NASHVILLE, 'Example Fiber')),
  person('E1010', 'Grace Kim', 'Product Designer', 'Design', '2023-02-06', addr('410 NW Flanders St', 'Portland', 'OR', '97209'), 'remote', 'America/Los_Angeles', -7, home('198.51.100.40', PORTLAND)),
  person('E1011', 'Henry Kim', 'QA Engineer', 'Engineering', '2023-06-19', addr('410 NW Flanders St', 'Portland', 'OR', '97209'), 'remote', 'America/Los_Angeles', -7, home('198.51.100.40', PORTLAND)),
  person('E1012', 'Ivan Petrov', 'IT Administrator', 'IT', '2017-11-01', addr('9 Congress Ave', 'Austin', 'TX', '78701'), 'hybrid', 'America/Chicago', -5, home('198.51.100.35', AUSTIN)),
];

// A small deterministic PRNG so minute offsets look organic but never change between runs.
let seed = 20261005;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const uuid = (text: string) => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

function oktaEvent(p: Person, at: Date, net: Net, eventType = 'user.session.start'): Record<string, unknown> {
  const geo = { city: net.place.city, state: net.place.state, country: net.place.country, postalCode: net.place.postalCode, geolocation: { lat: net.place.lat, lon: net.place.lon } };
  const id = uuid(`${p.oktaId}|${at.toISOString()}|${eventType}|${net.ip}`);
  return {
    actor: { id: p.oktaId, type: 'User', alternateId: p.login, displayName: p.name, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: UA, os: 'Mac OS X', browser: 'CHROME' },
      zone: net.zone ?? 'null',
      device: 'Computer',
      id: null,
      ipAddress: net.ip,
      geographicalContext: geo,
    },
    device: null,
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `102${id.slice(0, 22).replace(/-/g, '')}` },
    displayMessage: eventType === 'user.session.start' ? 'User login to Okta' : 'User single sign on to app',
    eventType,
    outcome: { result: 'SUCCESS', reason: null },
    published: at.toISOString(),
    securityContext: { asNumber: net.asNumber, asOrg: net.asOrg, isp: net.isp, domain: net.domain, isProxy: false },
    severity: 'INFO',
    debugContext: { debugData: { requestUri: '/idp/idx/authenticate', deviceFingerprint: createHash('md5').update(`${p.oktaId}-laptop`).digest('hex'), threatSuspected: 'false' } },
    legacyEventType: eventType === 'user.session.start' ? 'core.user_auth.login_success' : 'app.auth.sso',
    transaction: { type: 'WEB', id: id.slice(0, 27).replace(/-/g, ''), detail: {} },
    uuid: id,
    version: '0',
    request: { ipChain: [{ ip: net.ip, geographicalContext: geo, version: 'V4', source: null }] },
    target: null,
  };
}

/** A local wall-clock time in the person's zone (fixed offset for the two example weeks). */
const localTime = (day: string, hour: number, minute: number, utcOffset: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - utcOffset) * 60 + minute) * 60_000);

const events: Record<string, unknown>[] = [];
const days: string[] = [];
for (let d = 0; d < 14; d++) days.push(new Date(Date.parse('2026-10-05T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10));

for (const p of people) {
  for (const day of days) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const night = p.employeeId === 'E1005';
    const startHour = night ? 22 : 8;
    let net = p.net;
    if (p.arrangement === 'hybrid' && weekday % 2 === 1) net = OFFICE;
    if (p.arrangement === 'hybrid' && weekday % 2 === 0 && p.employeeId === 'E1001') net = home('198.51.100.34', AUSTIN);
    if (p.employeeId === 'E1012' && weekday === 5) net = VPN;
    let offset = p.utcOffset;
    // Carol works from London on 15–16 October (her business trip below): hotel Wi-Fi, then the corporate VPN.
    if (p.employeeId === 'E1003' && (day === '2026-10-15' || day === '2026-10-16')) {
      net = day === '2026-10-15' ? home('198.51.100.50', LONDON, 'Example Hotel Wifi') : VPN;
      offset = 1;
    }
    // On the 15th she lands at 11:20 UTC (below) and starts work after lunch.
    const firstHour = p.employeeId === 'E1003' && day === '2026-10-15' ? 13 : startHour;
    const start = localTime(day, firstHour, Math.floor(rand() * 50), offset);
    events.push(oktaEvent(p, start, net));
    events.push(oktaEvent(p, new Date(start.getTime() + (3 + Math.floor(rand() * 20)) * 60_000), net, 'user.authentication.sso'));
    events.push(oktaEvent(p, localTime(day, firstHour + 5, Math.floor(rand() * 50), offset), net, 'user.authentication.sso'));
  }
}

// Carol's real business trip: she checks mail at Denver airport, flies overnight (~7,500 km, ~9.5 h in the air)
// and signs in from Heathrow on arrival: fast, but an airliner's speed.
const carol = people.find((p) => p.employeeId === 'E1003')!;
events.push(oktaEvent(carol, new Date('2026-10-14T23:55:00Z'), home('198.51.100.51', DENVER, 'Example Airport Wifi')));
events.push(oktaEvent(carol, new Date('2026-10-15T11:20:00Z'), home('198.51.100.52', place('Hounslow', 'England', 'United Kingdom', 'TW6', 51.47, -0.4543), 'Example Airport Wifi')));

// Jake's session jumps from Seattle to Shenyang in 45 minutes, twice.
const jake = people.find((p) => p.employeeId === 'E1006')!;
const remote = home('198.51.100.200', SHENYANG, 'Example Backbone');
events.push(oktaEvent(jake, new Date('2026-10-13T16:47:00Z'), remote));
events.push(oktaEvent(jake, new Date('2026-10-15T17:05:00Z'), remote));
events.push(oktaEvent(jake, new Date('2026-10-15T17:52:00Z'), jake.net));

// An API client's event: no person behind it, so no subject.
events.push({ ...oktaEvent(people[11]!, new Date('2026-10-06T03:00:00Z'), OFFICE, 'system.api_token.create'), actor: { id: '0oaexmplsvc01', type: 'PublicClientApp', alternateId: 'provisioning-bot', displayName: 'Provisioning bot' } });

events.sort((a, b) => String(a.published).localeCompare(String(b.published)));
// The second week also arrives as one /api/v1/logs page (a JSON array), the way the API returns it.
const split = events.findIndex((e) => String(e.published) >= '2026-10-12');
writeFileSync(join(out, 'okta-system-log.ndjson'), events.slice(0, split).map((e) => JSON.stringify(e)).join('\n') + '\n');
writeFileSync(join(out, 'okta-api-logs-week2.json'), JSON.stringify(events.slice(split), null, 2) + '\n');

const header = 'employee_id,full_name,email,personal_email,phone,job_title,department,employment_type,start_date,end_date,home_address,home_city,home_region,home_postal_code,home_country,work_arrangement,timezone,manager_email,referred_by';
const rows = people.map((p) => [p.employeeId, p.name, p.login, p.personalEmail, p.phone, p.title, p.dept, 'full_time', p.start, '', p.home.address, p.home.city, p.home.region, p.home.postal, p.home.country, p.arrangement, p.timezone, p.employeeId === 'E1001' ? '' : 'alice.chen@example.com', ''].join(','));
writeFileSync(join(out, 'hr-directory.csv'), [header, ...rows].join('\n') + '\n');
console.error(`wrote ${events.length} Okta events and ${people.length} employees to examples/`);
