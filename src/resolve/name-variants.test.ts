import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jaroWinkler } from './jaro-winkler.js';
import { NAME_AGREEMENT, canonicalToken, nameSimilarity, namesAgree, parseName } from './name-variants.js';
import { romanizeHangulName, romanizeSyllable } from './romanize-hangul.js';

const similarity = (a: string, b: string) => nameSimilarity(parseName(a)!, parseName(b)!);

describe('romanizeHangul', () => {
  test('romanizes syllables by their Unicode decomposition (Revised Romanization)', () => {
    assert.equal(romanizeSyllable('김'), 'gim');
    assert.equal(romanizeSyllable('박'), 'bak');
    assert.equal(romanizeSyllable('정'), 'jeong');
    assert.equal(romanizeSyllable('A'), 'A');
  });
  test('splits a name written without spaces after the family name, two-syllable family names included', () => {
    assert.deepEqual(romanizeHangulName('김민준'), ['gim', 'minjun']);
    assert.deepEqual(romanizeHangulName('남궁민수'), ['namgung', 'minsu']);
    assert.deepEqual(romanizeHangulName('이 서연'), ['i', 'seoyeon']);
  });
});

describe('jaroWinkler', () => {
  test('matches the published reference values', () => {
    // Winkler's examples (MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813).
    assert.equal(Math.round(jaroWinkler('martha', 'marhta') * 1000) / 1000, 0.961);
    assert.equal(Math.round(jaroWinkler('dwayne', 'duane') * 1000) / 1000, 0.84);
    assert.equal(Math.round(jaroWinkler('dixon', 'dicksonx') * 1000) / 1000, 0.813);
    assert.equal(jaroWinkler('', 'a'), 0);
    assert.equal(jaroWinkler('abc', 'abc'), 1);
  });
});

describe('nameSimilarity', () => {
  test('one Korean name across word order, hyphenation, script and romanization systems', () => {
    for (const [a, b] of [
      ['Kim Min-jun', 'Minjun Kim'],
      ['김민준', 'Kim Minjun'],
      ['Kim Min Jun', 'Minjun Kim'],
      ['Lee Seo-yeon', 'Seoyeon Yi'],
      ['Park Ji-hoon', 'Bak Jihun'],
      ['Choi Hyun-woo', 'Choe Hyeonu'],
      ['Jung Da-eun', 'Chung Da Eun'],
    ]) {
      assert.equal(similarity(a!, b!), 1, `${a} ~ ${b}`);
    }
  });

  test('transliteration, accents, initials, middle names and titles', () => {
    assert.equal(similarity('Сергей Иванов', 'Sergey Ivanov'), 1);
    assert.equal(similarity('José García', 'Jose Garcia'), 1);
    assert.equal(similarity('Dr. Ann Lee', 'Lee, Ann'), 1);
    assert.ok(similarity('Ann Lee', 'A. Lee') >= NAME_AGREEMENT);
    assert.ok(similarity('Ann Lee', 'Ann Marie Lee') >= NAME_AGREEMENT);
    assert.ok(similarity('Jon Smith', 'John Smith') >= NAME_AGREEMENT);
    assert.ok(similarity('Catherine Lee', 'Katherine Lee') >= NAME_AGREEMENT);
  });

  test('different people do not agree: other given name, a surname that extends another, siblings, generations', () => {
    for (const [a, b] of [
      ['John Smith', 'Jane Smith'],
      ['Sam Park', 'Sam Parker'],
      ['Ethan Walker', 'Ethan Walters'],
      ['Mary Jones', 'Mary Johnson'],
      ['Kim Minjun', 'Kim Minji'],
      ['John Smith Jr', 'John Smith Sr'],
      ['Ryan Mitchell', 'Kevin Brooks'],
      ['Kim', 'Kim Minjun'],
    ]) {
      assert.ok(similarity(a!, b!) < NAME_AGREEMENT, `${a} vs ${b}: ${similarity(a!, b!)}`);
    }
  });

  test('namesAgree needs both names; parseName rejects text without letters', () => {
    assert.equal(namesAgree(parseName('Ann Lee'), undefined), false);
    assert.equal(parseName('  - . '), undefined);
    assert.equal(parseName(undefined), undefined);
  });

  test('the key is order-independent and folds romanization, for counting common names', () => {
    assert.equal(parseName('Minjun Kim')!.key, parseName('Gim Min-jun')!.key);
    assert.notEqual(parseName('Ann Lee')!.key, parseName('Anne Lee')!.key);
  });

  test('canonical tokens fold only words that read as romanized Korean', () => {
    assert.equal(canonicalToken('hyunwoo'), canonicalToken('hyeonu'));
    assert.equal(canonicalToken('mitchell'), 'mitchell');
  });
});
