import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { record } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './applicant-anachronistic-experience.rule.js';

function applicant(id: string, resume: string, appliedAt: string | null = '2022-03-15T10:00:00Z'): IdentityRecord {
  return record('ats.applicant', id, {
    name: `Candidate ${id}`,
    applicant_id: id,
    identifiers: { emails: [`${id.toLowerCase()}@example.org`] },
    attributes: { resume_text: resume, ...(appliedAt ? { applied_at: appliedAt } : {}) },
  });
}

const run = (identities: IdentityRecord[], options?: Record<string, unknown>) => runRule(rule, { identities, events: [], ...(options ? { options } : {}) });

describe('applicant.anachronistic-experience (A-06)', () => {
  test('"12 years of React" in 2022 starts three years before React existed', () => {
    const r = run([applicant('A-1', 'Senior frontend engineer. 12 years of React experience building trading dashboards.')]);
    const [finding, ...rest] = r.findings;
    assert.equal(rest.length, 0);
    assert.equal(finding?.indicator, 'A-06');
    assert.equal(finding?.summary, 'Résumé claims experience before the technology existed: React from 2010 (released 2013): "12 years of React"');
    assert.equal(finding?.confidence, 0.6);
    assert.deepEqual(finding?.evidence[0]?.values, {
      record: 'ats.applicant:ats-csv:A-1',
      technology: 'React',
      claimed_from: 2010,
      released: 2013,
      phrase: '12 years of React',
      applied_at: '2022-03-15T10:00:00Z',
    });
    assert.equal(finding?.facets.from, Date.parse('2022-03-15T10:00:00Z'));
  });

  test('several anachronisms weigh more, and a 1.0-dated technology says when previews existed', () => {
    const r = run([applicant('A-1', 'Blockchain developer: Solana since 2017, Rust (2012–2016), 8 years of Kubernetes.')]);
    const [finding] = r.findings;
    assert.match(finding?.summary ?? '', /Solana from 2017 \(released 2020\): "Solana since 2017"; Rust from 2012 \(released 2015\): "Rust \(2012–2016\)"$/);
    assert.equal(finding?.evidence.length, 2, 'Kubernetes from 2014 is its release year: not a finding');
    assert.equal(finding?.evidence[1]?.values.earlier_previews, 'pre-1.0 releases from January 2012');
    assert.equal(finding?.confidence, 0.75);
  });

  test('the release year and the year before it are tolerated (rounding); the tolerance is an option', () => {
    const honest = [applicant('A-1', '10 years of React at two agencies.'), applicant('A-2', 'Shipping apps with React since 2012.')];
    assert.deepEqual(run(honest).findings, []);
    assert.equal(run(honest, { toleranceYears: 0 }).findings.length, 2);
    assert.equal(run([applicant('A-3', 'Shipping apps with React since 2011.')]).findings.length, 1);
  });

  test('a career length followed by a list of skills is not a claim about each skill', () => {
    const r = run([applicant('A-1', 'Full-stack engineer with 10 years of experience in Node.js, React, Solana and AWS.', '2020-06-01T00:00:00Z')]);
    assert.deepEqual(r.findings, []);
  });

  test('AngularJS called "Angular" is not Angular 2+; an explicit Angular 4 claim is', () => {
    assert.deepEqual(run([applicant('A-1', 'Angular since 2011, migrated the admin app to Angular 2 in 2017.')]).findings, []);
    assert.match(run([applicant('A-2', 'Angular 4 since 2013.')]).findings[0]?.summary ?? '', /Angular 2\+ from 2013 \(released 2016\)/);
  });

  test('SWIFT payments, the verb "go" and job date ranges are not technology claims', () => {
    const r = run([
      applicant('A-1', 'Payments analyst: SWIFT since 2006, ISO 20022 migration lead.'),
      applicant('A-2', 'I go since 2005 to local meetups and organise talks.'),
      applicant('A-3', 'Frontend developer (React, Angular) at Example Corp, 2010–2018.'),
    ]);
    assert.deepEqual(r.findings, []);
  });

  test('without an application date a duration cannot be placed, but an explicit year still counts', () => {
    assert.deepEqual(run([applicant('A-1', '12 years of React experience.', null)]).findings, []);
    assert.equal(run([applicant('A-2', 'React since 2010.', null)]).findings.length, 1);
  });

  test('the example company\'s résumés claim nothing impossible', () => {
    const texts = [
      'Full-stack engineer with 10 years of experience in Node.js, React, AWS and blockchain. Delivered 40+ projects for clients worldwide.',
      'Mobile engineer with 10 years of experience in React Native, Node.js, AWS and blockchain. Delivered 40+ projects for clients worldwide.',
      'Frontend engineer. Seven years of React and accessibility work at two Seattle agencies.',
    ];
    assert.deepEqual(run(texts.map((t, i) => applicant(`A-${i}`, t, '2026-07-14T03:41:00Z'))).findings, []);
  });
});
