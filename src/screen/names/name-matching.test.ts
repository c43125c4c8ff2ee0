import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { WatchIndex, type NameHit } from '../watch-index.js';
import type { WatchEntry } from '../watch-entry.js';
import { foldName, prepareName } from './normalize-name.js';
import { jaroWinkler, editDistance } from '../../resolve/jaro-winkler.js';
import { romanizationKeys } from './korean-variants.js';

const person = (id: string, names: string[], extra: Partial<WatchEntry> = {}): WatchEntry => ({
  id,
  kind: 'person',
  names: names.map((value, i) => ({ value, type: i === 0 ? 'primary' : 'alias' })),
  programs: ['TEST'],
  birth_dates: [],
  countries: [],
  identifiers: [],
  ...extra,
});

const entries: WatchEntry[] = [
  person('t:1', ['KIM, Jong Un'], { birth_dates: ['1984-01-08'], countries: ['KP'] }),
  person('t:2', ['PAK, Sang Man', 'PARK, Sangman']),
  person('t:3', ['RI, Song Chol']),
  person('t:4', ['KORVATH, Elspeth Marigold']),
  person('t:5', ['THISTLEWOOD, Jonathan Quenby']),
  person('t:6', ['CHOE, Myong Hui']),
  person('t:7', ['KONG, Kelvin']),
  person('t:8', ['JANG, Song Il']),
  person('t:9', ['LI, An']),
  { ...person('t:10', ['ZENITHEX TRADING CO., LTD.']), kind: 'organization' },
  { ...person('t:11', ['CORP LLC']), kind: 'organization' },
  person('t:12', ['KIM']),
  person('t:13', ['QUENBYSTOCK']),
];
const index = new WatchIndex([{ name: 'test-list', date: '2026-11-21', date_basis: 'file', entries }]);
const best = (name: string, support = {}): NameHit | undefined => index.matchName(name, support)[0];
const matches = (name: string, id: string, support = {}) => {
  const hit = best(name, support);
  assert.equal(hit?.entry_id, id, `${name} → ${JSON.stringify(hit?.explanation ?? 'no match')}`);
  return hit!;
};

describe('normalization', () => {
  test('case, diacritics, punctuation, other scripts and Hangul name order', () => {
    assert.equal(foldName('  Núñez-O\'Brien, José '), 'nunez obrien jose');
    assert.equal(foldName('Пётр Иванов'), 'petr ivanov');
    assert.equal(foldName('김정은'), 'gim jeongeun', 'a Hangul name reads as family name + given name');
    assert.deepEqual(prepareName('ACME TRADING CO., LTD.').tokens, ['acme'], 'legal forms and generic words are no evidence');
    assert.deepEqual(prepareName('Dr. Abu Bakr al-Example').tokens, ['bakr', 'example'], 'honorifics and particles are no evidence');
  });

  test('Jaro-Winkler and edit distance', () => {
    assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.961) < 0.001);
    assert.equal(jaroWinkler('abc', 'abc'), 1);
    assert.equal(editDistance('santiago', 'sntiago', 2), 1);
    assert.equal(editDistance('smith', 'smtih', 1), 1, 'a swap of neighbours is one edit');
    assert.equal(editDistance('kim', 'park', 1), 2, 'beyond the limit: limit + 1');
  });

  test('the romanization table reads joined given names syllable by syllable', () => {
    assert.ok(romanizationKeys('jeongeun').some((k) => romanizationKeys('jongun').includes(k)));
    assert.ok(romanizationKeys('sangman').includes('sang·man'));
    assert.deepEqual(romanizationKeys('smith'), []);
  });
});

describe('variants that must match', () => {
  test('Korean romanization: Gim/Kim, Jeong/Jong, Eun/Un; Rhee/Lee/Ri; Park/Pak; Choi/Choe; Myung/Myong; Hee/Hui', () => {
    const hit = matches('Gim Jeong-eun', 't:1');
    assert.deepEqual(hit.explanation.pairs.map((p) => [p.query, p.listed, p.how]), [['gim', 'kim', 'variant'], ['jeong', 'jong', 'variant'], ['eun', 'un', 'variant']]);
    matches('Rhee Song-chol', 't:3');
    matches('Lee Songchol', 't:3');
    matches('Park Sang Man', 't:2');
    matches('Choi Myung Hee', 't:6');
  });

  test('Hangul input is transliterated and split into family and given name', () => {
    const hit = matches('김정은', 't:1');
    const joined = hit.explanation.pairs.find((p) => p.query === 'jeongeun');
    assert.deepEqual(joined, { query: 'jeongeun', listed: 'jong un', how: 'variant', score: 0.95, joined: true, reading: 'jeong·eun' }, 'the explanation names the Korean reading both spell');
  });

  test('token order: given names first, family name first, comma forms', () => {
    assert.equal(matches('Jong Un Kim', 't:1').score, 1);
    assert.equal(matches('Kim Jong Un', 't:1').score, 1);
    matches('Elspeth Marigold Korvath', 't:4');
  });

  test('hyphenated, joined and spaced given names are one name (Sang-man, Sangman, Sang Man)', () => {
    for (const q of ['Pak Sang-man', 'Pak Sangman', 'Sang Man Pak', 'Sangman Pak']) assert.ok(matches(q, 't:2').score >= 0.95, q);
    const joined = matches('Kim Jongun', 't:1');
    assert.ok(joined.explanation.pairs.some((p) => p.joined && p.how === 'exact'));
  });

  test('typos: a changed, missing, extra or swapped letter in a longer token', () => {
    for (const q of ['Elspeth Marigold Korvat', 'Elspeth Marigold Korvarth', 'Elspeth Marigodl Korvath', 'Elspeht Marigold Korvath']) matches(q, 't:4');
    const hit = matches('Jonathon Quenby Thistlewood', 't:5');
    assert.deepEqual(hit.explanation.pairs.find((p) => p.how === 'spelling')?.listed, 'jonathan');
  });

  test('a missing middle name still matches, scored below the full name', () => {
    const hit = matches('Jonathan Thistlewood', 't:5');
    assert.ok(hit.score < 1 && hit.score >= 0.8);
    assert.deepEqual(hit.explanation.unmatched_listed, ['quenby']);
  });

  test('aliases match and say which name matched', () => {
    const hit = matches('Sangman Park', 't:2');
    assert.ok(['primary', 'alias'].includes(hit.name_type));
  });
});

describe('false-positive guards', () => {
  test('a name of only legal forms and generic words is never indexed or matched (CORP LLC)', () => {
    assert.equal(index.matchName('Corp LLC', {}, { people: false }).length, 0);
    assert.equal(index.matchName('Beta Trading Co Ltd', {}, { people: false }).length, 0, 'shared legal-form tokens are no evidence');
    assert.equal(index.matchName('Zenithex Trading Company', {}, { people: false })[0]?.entry_id, 't:10', 'the distinctive word still matches, one token against one');
  });

  test('one token never matches a longer name (Kim vs Kim Jong Un); a long one-token name matches its one-token twin', () => {
    assert.deepEqual(index.matchName('Kim'), [], 'not Kim Jong Un, and not even the listed lone KIM: three letters are too few');
    assert.equal(index.matchName('Jong').length, 0);
    assert.deepEqual(index.matchName('Quenbystock').map((h) => h.entry_id), ['t:13']);
    assert.deepEqual(index.matchName('Quenbystock Smith'), [], 'a one-token listed name does not match inside a longer applicant name');
  });

  test('very short names are not matched (Li An: four letters)', () => {
    assert.equal(index.matchName('Li An').length, 0);
  });

  test('names that only look alike: every pair a near spelling (Kevin Kwon vs Kelvin Kong)', () => {
    assert.equal(index.matchName('Kevin Kwon').length, 0);
  });

  test('two different Korean syllables are different names, not a typo (Jung vs Jang; Song Ik vs Song Il)', () => {
    assert.ok(best('Jang Song Il'), 'the listed name itself matches');
    assert.deepEqual(index.matchName('Jung Song Il'), []);
    assert.deepEqual(index.matchName('Jang Song Ik'), []);
  });

  test('people are screened against people: an organization name does not match an applicant', () => {
    assert.equal(index.matchName('Zenithex Trading').length, 0);
  });

  test('common names that share one token with a listed person do not match (Jennifer Kim, David Park)', () => {
    for (const q of ['Jennifer Kim', 'David Park', 'Song Kim', 'Marigold Smith']) assert.deepEqual(index.matchName(q), [], q);
  });
});

describe('supporting features and explanations', () => {
  test('the same date of birth raises the score, a distant one lowers it; both explained', () => {
    const plain = best('Gim Jeong-eun')!;
    const same = best('Gim Jeong-eun', { birthDate: '1984-01-08' })!;
    const other = index.matchName('Gim Jeong-eun', { birthDate: '1991-05-05' }, { threshold: 0 })[0]!;
    assert.ok(same.score > plain.score);
    assert.ok(other.score < plain.score);
    assert.deepEqual(same.explanation.notes, ['same date of birth 1984-01-08']);
    assert.match(other.explanation.notes[0]!, /different year of birth \(1991 vs listed 1984\)/);
  });

  test('a country adds only when equal and never subtracts', () => {
    const plain = best('Gim Jeong-eun')!.score;
    assert.ok(best('Gim Jeong-eun', { country: 'KP' })!.score > plain);
    assert.equal(best('Gim Jeong-eun', { country: 'US' })!.score, plain);
  });

  test('every hit carries its list, date, entry, programs and score parts', () => {
    const hit = best('Kim Jong Un')!;
    assert.equal(hit.list, 'test-list');
    assert.equal(hit.list_date, '2026-11-21');
    assert.deepEqual(hit.programs, ['TEST']);
    assert.deepEqual(Object.keys(hit.explanation.parts), ['token_set', 'jaro_winkler', 'dob', 'country', 'short_partial']);
  });
});
