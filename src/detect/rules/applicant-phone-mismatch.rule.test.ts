import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { record } from '../../test-support/factories.js';
import { runRule } from '../../test-support/rule-tester.js';
import rule from './applicant-phone-mismatch.rule.js';

function applicant(id: string, phones: string[], country?: string): IdentityRecord {
  return record('ats.applicant', id, {
    name: `Candidate ${id}`,
    applicant_id: id,
    identifiers: { phones, addresses: country ? [{ role: 'home', city: 'Somewhere', country }] : [] },
    attributes: { applied_at: '2026-07-14T03:41:00Z' },
  });
}

const run = (identities: IdentityRecord[], options?: Record<string, unknown>) => runRule(rule, { identities, events: [], ...(options ? { options } : {}) });

describe('applicant.phone-mismatch (A-14)', () => {
  test('a foreign VoIP number on a claimed US home: a corroborating finding with the libphonenumber basis', () => {
    const r = run([applicant('A-1', ['+44 56 0000 0177'], 'US')]);
    const [finding, ...rest] = r.findings;
    assert.equal(rest.length, 0);
    assert.equal(finding?.indicator, 'A-14');
    assert.equal(finding?.summary, 'Phone +445600000177 is a VoIP number of GB, not of the claimed home country US');
    assert.equal(finding?.confidence, 0.45);
    assert.equal(finding?.corroborating_only, true);
    assert.equal(finding?.evidence[0]?.values.line_type, 'VOIP');
    assert.match(String(finding?.evidence[0]?.values.basis), /VOIP in the GB numbering plan/);
    // Alone it never raises a score.
    assert.equal(r.subjects[0]?.score, 0);
  });

  test('an invalid number is reported with little weight, and can be switched off', () => {
    const r = run([applicant('A-1', ['+1 555 0177'], 'US')]);
    assert.equal(r.findings[0]?.summary, 'Phone +15550177 is not a valid phone number');
    assert.equal(r.findings[0]?.confidence, 0.3);
    assert.deepEqual(run([applicant('A-1', ['+1 555 0177'], 'US')], { flagInvalid: false }).findings, []);
  });

  test('an immigrant\'s home-country mobile weighs least, and nothing when a local number is also on file', () => {
    const alone = run([applicant('A-1', ['+82 10 5555 0123'], 'US')]);
    assert.equal(alone.findings[0]?.summary, 'Phone +821055550123 is a number of KR, not of the claimed home country US');
    assert.equal(alone.findings[0]?.confidence, 0.2);
    assert.equal(alone.subjects[0]?.level, 'none');
    assert.deepEqual(run([applicant('A-1', ['+82 10 5555 0123', '+1 201 555 0123'], 'US')]).findings, []);
  });

  test('a valid number in the claimed country, or a national number nothing can place, is not a finding', () => {
    assert.deepEqual(run([applicant('A-1', ['+1 201 555 0123'], 'US'), applicant('A-2', ['020 7946 0111'], 'GB'), applicant('A-3', ['555 0123'])]).findings, []);
  });

  test('one number on two applications is reported once; HR records are not judged, but their local number counts', () => {
    const hr = record('hr.employee', 'E-1', { name: 'Candidate A-1', employee_id: 'E-1', identifiers: { phones: ['+1 555 0101'], addresses: [{ role: 'home', country: 'US' }] } });
    const twice = [{ ...applicant('A-1', ['+44 56 0000 0177'], 'US'), employee_id: 'E-1' }, { ...applicant('A-2', ['+445600000177'], 'US'), employee_id: 'E-1' }];
    const r = run([hr, ...twice]);
    assert.equal(r.findings.length, 1);
    assert.deepEqual(r.findings[0]?.evidence.map((e) => e.values.record), ['ats.applicant:ats-csv:A-1']);
    assert.deepEqual(run([hr]).findings, [], 'an invalid number HR typed in is not the candidate\'s claim');
    const localOnHr = record('hr.employee', 'E-2', { name: 'Candidate A-3', employee_id: 'E-2', identifiers: { phones: ['+1 201 555 0123'], addresses: [{ role: 'home', country: 'US' }] } });
    assert.deepEqual(run([localOnHr, { ...applicant('A-3', ['+82 10 5555 0123'], 'US'), employee_id: 'E-2' }]).findings, []);
  });
});
