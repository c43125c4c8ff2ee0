import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PostalAddress } from '../model/identity-record.js';
import { addressKey, addressUnits, buildingKey, normalizePostalCode } from './address-key.js';

const portland = (line: string, over: Partial<PostalAddress> = {}): PostalAddress => ({
  role: 'home',
  line,
  city: 'Portland',
  region: 'OR',
  postal_code: '97209',
  country: 'US',
  ...over,
});

const same = (a: PostalAddress, b: PostalAddress): void => assert.equal(addressKey(a), addressKey(b), `${a.line} = ${b.line}`);
const differ = (a: PostalAddress, b: PostalAddress): void => assert.notEqual(addressKey(a), addressKey(b), `${a.line} ≠ ${b.line}`);

describe('addressKey', () => {
  test('one house spelled two ways gives one key', () => {
    same(portland('123 Main St., Apt 4'), portland('123 MAIN STREET #4'));
    same(portland('1 Example Rd'), portland('1 Example Road'));
    same(portland('  123   main  st  '), portland('123 Main St.'));
    assert.equal(addressKey(portland('123 Main St., Apt 4')), 'US|97209||portland|123 main st #4');
  });

  test('every unit designator becomes one form, wherever it is written', () => {
    const forms = ['123 Main St Apt 4', '123 Main St Apartment 4', '123 Main St #4', '123 Main St Unit 4', '123 Main St Ste 4', '123 Main St Suite 4', '123 Main St, Apt. #4', 'Apt 4, 123 Main St', '123 Main St Flat 4'];
    for (const line of forms) same(portland(line), portland('123 Main Street #4'));
    same(portland('4/12 Oak Road'), portland('Unit 4, 12 Oak Rd'));
    same(portland('12 Oak Rd Apt 4-B'), portland('12 Oak Rd #4B'));
    assert.deepEqual(addressUnits('Bldg 2 Apt 4B, 9 Elm Ct'), ['bldg2', '#4b']);
  });

  test('two flats in one building, two streets or two house numbers do not match', () => {
    differ(portland('123 Main St Apt 4'), portland('123 Main St Apt 5'));
    differ(portland('123 Main St Apt 4'), portland('123 Main St'));
    differ(portland('12 Oak Street'), portland('12 Oak Avenue'));
    differ(portland('12 Oak Street'), portland('14 Oak Street'));
    differ(portland('9 Elm Ct Bldg 1 Apt 4'), portland('9 Elm Ct Bldg 2 Apt 4'));
    differ(portland('123 Main St'), portland('123 Main St', { city: 'Salem', postal_code: '97301' }));
  });

  test('street types, directionals, ordinals and Saint are abbreviated alike', () => {
    const pairs: [string, string][] = [
      ['5 Sunset Boulevard', '5 Sunset Blvd'],
      ['5 Lake Drive', '5 Lake Dr.'],
      ['5 Mill Lane', '5 Mill Ln'],
      ['5 Kings Court', '5 Kings Ct'],
      ['5 Park Place', '5 Park Pl'],
      ['5 River Terrace', '5 River Ter'],
      ['5 Coast Highway', '5 Coast Hwy'],
      ['5 Garden Parkway', '5 Garden Pkwy'],
      ['5 Market Square', '5 Market Sq'],
      ['5 Rose Crescent', '5 Rose Cres'],
      ['5 Beach Parade', '5 Beach Pde'],
      ['5 Avenue Road', '5 Ave Rd'],
      ['123 N.W. First Avenue', '123 NW 1st Ave'],
      ['123 North West 1st Ave', '123 NW 1st Ave'],
      ['77 South Elm Street', '77 S Elm St'],
      ["8 Saint Mary's Street", '8 St. Marys St'],
      ['10 Rue de l’Église', '10 rue de l eglise'],
    ];
    for (const [a, b] of pairs) same(portland(a), portland(b));
    // "N E St" is North E Street, not Northeast Street.
    differ(portland('123 N E St'), portland('123 NE St'));
  });

  test('postal codes: ZIP+4 is the ZIP; UK and Canadian codes lose case and spaces', () => {
    same(portland('123 Main St', { postal_code: '97209-1234' }), portland('123 Main St', { postal_code: '97209' }));
    same(portland('123 Main St', { postal_code: '972091234' }), portland('123 Main St'));
    const london = (postal_code: string): PostalAddress => ({ role: 'home', line: '1 Example Road', city: 'London', postal_code, country: 'United Kingdom' });
    same(london('SW1A 1AA'), london('sw1a1aa'));
    assert.equal(addressKey(london('SW1A 1AA')), 'GB|SW1A1AA||london|1 example rd');
    assert.equal(normalizePostalCode('h2x 1y4', 'CA'), 'H2X1Y4');
    assert.equal(normalizePostalCode(undefined, 'US'), '');
  });

  test('country names become ISO codes; cities fold case and Saint', () => {
    same(portland('123 Main St', { country: 'United States of America' }), portland('123 Main St', { country: 'us' }));
    same(portland('1 High St', { city: 'St. Louis', postal_code: '63101', region: 'MO' }), portland('1 High St', { city: 'SAINT LOUIS', postal_code: '63101', region: 'Missouri' }));
  });

  test('without a postal code the region counts, with state names folded to codes', () => {
    const noZip = (region: string): PostalAddress => ({ role: 'home', line: '1 High St', city: 'Springfield', region, country: 'US' });
    same(noZip('Illinois'), noZip('IL'));
    differ(noZip('IL'), noZip('MO'));
  });

  test('c/o and Attn segments are not part of the place', () => {
    same(portland('c/o Jane Doe, 1 Example Rd'), portland('1 Example Road'));
    same(portland('Attn: IT Dept, 1 Example Rd'), portland('1 Example Road'));
  });

  test('the building key drops flats and suites but keeps the building', () => {
    assert.equal(buildingKey(portland('123 Main St Suite 400')), buildingKey(portland('123 Main Street #12')));
    assert.equal(buildingKey(portland('9 Elm Ct Bldg 2 Apt 4')), 'US|97209||portland|9 elm ct bldg2');
  });

  test('documented limits: a missing line keys only the town; non-Latin text matches only itself', () => {
    assert.equal(addressKey({ role: 'home', city: 'Portland', postal_code: '97209', country: 'US' }), 'US|97209||portland|');
    assert.equal(addressKey({ role: 'home', line: 'ул. Ленина, 5', city: 'Москва', country: 'RU' }), 'RU|||москва|ул ленина 5');
  });
});

test('a letter-prefixed customer number after a unit word stays one unit, so the building still matches', async () => {
  const { addressKey, buildingKey } = await import('./address-key.js');
  const suite = { role: 'ship_to' as const, line: '1200 Example Pike Suite SH-1234', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' };
  const bare = { ...suite, line: '1200 Example Pike' };
  assert.equal(buildingKey(suite), buildingKey(bare));
  assert.match(addressKey(suite), /1200 example pike #sh1234$/);
  assert.notEqual(addressKey(suite), addressKey({ ...suite, line: '1200 Example Pike Suite SH-1235' }));
});
