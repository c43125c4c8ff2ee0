import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { account, employee } from '../test-support/factories.js';
import { resolveSubjects, subjectId } from './resolve-subjects.js';

describe('resolveSubjects', () => {
  test('joins an HR employee and an Okta account by corporate e-mail (case-insensitive), keeping the reason', () => {
    const hr = employee('E1', 'Ann.Lee@example.com', 'Ann Lee');
    const okta = account('00u1', 'ann.lee@example.com');
    const { subjects, subjectOfIdentity } = resolveSubjects([okta, hr]);
    assert.equal(subjects.length, 1);
    const [s] = subjects;
    assert.equal(s!.display_name, 'Ann Lee');
    assert.equal(s!.id, subjectId(hr.id), 'the HR record anchors the id');
    assert.deepEqual(s!.merge_reasons, [{ key: 'email:ann.lee@example.com', records: [okta.id, hr.id].sort() }]);
    assert.equal(subjectOfIdentity.get(okta.id), s!.id);
  });

  test('does not merge different people, nor people who only share a personal e-mail or phone', () => {
    const a = employee('E1', 'a@example.com', 'A');
    const b = employee('E2', 'b@example.com', 'B');
    b.identifiers.emails.push('shared@mail.example.org');
    a.identifiers.emails.push('shared@mail.example.org');
    a.identifiers.phones.push('+15550100');
    b.identifiers.phones.push('+15550100');
    assert.equal(resolveSubjects([a, b]).subjects.length, 2);
  });

  test('merges transitively through an employee id', () => {
    const hr = employee('E7', 'g@example.com', 'G');
    const payroll = { ...account('pay7', 'other@example.com'), id: 'payroll.payee:adp:7', kind: 'payroll.payee' as const, corporate_emails: [], employee_id: 'E7' };
    const okta = account('00u7', 'g@example.com');
    const { subjects } = resolveSubjects([payroll, okta, hr]);
    assert.equal(subjects.length, 1);
    assert.equal(subjects[0]!.identities.length, 3);
  });

  test('an account with no HR record is its own subject, named by its e-mail when it has no name', () => {
    const { subjects } = resolveSubjects([account('00u9', 'contractor@example.com')]);
    assert.equal(subjects[0]!.display_name, 'contractor@example.com');
  });

  test('the result does not depend on input order (property)', () => {
    const pool = [
      employee('E1', 'a@example.com', 'A'),
      account('o1', 'a@example.com'),
      employee('E2', 'b@example.com', 'B'),
      account('o2', 'b@example.com'),
      account('o3', 'c@example.com'),
      { ...account('o4', 'A@EXAMPLE.COM'), name: 'A alt' },
    ];
    const canonical = JSON.stringify(resolveSubjects(pool).subjects);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        assert.equal(JSON.stringify(resolveSubjects(shuffled).subjects), canonical);
      }),
    );
  });
});
