import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_IMPORTS } from '../enrich/define-enricher.js';
import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { Subject } from '../model/subject.js';
import { record } from '../test-support/factories.js';
import { prepareRecordEnrichers } from './checks/record-checks.js';
import { buildDbIndex } from './db-index.js';
import { jsonApplicants } from './read-applicants.js';
import { screenApplicant, type ScreenContext } from './screen-applicant.js';
import type { ApplicantScreening } from './screen-result.js';
import { WatchIndex } from './watch-index.js';

const KEY = 'test-fingerprint-key';
const RESUME =
  'Senior backend engineer who designed and operated payment services for a regional bank, led a team of six, ' +
  'migrated batch settlement to event streaming, wrote the on-call runbooks and cut incident response time in half, ' +
  'and mentored junior developers through code review and pairing on distributed systems problems every week.';

/** An applicant as the ATS source reads it from the canonical fields. */
function applicant(fields: Record<string, unknown>): IdentityRecord {
  const read = jsonApplicants({ applicant_id: 'A-100', full_name: 'Morgan Fairweather', email: 'morgan.fairweather@example.com', location_country: 'US', ...fields }, 'apply.json', KEY);
  assert.deepEqual(read.problems, []);
  return read.records[0]!;
}

const lists = new WatchIndex([
  {
    name: 'test-sdn',
    date: '2026-11-21',
    date_basis: 'file',
    entries: [
      { id: 'ofac:9001', kind: 'person', names: [{ value: 'PAK, Sang Man', type: 'primary' }], programs: ['DPRK3'], birth_dates: ['1984-01-08'], countries: ['KP'], identifiers: [{ type: 'email', value: 'sangman.pak@example.org' }, { type: 'wallet', value: '0x00000000000000000000000000000000000a11ce', chain: 'ETH' }, { type: 'github', value: 'synthetic-pak' }] },
      { id: 'ioc:1', kind: 'indicator', names: [], programs: [], birth_dates: [], countries: [], identifiers: [{ type: 'domain', value: 'persona-jobs.example' }], label: 'synthetic persona domain' },
    ],
  },
]);

// Known people: an employee already flagged, an unflagged applicant with a résumé and a photo, two neighbours.
const flagged = record('hr.employee', 'E-1', { name: 'Robin Example', employee_id: 'E-1', identifiers: { phones: ['+1 202 555 0142'], emails: ['robin.home@example.net'] } });
const applicantB = record('ats.applicant', 'B-1', { name: 'Casey Sample', identifiers: { phones: ['+1 202 555 0150'] }, attributes: { resume_text: RESUME, photo_phash: 'f0f0f0f0a5a5a5a5' } });
const neighbour = (id: string, name: string) => record('hr.employee', id, { name, identifiers: { addresses: [{ role: 'home', line: '12 Harbor Lane Apt 3', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' }] } });
const subject = (id: string, name: string, ids: string[], level: Subject['level'], score: number): Subject => ({ id, display_name: name, identity_ids: ids, merge_reasons: [], score, level, contributions: [], escalations: [] });
const finding: Finding = {
  id: 'fnd_1', rule: 'signin.shared-ip-accounts', indicator: 'E-04', subject: 'sub_flagged', severity: 'high', confidence: 0.8, summary: 'one residential IP, three accounts',
  evidence: [], citations: [{ indicator: 'E-04', source: 'test' }], corroborating_only: false, strength: 'H', shadow: false, related_subjects: [], facets: {},
};
const db = buildDbIndex([flagged, applicantB, neighbour('E-2', 'Alex Harbor'), neighbour('E-3', 'Sam Harbor')], {
  subjects: [subject('sub_flagged', 'Robin Example', [flagged.id], 'high', 72), subject('sub_b', 'Casey Sample', [applicantB.id], 'none', 0)],
  findings: [finding],
});
const enrich = prepareRecordEnrichers({
  corporateCidrs: [],
  corporateNetworks: [],
  imports: { ...NO_IMPORTS, ipRanges: [{ cidr: '203.0.113.0/24', class: 'vpn', provider: 'Example VPN', dataset: 'test-vpn', date: '2026-11-01' }] },
});
const ctx: ScreenContext = { lists, db, enrich, today: new Date('2026-11-30T00:00:00Z') };
const screen = (fields: Record<string, unknown>) => screenApplicant(applicant(fields), ctx);
const reasonsOf = (s: ApplicantScreening, check: string) => s.reasons.filter((r) => r.check === check);

describe('a clean applicant', () => {
  test('is clear, and the output says which checks ran and which could not', () => {
    const s = screen({ phone: '+1 202 555 0199', location_city: 'Denver', location_region: 'CO' });
    assert.equal(s.verdict, 'clear');
    assert.deepEqual(s.reasons, []);
    const ran = Object.fromEntries(s.checks.map((c) => [c.id, c.ran]));
    assert.equal(ran['watchlist.name'], true);
    assert.equal(ran['database.shared-identifier'], true);
    assert.equal(ran['database.photo'], false);
    assert.match(s.checks.find((c) => c.id === 'database.photo')!.detail, /no photo_phash column/);
  });

  test('a Korean name and a Korean phone in Korea are nobody\'s business: clear (fairness)', () => {
    const s = screen({ full_name: 'Kim Min-jun', email: 'minjun.kim@example.com', phone: '+82 2 312 3456', location_country: 'KR' });
    assert.equal(s.verdict, 'clear', JSON.stringify(s.reasons));
  });
});

describe('watch lists', () => {
  test('a name match alone asks for review; with the same date of birth it recommends rejection', () => {
    const alone = screen({ full_name: 'Park Sang-man' });
    assert.equal(alone.verdict, 'review');
    assert.match(reasonsOf(alone, 'watchlist.name')[0]!.summary, /PAK, Sang Man \(test-sdn of 2026-11-21, programs DPRK3\).*park≈pak \(romanization variant; reading park\).*confirm with date of birth/);
    const withDob = screen({ full_name: 'Park Sang-man', date_of_birth: '1984-01-08' });
    assert.equal(withDob.verdict, 'reject-recommended');
  });

  test('listed e-mail, payout wallet (EVM case-insensitive), GitHub handle and e-mail domain', () => {
    const s = screen({ email: 'sangman.pak@example.org', wallet: '0x00000000000000000000000000000000000A11CE', github_url: 'https://github.com/Synthetic-Pak' });
    assert.equal(s.verdict, 'reject-recommended');
    assert.deepEqual(reasonsOf(s, 'watchlist.identifier').map((r) => [r.indicator, r.evidence['type']]), [['H-10', 'email'], ['G-02', 'wallet'], ['H-10', 'github']]);
    const domain = screen({ email: 'anyone@mail.persona-jobs.example' });
    assert.equal(reasonsOf(domain, 'watchlist.identifier')[0]!.level, 'review');
    assert.match(reasonsOf(domain, 'watchlist.identifier')[0]!.summary, /under the listed domain persona-jobs\.example/);
  });
});

describe('the people molehunt already knows', () => {
  test('a phone shared with an already flagged, differently named employee recommends rejection (A-10)', () => {
    const s = screen({ phone: '+1 (202) 555-0142' });
    const [r] = reasonsOf(s, 'database.shared-identifier');
    assert.equal(s.verdict, 'reject-recommended');
    assert.equal(r!.indicator, 'A-10');
    assert.match(r!.summary, /already flagged: subject sub_flagged \(Robin Example\): level high, score 72; findings E-04/);
  });

  test('a phone shared with an unflagged, differently named applicant asks for review (A-01); the same person is no link', () => {
    const s = screen({ phone: '+1 202 555 0150' });
    assert.equal(reasonsOf(s, 'database.shared-identifier')[0]!.indicator, 'A-01');
    assert.equal(s.verdict, 'review');
    assert.deepEqual(reasonsOf(screen({ full_name: 'Sample Casey', phone: '+1 202 555 0150' }), 'database.shared-identifier'), [], 'same name, other order: the same person applying again');
  });

  test('a home address two other people share asks for review; one other person is a household, noted only', () => {
    const home = { role: 'home' as const, line: '12 Harbor Ln #3', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' };
    const two = screenApplicant({ ...applicant({}), identifiers: { ...applicant({}).identifiers, addresses: [home] } }, ctx);
    assert.equal(reasonsOf(two, 'database.shared-identifier')[0]!.level, 'review');
    const oneDb = buildDbIndex([neighbour('E-2', 'Alex Harbor')]);
    const one = screenApplicant({ ...applicant({}), identifiers: { ...applicant({}).identifiers, addresses: [home] } }, { ...ctx, db: oneDb });
    assert.equal(reasonsOf(one, 'database.shared-identifier')[0]!.level, 'info');
    assert.equal(one.verdict, 'clear');
  });

  test('the same résumé text under another name asks for review (MinHash candidates, Jaccard ≥ 0.8)', () => {
    const edited = RESUME.replace('regional bank', 'regional credit union');
    const s = screen({ resume_text: edited });
    const [r] = reasonsOf(s, 'database.resume');
    assert.equal(r!.indicator, 'A-01');
    assert.ok((r!.evidence['jaccard'] as number) >= 0.8);
    assert.ok((r!.evidence['minhash_estimate'] as number) >= 0.6, 'the MinHash estimate that made it a candidate is shown too');
    assert.deepEqual(reasonsOf(screen({ resume_text: 'Frontend developer building accessible design systems with careful attention to keyboard navigation, screen readers, color contrast and documentation for other teams across the company.' }), 'database.resume'), []);
  });

  test('the same photo (perceptual hash within 8 bits) under another name asks for review; a malformed hash is reported', () => {
    const s = screen({ photo_phash: 'f0f0f0f0a5a5a5a7' });
    assert.equal(reasonsOf(s, 'database.photo')[0]!.indicator, 'A-03');
    assert.match(reasonsOf(s, 'database.photo')[0]!.summary, /1 bit\(s\) from that of ats\.applicant B-1 Casey Sample/);
    const bad = jsonApplicants({ applicant_id: 'A-1', full_name: 'Morgan Fairweather', email: 'm@example.com', photo_phash: 'not-a-hash' }, 'apply.json', KEY);
    assert.deepEqual(bad.problems, ['apply.json: photo_phash: expected 16 hex digits (a 64-bit perceptual hash)'], 'the applicant source rejects it: the applicant is reported, not screened');
    const blank = screen({ photo_phash: '0000000000000001' });
    assert.match(blank.checks.find((c) => c.id === 'database.photo')!.detail, /nearly blank .*placeholder images hash alike/);
    const stored = screenApplicant({ ...applicant({}), attributes: { photo_phash: 'zz' } }, ctx);
    assert.match(stored.checks.find((c) => c.id === 'database.photo')!.detail, /not a 64-bit perceptual hash/);
  });

  test('a referral from someone already flagged asks for review (A-10)', () => {
    const s = screen({ referred_by: 'E-1' });
    assert.equal(reasonsOf(s, 'database.referral')[0]!.indicator, 'A-10');
  });
});

describe('the application on its own', () => {
  test('anachronistic experience: 12 years of Rust in 2022 (A-06); 5 years is fine; SWIFT the bank network is not Swift', () => {
    const s = screen({ applied_at: '2022-03-01', resume_text: 'Backend work: 12 years of Rust, 5+ years of Go. Also 20 years with SWIFT payments and Swift (3 years).' });
    assert.deepEqual(reasonsOf(s, 'record.experience').map((r) => r.evidence['technology']), ['Rust']);
    assert.match(reasonsOf(s, 'record.experience')[0]!.summary, /^"12 years of Rust" in 2022 dates Rust experience to 2010, before its first public release in 2015/);
    assert.deepEqual(reasonsOf(screen({ applied_at: '2026-03-01', resume_text: '11 years of Rust.' }), 'record.experience'), [], '2015 is the release year itself: no claim to doubt');
  });

  test('invalid phone, a phone from another country, a disposable e-mail: review', () => {
    assert.equal(reasonsOf(screen({ phone: '+1 555 0101' }), 'record.phone')[0]!.level, 'review');
    assert.match(reasonsOf(screen({ phone: '+44 20 7946 0111' }), 'record.phone')[0]!.summary, /belongs to GB, not the claimed home country US/);
    assert.equal(reasonsOf(screen({ email: 'someone@mailinator.com' }), 'record.email')[0]!.level, 'review');
  });

  test('an application sent from a VPN range asks for review (E-02)', () => {
    const [r] = reasonsOf(screen({ application_ip: '203.0.113.9' }), 'record.application-ip');
    assert.equal(r!.indicator, 'E-02');
    assert.match(r!.summary, /a vpn network \(Example VPN\)/);
  });

  test('a free-hosted portfolio and a persona-style handle only corroborate: the verdict stays clear', () => {
    const s = screen({ email: 'smartdev0205@example.com', portfolio_url: 'https://dev-portfolio.netlify.app' });
    assert.deepEqual(s.reasons.map((r) => [r.indicator, r.corroborating_only]), [['A-05', true], ['A-08', true]]);
    assert.equal(s.verdict, 'clear');
    assert.deepEqual(reasonsOf(screen({ portfolio_url: 'https://dev-portfolio.netlify.app', linkedin_url: 'https://www.linkedin.com/in/someone' }), 'record.portfolio'), [], 'a LinkedIn profile is an independent footprint');
  });
});
