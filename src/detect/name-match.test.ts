import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareNames, companyDesignator, nameWords, surnamesOf } from './name-match.js';

const agree = (a: string, b: string) => compareNames(a, b).agree;

describe('compareNames', () => {
  test('case, accents, punctuation and word order do not matter', () => {
    assert.ok(agree('José Núñez', 'NUNEZ, JOSE'));
    assert.deepEqual(nameWords("Mary-Jane O'Neil"), ['mary', 'jane', 'oneil']);
  });

  test('nicknames and short forms agree (Bob = Robert, Chris = Christopher, Sasha = Alexander)', () => {
    assert.match(compareNames('Robert Martinez', 'Bob Smith').basis, /short form/);
    assert.ok(agree('Christopher Lee', 'Chris Park'));
    assert.ok(agree('Aleksandr Ivanov', 'Sasha Petrov'));
    // Not in the table: a prefix of three letters or more is a short form.
    assert.match(compareNames('Maximilian Roth', 'Max Berg').basis, /"max" = "maximilian" \(short form\)/);
  });

  test('a maiden or married name agrees through the given name; a joint account through either holder', () => {
    assert.ok(agree('Grace Kim', 'Grace Park'));
    assert.ok(agree('Grace Kim', 'Henry and Grace Kim'));
    assert.ok(agree('Elizabeth Park', 'Liz Kim'));
  });

  test('a one-letter typo in a long word agrees; a short word needs to match exactly', () => {
    assert.ok(agree('Jonathan Reyes', 'Jonathon Smith'));
    assert.ok(!agree('Ana Lim', 'Ava Lin'));
  });

  test('someone else entirely does not agree', () => {
    const m = compareNames('Ethan Walker', 'Daniel Brooks');
    assert.deepEqual([m.comparable, m.agree], [true, false]);
  });

  test('particles, titles and initials alone are not a match', () => {
    assert.ok(!agree('Maria de la Cruz', 'Pedro de la Vega'));
    assert.ok(!agree('Dr. J. Smith', 'Mr. J. Jones'));
  });

  test('names in different scripts are not compared (no transliteration)', () => {
    const m = compareNames('Alice Chen', '陈爱丽');
    assert.equal(m.comparable, false);
    assert.match(m.basis, /different scripts/);
  });
});

describe('surnamesOf', () => {
  test('the last word, the part before a comma, and hyphenated parts', () => {
    assert.deepEqual(surnamesOf('Grace Kim'), ['kim']);
    assert.deepEqual(surnamesOf('Kim, Henry'), ['kim']);
    assert.deepEqual(surnamesOf('Ana Garcia-Lopez'), ['garcia', 'lopez']);
  });
});

describe('companyDesignator', () => {
  test('legal forms in several languages and scripts', () => {
    assert.equal(companyDesignator('Example Trading Co., Ltd.'), 'Co.');
    assert.equal(companyDesignator('Thompson Consulting LLC'), 'llc');
    assert.equal(companyDesignator('Acme L.L.C.'), 'llc');
    assert.equal(companyDesignator('Beispiel GmbH'), 'gmbh');
    assert.equal(companyDesignator('沈阳示例贸易有限公司'), '有限公司');
    assert.equal(companyDesignator('Smith & Co'), 'Co');
  });

  test('people, initials and two-letter surnames are not companies', () => {
    for (const name of ['Jake Thompson', 'Rao, B.V.', 'Maria Sa', 'A.G. Smith', 'Kumar S.A.', 'Ou Yang', 'Nguyen Van Co']) {
      assert.equal(companyDesignator(name), undefined, name);
    }
  });
});
