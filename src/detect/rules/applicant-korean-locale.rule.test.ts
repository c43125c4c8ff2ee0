import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../analyze.js';
import { enrichers } from '../../catalog.generated.js';
import { NO_IMPORTS } from '../../enrich/define-enricher.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import { signInOf } from '../../model/sign-in.js';
import { account, employee, record, signIn } from '../../test-support/factories.js';
import { signInWith } from '../../test-support/sign-in-with.js';
import { runRule } from '../../test-support/rule-tester.js';
import sharedContact from './applicant-shared-contact.rule.js';
import rule from './applicant-korean-locale.rule.js';

const KOREAN_FIRST = 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7';

/** An employee (HR, claimed home in `country`) with the application that became the hire. */
function person(id: string, name: string, country: string, acceptLanguage?: string, phone?: string): IdentityRecord[] {
  const email = `${id}@example.com`;
  const hr = employee(`E-${id}`, email, name);
  return [
    { ...hr, identifiers: { ...hr.identifiers, addresses: [{ role: 'home', city: 'Los Angeles', region: 'CA', country }] } },
    record('ats.applicant', `A-${id}`, {
      name,
      employee_id: `E-${id}`,
      identifiers: { phones: phone ? [phone] : [], addresses: [{ role: 'home', city: 'Los Angeles', country }] },
      attributes: { applied_at: '2026-05-01T00:00:00Z', ...(acceptLanguage ? { accept_language: acceptLanguage } : {}) },
    }),
    account(id, email),
  ];
}

const run = (identities: IdentityRecord[], events = [] as ReturnType<typeof signIn>[]) => runRule(rule, { identities, events });

describe('applicant.korean-locale (A-07)', () => {
  test('a Korean-American employee with a Korean browser and nothing else: recorded, corroborating only, score 0', () => {
    const r = run(person('grace', 'Grace Kim', 'US', KOREAN_FIRST));
    const [finding, ...rest] = r.findingsOf('grace@example.com');
    assert.equal(rest.length, 0);
    assert.equal(finding?.indicator, 'A-07');
    assert.equal(finding?.summary, 'Korean is the preferred language of the application browser, while the claimed home is US');
    assert.equal(finding?.corroborating_only, true);
    assert.equal(finding?.evidence[0]?.values.accept_language, KOREAN_FIRST);
    const subject = r.subjects.find((s) => s.display_name === 'Grace Kim');
    assert.equal(subject?.score, 0);
    assert.equal(subject?.level, 'none');
    assert.deepEqual(subject?.contributions.map((c) => [c.rule, c.status, c.points]), [['applicant.korean-locale', 'corroborating', 0]]);
  });

  test('beside a primary finding it counts as corroboration', () => {
    const identities = [...person('ryan', 'Ryan Mitchell', 'US', KOREAN_FIRST, '+1 555 0177'), ...person('kevin', 'Kevin Brooks', 'US', undefined, '+1 555 0177')];
    const input = {
      identities,
      signIns: [],
      policy: { now: Date.parse('2026-11-01T00:00:00Z') },
      enrich: { corporateCidrs: [], corporateNetworks: 'auto' as const, imports: NO_IMPORTS },
    };
    const alone = analyze(input, { enrichers, rules: [sharedContact] }).subjects.find((s) => s.display_name === 'Ryan Mitchell');
    const both = analyze(input, { enrichers, rules: [sharedContact, rule] }).subjects.find((s) => s.display_name === 'Ryan Mitchell');
    assert.ok(alone && both);
    assert.ok(both.score > alone.score, `${both.score} > ${alone.score}`);
    assert.equal(both.contributions.find((c) => c.rule === 'applicant.korean-locale')?.status, 'counted');
  });

  test('Korean as a second or third language is not a preference; q-values decide the first', () => {
    assert.deepEqual(run(person('a', 'Ann Able', 'US', 'en-US,en;q=0.9,ko;q=0.8')).findings, []);
    assert.equal(run(person('b', 'Ben Baker', 'US', 'en;q=0.5,ko-KR;q=0.9')).findings.length, 1);
  });

  test('a claimed home in Korea, or no claimed home at all, is not a finding', () => {
    assert.deepEqual(run(person('a', 'Ann Able', 'KR', KOREAN_FIRST)).findings, []);
    const noHome = record('ats.applicant', 'A-x', { name: 'Cy Cole', attributes: { accept_language: KOREAN_FIRST } });
    assert.deepEqual(run([noHome]).findings, []);
  });

  test('a Korean language token in sign-in user agents counts; failed sign-ins do not', () => {
    const ua = 'Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30';
    const at = (n: number, outcome: 'success' | 'failure' = 'success') => signInWith(signIn({ id: `s${n}`, at: `2026-10-0${n}T10:00:00Z`, identity: 'dan', outcome }), { userAgent: ua });
    const r = run(person('dan', 'Dan Kowalski', 'US'), [at(1), at(2), at(3, 'failure')]);
    const [finding] = r.findingsOf('dan@example.com');
    assert.equal(finding?.summary, 'Korean is the preferred language of 2 sign-in(s), while the claimed home is US');
    assert.equal(finding?.evidence[0]?.values.sign_ins_with_korean_locale, 2);
    assert.deepEqual(run(person('dan', 'Dan Kowalski', 'US'), [at(3, 'failure')]).findings, []);
    assert.ok(signInOf(at(1))?.userAgent);
  });
});
