import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IdentityRecord } from '../../model/identity-record.js';
import { record } from '../../test-support/factories.js';
import { runRule, type RuleRun } from '../../test-support/rule-tester.js';
import rule from './applicant-shared-photo.rule.js';

function applicant(id: string, name: string, phash: string | undefined, at = '2026-07-14T03:41:00Z'): IdentityRecord {
  return record('ats.applicant', id, {
    name,
    applicant_id: id,
    identifiers: { emails: [`${id.toLowerCase()}@example.org`] },
    attributes: { applied_at: at, photo_file: `photos/${id}.jpg`, ...(phash ? { photo_phash: phash } : {}) },
  });
}

const run = (identities: IdentityRecord[], options?: Record<string, unknown>) => runRule(rule, { identities, events: [], ...(options ? { options } : {}) });
const findingOf = (r: RuleRun, name: string) => r.findings.filter((f) => f.subject === r.subjects.find((s) => s.display_name === name)?.id);

const PHOTO = 'c3a5e1f00f1e5a3c';
const RESAVED = 'c3a5e1f00f1e5a3f'; // two low bits differ: the same picture re-encoded
const TEN_BITS = 'c3a5e1f00f1e5fc3'; // ten bits away: another picture

describe('applicant.shared-photo (A-03)', () => {
  test('the same photo a few bits apart under two names: both get a finding with both records', () => {
    const r = run([applicant('A-1', 'Ryan Mitchell', PHOTO), applicant('A-2', 'Kevin Brooks', RESAVED.toUpperCase())]);
    for (const [name, other] of [['Ryan Mitchell', 'Kevin Brooks'], ['Kevin Brooks', 'Ryan Mitchell']] as const) {
      const [finding, ...rest] = findingOf(r, name);
      assert.equal(rest.length, 0);
      assert.equal(finding?.indicator, 'A-03');
      assert.equal(finding?.summary, `The application photo matches 1 person under other names (pHash 2 of 64 bits apart at the closest): ${other}`);
      assert.equal(finding?.confidence, 0.6);
      assert.equal(finding?.evidence.length, 2);
      assert.deepEqual(finding?.evidence.map((e) => e.values.phash_distance), [2, 2]);
      assert.ok(finding?.evidence.some((e) => e.values.photo_file === 'photos/A-2.jpg'));
    }
  });

  test('an identical hash on three names weighs more', () => {
    const r = run([applicant('A-1', 'Ann Able', PHOTO), applicant('A-2', 'Ben Baker', PHOTO), applicant('A-3', 'Cy Cole', PHOTO)]);
    const [finding] = findingOf(r, 'Ann Able');
    assert.match(finding?.summary ?? '', /matches 2 people under other names \(pHash 0 of 64 bits apart/);
    assert.equal(finding?.confidence, 0.75);
    assert.equal(finding?.related_subjects.length, 2);
  });

  test('one person re-applying with the same headshot is not a finding', () => {
    assert.deepEqual(run([applicant('A-1', 'Priya Example', PHOTO), applicant('A-2', 'Priya Example', PHOTO, '2026-10-01T00:00:00Z')]).findings, []);
  });

  test('different pictures (ten bits apart) are not one photo, unless maxDistance allows it', () => {
    const records = [applicant('A-1', 'Ann Able', PHOTO), applicant('A-2', 'Ben Baker', TEN_BITS)];
    assert.deepEqual(run(records).findings, []);
    assert.match(findingOf(run(records, { maxDistance: 10 }), 'Ann Able')[0]?.summary ?? '', /pHash 10 of 64 bits apart/);
  });

  test('a blank placeholder image hashes alike for everyone and is ignored', () => {
    const blank = ['0000000000000000', '8000000000000000', 'ffffffffffffffff'];
    const records = blank.flatMap((h, i) => [applicant(`B-${i}`, 'Ann Able', h), applicant(`C-${i}`, 'Ben Baker', h)]);
    assert.deepEqual(run(records).findings, []);
    assert.ok(run(records, { minBitVariety: 0 }).findings.length > 0, 'without the variety filter they would match');
  });

  test('a photo under more names than maxPeople is a stock image or default avatar: a note, no findings', () => {
    const names = ['Ann Able', 'Ben Baker', 'Cy Cole', 'Dee Dunn'];
    const r = run(names.map((n, i) => applicant(`A-${i}`, n, PHOTO)), { maxPeople: 3 });
    assert.deepEqual(r.findings, []);
    assert.deepEqual(r.notes.map((n) => n.replace(/;.*/, '')), ['One photo (by perceptual hash) is on the records of more than 3 different names: treated as a placeholder, stock or template, not as evidence']);
    assert.match(r.notes[0]!, /raise rules\.applicant\.shared-photo\.maxPeople/);
  });

  test('applications with a photo file but no hash are not compared', () => {
    assert.deepEqual(run([applicant('A-1', 'Ann Able', undefined), applicant('A-2', 'Ben Baker', undefined)]).findings, []);
  });
});
