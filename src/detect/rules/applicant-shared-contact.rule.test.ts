import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { employee, record } from '../../test-support/factories.js';
import { runRule, type RuleRun } from '../../test-support/rule-tester.js';
import rule from './applicant-shared-contact.rule.js';

interface Application {
  phone?: string;
  email?: string;
  at?: string;
  resume?: string;
  channel?: string;
  city?: string;
  line?: string;
}

function applicant(id: string, name: string, a: Application): IdentityRecord {
  return record('ats.applicant', id, {
    name,
    applicant_id: id,
    identifiers: {
      phones: a.phone ? [a.phone] : [],
      emails: a.email ? [a.email] : [],
      addresses: [{ role: 'home', ...(a.line ? { line: a.line } : {}), city: a.city ?? 'Phoenix', region: 'AZ', country: 'US' }],
    },
    attributes: {
      applied_at: a.at ?? '2026-07-14T03:41:00.000Z',
      ...(a.resume ? { resume_text: a.resume } : {}),
      ...(a.channel ? { source_channel: a.channel } : {}),
    },
  });
}

const run = (identities: IdentityRecord[], options?: Record<string, unknown>) => runRule(rule, { identities, events: [], ...(options ? { options } : {}) });
const findingOf = (r: RuleRun, name: string) => r.findings.filter((f) => f.subject === r.subjects.find((s) => s.display_name === name)?.id);

const RESUME =
  'Senior full-stack engineer who shipped payment dashboards for retail clients. Built a React and Node.js ' +
  'checkout used by two million shoppers, cut page load time by forty percent and moved the team from nightly ' +
  'deploys to continuous delivery on AWS. Mentored four junior developers and ran the weekly architecture review. ' +
  'Wrote the data pipeline that reconciles card settlements every hour and the alerting that pages on drift.';

describe('applicant.shared-contact (A-01)', () => {
  test('three applicants under different names on one phone: each gets a finding naming the other two', () => {
    const r = run([
      applicant('A-1', 'Ryan Mitchell', { phone: '+1 555 0177', city: 'Phoenix', at: '2026-07-14T03:41:00Z' }),
      applicant('A-2', 'Kevin Brooks', { phone: '+1 (555) 0177', city: 'Miami', at: '2026-07-21T03:55:00Z' }),
      applicant('A-3', 'Tom Sample', { phone: '+15550177', city: 'Dallas', at: '2026-08-11T04:20:00Z' }),
    ]);
    for (const name of ['Ryan Mitchell', 'Kevin Brooks', 'Tom Sample']) {
      const [finding, ...rest] = findingOf(r, name);
      assert.ok(finding, name);
      assert.equal(rest.length, 0);
      assert.equal(finding.indicator, 'A-01');
      assert.match(finding.summary, /^Shares phone \+15550177 with 2 people under other names within 24 months: /);
      assert.equal(finding.related_subjects.length, 2);
      assert.equal(finding.evidence.length, 3);
      assert.ok(finding.evidence.every((e) => e.values.shares === 'phone +15550177' && e.values.applied_at));
      assert.equal(finding.confidence, 0.65);
      assert.equal(finding.facets.from, Date.parse('2026-07-14T03:41:00Z'));
      assert.equal(finding.facets.to, Date.parse('2026-08-11T04:20:00Z'));
    }
  });

  test('an employee\'s personal e-mail on another name\'s application, compared case-insensitively', () => {
    const hr = employee('E1007', 'ryan.mitchell@example.com', 'Ryan Mitchell');
    const withPersonal = { ...hr, identifiers: { ...hr.identifiers, emails: ['ryan.mitchell@example.com', 'Dev.Persona@Example.net'] } };
    const r = run([withPersonal, applicant('A-9', 'Ethan Walker', { email: 'dev.persona@example.net' })]);
    const [finding] = r.findingsOf('ryan.mitchell@example.com');
    assert.match(finding?.summary ?? '', /^Shares e-mail dev\.persona@example\.net with 1 person under other names within 24 months: Ethan Walker$/);
    assert.equal(finding?.confidence, 0.7);
    // The corporate address is the company's, never a shared personal contact.
    assert.ok(finding?.evidence.every((e) => e.values.shares === 'e-mail dev.persona@example.net'));
  });

  test('a résumé reused under another name is found by MinHash and verified by exact Jaccard', () => {
    const copy = RESUME.replace('four junior', 'three junior').replace('forty percent', 'half');
    const r = run([applicant('A-1', 'Ryan Mitchell', { resume: RESUME }), applicant('A-2', 'Kevin Brooks', { resume: copy })]);
    const [finding] = findingOf(r, 'Kevin Brooks');
    assert.match(finding?.summary ?? '', /^Shares résumé text \(up to \d\d% alike\) with 1 person under other names within 24 months: Ryan Mitchell$/);
    const similarity = Number(finding?.evidence[0]?.values.resume_similarity);
    assert.ok(similarity >= 0.8 && similarity < 1, String(similarity));
  });

  test('several kinds of shared value and a VoIP number weigh more', () => {
    const voip = '+44 56 0000 0177'; // a synthetic number in the UK 056 VoIP range
    const r = run([
      applicant('A-1', 'Ryan Mitchell', { phone: voip, email: 'persona@example.org', resume: RESUME }),
      applicant('A-2', 'Kevin Brooks', { phone: voip, email: 'persona@example.org', resume: RESUME }),
    ]);
    const [finding] = findingOf(r, 'Ryan Mitchell');
    assert.match(finding?.summary ?? '', /^Shares phone \+445600000177 \(VoIP\) and e-mail persona@example\.org and résumé text \(up to 100% alike\) with 1 person/);
    assert.equal(finding?.confidence, 0.95);
  });

  test('one person re-applying under the same name (another spelling) is not a finding', () => {
    const r = run([
      applicant('A-1', 'Priya Example', { phone: '+1 555 0144', at: '2025-02-01T00:00:00Z' }),
      applicant('A-2', 'Example, Priya', { phone: '+1 555 0144', resume: RESUME }),
      applicant('A-3', 'Priya M. Example', { phone: '+1 555 0144', resume: RESUME }),
    ]);
    assert.deepEqual(r.findings, []);
  });

  test('siblings sharing the family phone: a finding with little weight that says so', () => {
    const r = run([
      applicant('A-1', 'Grace Lee', { phone: '+1 555 0110', city: 'Portland' }),
      applicant('A-2', 'Daniel Lee', { phone: '+1 555 0110', city: 'Portland', at: '2026-09-01T00:00:00Z' }),
    ]);
    const [finding] = findingOf(r, 'Grace Lee');
    assert.match(finding?.summary ?? '', /they share a family name or a home \(a household\?\)$/);
    assert.equal(finding?.confidence, 0.3);
    assert.equal(finding?.severity, 'low');
    assert.equal(r.subjects.find((s) => s.display_name === 'Grace Lee')?.level, 'none');
  });

  test('a shared street address marks a household even with different family names', () => {
    const line = '410 NW Flanders St';
    const r = run([
      applicant('A-1', 'Grace Kim', { phone: '+1 555 0110', line, city: 'Portland' }),
      applicant('A-2', 'Henry Park', { phone: '+1 555 0110', line: '410 Northwest Flanders Street', city: 'Portland' }),
    ]);
    assert.match(findingOf(r, 'Henry Park')[0]?.summary ?? '', /a household\?/);
  });

  test('a recruiter\'s phone and mailbox on the candidates it submits are not shared contact data', () => {
    const agency = { phone: '+1 555 0150', email: 'recruiter@example.org', channel: 'Agency: Example Talent Partners' };
    const submitted = [applicant('A-1', 'Ann Able', agency), applicant('A-2', 'Ben Baker', agency), applicant('A-3', 'Cy Cole', agency)];
    assert.deepEqual(run(submitted).findings, []);
    // The same number on an application that did not come through the agency still counts.
    const direct = run([...submitted, applicant('A-4', 'Dee Dunn', { phone: '+1 555 0150', channel: 'job_board' })]);
    assert.equal(findingOf(direct, 'Dee Dunn')[0]?.related_subjects.length, 3);
  });

  test('role inboxes and placeholder numbers never link anyone', () => {
    const r = run([
      applicant('A-1', 'Ann Able', { email: 'careers@example.org', phone: '+1 000 000 0000' }),
      applicant('A-2', 'Ben Baker', { email: 'careers@example.org', phone: '+1 000 000 0000' }),
    ]);
    assert.deepEqual(r.findings, []);
  });

  test('two résumés on one template with stock phrases are not copies', () => {
    const template = (body: string) => `Professional summary. ${body} Technical skills: JavaScript, TypeScript, SQL. Education: Bachelor of Science. References available on request.`;
    const r = run([
      applicant('A-1', 'Ann Able', { resume: template(RESUME) }),
      applicant('A-2', 'Ben Baker', {
        resume: template(
          'Backend developer at a logistics startup. Designed the route planner that assigns deliveries to drivers, ' +
            'migrated the monolith to Go services on Kubernetes, and owned the on-call rotation for the billing system. ' +
            'Introduced contract tests between teams and halved the number of failed releases over one year of work.',
        ),
      }),
    ]);
    assert.deepEqual(r.findings, []);
  });

  test('applications further apart than the window are not linked; the window is an option', () => {
    const ids = [
      applicant('A-1', 'Ann Able', { phone: '+1 555 0161', at: '2023-01-10T00:00:00Z' }),
      applicant('A-2', 'Ben Baker', { phone: '+1 555 0161', at: '2025-09-10T00:00:00Z' }),
    ];
    assert.deepEqual(run(ids).findings, []);
    assert.match(findingOf(run(ids, { windowMonths: 36 }), 'Ann Able')[0]?.summary ?? '', /within 36 months: Ben Baker$/);
  });

  test('a value on more names than maxPeople is a hub: a note, no findings', () => {
    const names = ['Ann Able', 'Ben Baker', 'Cy Cole', 'Dee Dunn'];
    const r = run(
      names.map((n, i) => applicant(`A-${i}`, n, { phone: '+1 555 0170' })),
      { maxPeople: 3 },
    );
    assert.deepEqual(r.findings, []);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0]!, /phone \+15550170 is on the records of more than 3 different names.*rules\.applicant\.shared-contact\.maxPeople/);
  });
});

test('applicant.shared-contact: one résumé text under more names than maxPeople is a template everyone fills in: a note', () => {
  const names = ['Ann Able', 'Ben Baker', 'Cy Cole', 'Dee Dunn'];
  const r = run(names.map((n, i) => applicant(`A-${i}`, n, { resume: RESUME })), { maxPeople: 3 });
  assert.deepEqual(r.findings, []);
  assert.match(r.notes.join('\n'), /^One résumé text is on the records of more than 3 different names: treated as a placeholder, stock or template/);
});

test('applicant.shared-contact: a boilerplate block that most résumés carry (an ATS template) is dropped before comparing', () => {
  // A deterministic word soup: every applicant's own words differ; the block is the same 200 words for all.
  let x = 99;
  const word = () => `w${(x = (Math.imul(x, 1664525) + 1013904223) >>> 0) % 50000}`;
  const block = Array.from({ length: 300 }, word).join(' ');
  const first = ['Ann', 'Ben', 'Cyrus', 'Dolores', 'Edgar', 'Fatima', 'Gustav', 'Hiroshi'];
  const last = ['Able', 'Baker', 'Castellanos', 'Dunmore', 'Eriksen', 'Fairweather', 'Gonzaga', 'Holloway'];
  const people = Array.from({ length: 60 }, (_, i) =>
    applicant(`B-${i}`, `${first[i % 8]} ${last[Math.floor(i / 8)]}`, { resume: `${block} ${Array.from({ length: 25 }, word).join(' ')}` }),
  );
  const r = run(people);
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.notes, []);
  // Kept (a cut above the 60 résumés), the block alone makes everyone a copy of everyone.
  assert.ok(run(people, { commonPhraseMinDocs: 100, maxPeople: 100 }).findings.length > 0);
});

test('applicant.shared-contact: an office line HR lists for several employees links no one; on an application it does', () => {
  const staff = (id: string, name: string) => {
    const hr = employee(id, `${id.toLowerCase()}@example.com`, name);
    return { ...hr, identifiers: { ...hr.identifiers, phones: ['+1 512 555 0100'] } };
  };
  const office = [staff('E1', 'Alice Chen'), staff('E2', 'Bob Martinez'), staff('E3', 'Ivan Petrov')];
  assert.deepEqual(run(office).findings, []);
  const r = run([...office, applicant('A-1', 'Tom Sample', { phone: '+1 512 555 0100' })]);
  assert.equal(findingOf(r, 'Tom Sample')[0]?.related_subjects.length, 3);
  assert.equal(findingOf(r, 'Alice Chen')[0]?.related_subjects.length, 1, 'employees are linked to the applicant, not to each other');
});
