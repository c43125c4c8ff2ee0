import assert from 'node:assert/strict';
import { test } from 'node:test';
import { githubLogin, isMonthDay, PERSONA_WORDS, personaHandle } from './persona-handles.js';

const strict = { words: PERSONA_WORDS, requireMonthDay: true };
const match = (handle: string, name?: string) => personaHandle(handle, name, strict)?.word;

test('persona shapes: generic words and a month-day suffix, whole, camelCase, run together or hyphenated', () => {
  for (const [handle, word] of [
    ['smartdev0205', 'dev'],
    ['fulldev114', 'dev'],
    ['webstar1014', 'star'],
    ['EliteDev619', 'dev'],
    ['Smart-Dev-0205', 'dev'],
    ['TopDeveloper0809', 'developer'],
    ['smartfox1203', 'smart'],
    ['masterdev1027', 'dev'],
  ] as const) {
    assert.equal(match(handle), word, handle);
  }
});

test('ordinary handles: names with birth years or birthdays, names that start like a short word', () => {
  for (const [handle, name] of [
    ['john.smith1987', 'John Smith'],
    ['john.smith1987', undefined],
    ['jsmith0412', 'John Smith'],
    ['elizabeth.smart0412', 'Elizabeth Smart'],
    ['devin.lee0315', 'Devin Lee'],
    ['devin0315', undefined],
    ['rusty1224', undefined],
    ['webb0612', undefined],
    ['stark1107', undefined],
    ['solomon0704', undefined],
    ['johnwebster1225', 'John Webster'],
    ['kevinstar1990', undefined],
    ['topdev9726', undefined],
    ['alexdev', undefined],
  ] as const) {
    assert.equal(match(handle, name), undefined, `${handle} (${name ?? 'no name'})`);
  }
});

test('without the month-day requirement any three or four digits count, except a birth year', () => {
  const loose = { words: PERSONA_WORDS, requireMonthDay: false };
  assert.equal(personaHandle('seniordev9726', undefined, loose)?.suffix, '9726');
  assert.equal(personaHandle('seniordev1987', undefined, loose), undefined);
});

test('month-day digits', () => {
  for (const d of ['0205', '1225', '619', '114', '1031']) assert.ok(isMonthDay(d), d);
  for (const d of ['1987', '2004', '9726', '1300', '1232', '000', '639']) assert.ok(!isMonthDay(d), d);
});

test('GitHub logins from profile and repository URLs', () => {
  assert.equal(githubLogin('https://github.com/EliteDev619'), 'EliteDev619');
  assert.equal(githubLogin('github.com/smart-dev-0205/portfolio?tab=readme'), 'smart-dev-0205');
  assert.equal(githubLogin('https://www.github.com/jsmith/'), 'jsmith');
  assert.equal(githubLogin('https://gitlab.com/fulldev114'), undefined);
  assert.equal(githubLogin('https://notgithub.com/fulldev114'), undefined);
});
