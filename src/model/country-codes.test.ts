import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode } from './country-codes.js';

test('country names map to ISO 3166-1 alpha-2, ignoring case and surrounding spaces', () => {
  const cases: [string, string][] = [
    ['United States', 'US'],
    ['united states', 'US'],
    ['  France ', 'FR'],
    ['Japan', 'JP'],
    ['South Korea', 'KR'],
    ['North Korea', 'KP'],
    ['United Kingdom', 'GB'],
    ['Switzerland', 'CH'],
    ['Brazil', 'BR'],
  ];
  for (const [name, code] of cases) assert.equal(countryCode(name), code, name);
});

test('names shared with a deprecated ICU code give the current code', () => {
  // ICU also names DD (East Germany) "Germany", VD "Vietnam", YD "Yemen", BU "Myanmar (Burma)", …
  const cases: [string, string][] = [
    ['Germany', 'DE'],
    ['Vietnam', 'VN'],
    ['Yemen', 'YE'],
    ['Myanmar (Burma)', 'MM'],
    ['Serbia', 'RS'],
    ['Russia', 'RU'],
    ['Zimbabwe', 'ZW'],
    ['Vanuatu', 'VU'],
    ['Timor-Leste', 'TL'],
  ];
  for (const [name, code] of cases) assert.equal(countryCode(name), code, name);
});

test('every current country ICU names maps back from its English name to its own code', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  let checked = 0;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (!name || name === code || ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB'].includes(code)) continue;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue; // deprecated code
      assert.equal(countryCode(name), code, `${name} (${code})`);
      checked += 1;
    }
  }
  assert.ok(checked > 240, `only ${checked} countries checked`);
});

test('long official forms and common aliases', () => {
  const cases: [string, string][] = [
    ['Korea, Republic of', 'KR'],
    ['Republic of Korea', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['DPRK', 'KP'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['Russian Federation', 'RU'],
    ['Viet Nam', 'VN'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Great Britain', 'GB'],
    ['Czech Republic', 'CZ'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
  ];
  for (const [name, code] of cases) assert.equal(countryCode(name), code, name);
});

test('two-letter codes are validated and upper-cased; UK means GB', () => {
  assert.equal(countryCode('US'), 'US');
  assert.equal(countryCode('us'), 'US');
  assert.equal(countryCode(' de '), 'DE');
  assert.equal(countryCode('KP'), 'KP');
  assert.equal(countryCode('UK'), 'GB');
  assert.equal(countryCode('uk'), 'GB');
});

test('unknown names and codes give undefined', () => {
  for (const value of ['Atlantis', 'Country', 'null', 'XX', 'QQ', 'U', 'USAA', '12', 'Earth, Milky Way']) {
    assert.equal(countryCode(value), undefined, value);
  }
  assert.equal(countryCode(''), undefined);
  assert.equal(countryCode(null), undefined);
  assert.equal(countryCode(undefined), undefined);
});

test('ICU region codes that are not countries give undefined, as codes and as names', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const code of ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']) {
    assert.equal(countryCode(code), undefined, code);
    const name = names.of(code);
    if (name && name !== code) assert.equal(countryCode(name), undefined, `${name} (${code})`);
  }
  assert.equal(countryCode('European Union'), undefined);
  assert.equal(countryCode('United Nations'), undefined);
});
