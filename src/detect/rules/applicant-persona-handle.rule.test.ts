import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { employee, record } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './applicant-persona-handle.rule.js';

function applicant(id: string, name: string, email: string, github?: string): IdentityRecord {
  return record('ats.applicant', id, {
    name,
    applicant_id: id,
    identifiers: { emails: [email] },
    attributes: { applied_at: '2026-07-14T03:41:00Z', ...(github ? { github_url: github } : {}) },
  });
}

const run = (identities: IdentityRecord[], options?: Record<string, unknown>) => runRule(rule, { identities, events: [], ...(options ? { options } : {}) });

describe('applicant.persona-handle (A-08)', () => {
  test('a persona-shaped e-mail and GitHub login: one corroborating finding listing both', () => {
    const r = run([applicant('A-1', 'Ryan Mitchell', 'smartdev0205+jobs@example.org', 'https://github.com/WebStar1014')]);
    const [finding, ...rest] = r.findings;
    assert.equal(rest.length, 0);
    assert.equal(finding?.indicator, 'A-08');
    assert.equal(finding?.summary, 'Persona-style handles: smartdev0205 ("dev" + 0205), WebStar1014 ("star" + 1014)');
    assert.equal(finding?.confidence, 0.4);
    assert.equal(finding?.corroborating_only, true);
    assert.equal(finding?.evidence[0]?.values.email, 'smartdev0205+jobs@example.org');
    assert.equal(finding?.evidence[1]?.values.github, 'https://github.com/WebStar1014');
    assert.equal(r.subjects[0]?.score, 0, 'alone it never scores');
  });

  test('ordinary handles with a birth year or birthday, or built from the person\'s own name, do not fire', () => {
    const r = run([
      applicant('A-1', 'John Smith', 'john.smith1987@example.org', 'https://github.com/jsmith1987'),
      applicant('A-2', 'Elizabeth Smart', 'elizabeth.smart0412@example.org'),
      applicant('A-3', 'Devin Webb', 'devin.webb0315@example.org', 'https://github.com/webb0612'),
      applicant('A-4', 'Rusty Stark', 'rusty1224@example.net'),
    ]);
    assert.deepEqual(r.findings, []);
  });

  test('the company\'s own address for an employee is never read as a handle', () => {
    assert.deepEqual(run([employee('E1', 'fulldev114@example.com', 'Ann Able')]).findings, []);
  });

  test('options: the word list and the month-day requirement', () => {
    const seven = [applicant('A-1', 'Ann Able', 'seniordev9726@example.org')];
    assert.deepEqual(run(seven).findings, []);
    assert.equal(run(seven, { requireMonthDay: false }).findings.length, 1);
    assert.deepEqual(run([applicant('A-2', 'Ben Baker', 'fulldev114@example.org')], { words: ['ninja'] }).findings, []);
  });
});
