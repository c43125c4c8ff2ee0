import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseOfacAdvancedXml } from './ofac-advanced-xml.js';
import { parseOfacCsv } from './ofac-sdn-csv.js';
import { parseOfacSdnXml } from './ofac-sdn-xml.js';
import type { ParsedWatchList, WatchEntry } from '../watch-entry.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const csvSet = (dir: string, names: string[]) => names.map((name) => ({ name, text: fixture(`${dir}/${name}`) }));
const entry = (list: ParsedWatchList, id: string): WatchEntry => {
  const found = list.entries.find((e) => e.id === id);
  assert.ok(found, `no entry ${id}`);
  return found;
};

describe('OFAC legacy CSV set', () => {
  const result = parseOfacCsv(csvSet('ofac-csv', ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']));
  assert.ok(result.ok, JSON.stringify(result));
  const list = result.list;

  test('reads every row despite CRLF, -0- nulls and the 0x1A end byte, without problems', () => {
    assert.equal(list.format, 'ofac-sdn-csv');
    assert.equal(list.entries.length, 6);
    assert.deepEqual(list.problems, []);
    assert.equal(list.published, undefined, 'the CSV set carries no date');
  });

  test('types, program tags, remarks facts and wallets ("Digital Currency Address - XBT/ETH")', () => {
    const pak = entry(list, 'ofac:9001');
    assert.equal(pak.kind, 'person');
    assert.deepEqual(pak.programs, ['DPRK3', 'CYBER2']);
    assert.deepEqual(pak.birth_dates, ['1984-01-08']);
    assert.ok(pak.countries.includes('KP'));
    assert.deepEqual(
      pak.identifiers.map((i) => [i.type, i.value, i.chain ?? null]),
      [
        ['email', 'sangman.pak@example.org', null],
        ['wallet', '1SyntheticPakAddressXXXXXXXXXXXXX', 'XBT'],
        ['wallet', '0x00000000000000000000000000000000000a11ce', 'ETH'],
        ['phone', '850 2 555 0142', null],
        ['github', 'synthetic-pak', null],
      ],
    );
    assert.equal(entry(list, 'ofac:9002').kind, 'organization');
    assert.equal(entry(list, 'ofac:9004').kind, 'vessel');
    assert.deepEqual(entry(list, 'ofac:9003').birth_dates, ['1969', '1970', '1971'], 'circa 1970 is ±1 year');
  });

  test('aliases come from alt.csv (joined on ent_num) and from a.k.a. remarks, each once', () => {
    assert.deepEqual(entry(list, 'ofac:9001').names.map((n) => [n.value, n.type]), [['PAK, Sang Man', 'primary'], ['PARK, Sang-man', 'alias'], ['PAK, Sangman', 'alias']]);
    assert.deepEqual(entry(list, 'ofac:9003').names.map((n) => n.value), ['RI, Song Chol', 'LI, Song-chol', 'RHEE, Songchol']);
  });

  test('sdn_comments.csv continues a truncated Remarks text', () => {
    const ri = entry(list, 'ofac:9003');
    assert.ok(ri.identifiers.some((i) => i.type === 'wallet' && i.chain === 'TRX' && i.value === 'TSyntheticTronAddressXXXXXXXXXXXX'));
    assert.ok(ri.identifiers.some((i) => i.type === 'email' && i.value === 'songchol.ri@example.net'));
  });

  test('add.csv contributes countries', () => {
    assert.ok(entry(list, 'ofac:9005').countries.includes('US'));
  });

  test('a malformed sdn.csv keeps the good rows and names each bad line', () => {
    const bad = parseOfacCsv(csvSet('ofac-csv-bad', ['sdn.csv', 'alt.csv']));
    assert.ok(bad.ok);
    assert.deepEqual(bad.list.entries.map((e) => e.id), ['ofac:9101']);
    assert.equal(bad.list.problems.length, 3);
    assert.match(bad.list.problems[0]!, /^sdn\.csv line 2: expected 12 columns starting with a numeric ent_num, got 4/);
    assert.match(bad.list.problems[1]!, /^sdn\.csv line 3: expected 12 columns/);
    assert.match(bad.list.problems[2]!, /^alt\.csv line 1: ent_num 9999 is not in sdn\.csv/);
  });

  test('alt.csv alone is an error that says to import it with its sdn.csv', () => {
    const alone = parseOfacCsv(csvSet('ofac-csv', ['alt.csv']));
    assert.equal(alone.ok, false);
    assert.match(alone.ok ? '' : alone.error, /import them together with it/);
  });
});

describe('OFAC sdn.xml', () => {
  const result = parseOfacSdnXml(fixture('sdn.xml'), 'sdn.xml');
  assert.ok(result.ok, JSON.stringify(result));
  const list = result.list;

  test('keeps the Publish_Date (OFAC spells the element publshInformation)', () => {
    assert.deepEqual(list.published, { date: '2026-11-21', detail: 'Publish_Date 11/21/2026' });
    assert.equal(list.entries.length, 3);
  });

  test('names, strong and weak a.k.a.s, programs, id list wallets and e-mail; passports are not identifiers', () => {
    const pak = entry(list, 'ofac:9001');
    assert.deepEqual(pak.names.map((n) => [n.value, n.type]), [['PAK, Sang Man', 'primary'], ['PARK, Sang-man', 'alias'], ['SANGMAN', 'weak']]);
    assert.deepEqual(pak.programs, ['DPRK3', 'CYBER2']);
    assert.deepEqual(pak.identifiers.map((i) => `${i.type}:${i.chain ?? ''}:${i.value}`), ['wallet:XBT:1SyntheticPakAddressXXXXXXXXXXXXX', 'wallet:ETH:0x00000000000000000000000000000000000A11CE', 'email::sangman.pak@example.org']);
    assert.deepEqual(pak.birth_dates, ['1984-01-08']);
    assert.deepEqual(pak.countries, ['KP']);
    assert.equal(entry(list, 'ofac:9002').kind, 'organization');
  });

  test('remarks of the XML are read too (a.k.a., website)', () => {
    const korvath = entry(list, 'ofac:9005');
    assert.deepEqual(korvath.names.map((n) => n.value), ['KORVATH, Elspeth Marigold', 'KORVATH, Elspeth']);
    assert.deepEqual(korvath.identifiers, [{ type: 'url', value: 'www.korvath.example.com' }]);
  });

  test('broken XML is an error with its line and column, not a crash', () => {
    const broken = parseOfacSdnXml(fixture('sdn-broken.xml'), 'sdn-broken.xml');
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? '' : broken.error, /^sdn-broken\.xml: not well-formed XML \(line 9, column 3: Expected closing tag .sdnEntry. .*instead of closing tag .sdnEntr.\.\)$/);
  });
});

describe('OFAC sdn_advanced.xml', () => {
  const result = parseOfacAdvancedXml(fixture('sdn_advanced.xml'), 'sdn_advanced.xml');
  assert.ok(result.ok, JSON.stringify(result));
  const list = result.list;

  test('DateOfIssue is the publication date', () => {
    assert.deepEqual(list.published, { date: '2026-11-21', detail: 'DateOfIssue' });
  });

  test('party types, documented names (primary, a.k.a., low quality) and programs from SanctionsEntries', () => {
    const pak = entry(list, 'ofac:9001');
    assert.equal(pak.kind, 'person');
    assert.deepEqual(pak.names.map((n) => [n.value, n.type]), [['PAK Sang Man', 'primary'], ['PARK Sang-man', 'alias'], ['SANGMAN', 'weak']]);
    assert.deepEqual(pak.programs, ['DPRK3', 'CYBER2']);
    assert.equal(entry(list, 'ofac:9002').kind, 'organization');
    assert.deepEqual(entry(list, 'ofac:9002').programs, ['DPRK2']);
  });

  test('features: digital currency addresses, e-mail, birthdate and nationality through Locations', () => {
    const pak = entry(list, 'ofac:9001');
    assert.deepEqual(pak.identifiers, [
      { type: 'wallet', value: '0x00000000000000000000000000000000000a11ce', chain: 'ETH' },
      { type: 'email', value: 'sangman.pak@example.org' },
    ]);
    assert.deepEqual(pak.birth_dates, ['1984-01-08']);
    assert.deepEqual(pak.countries, ['KP']);
    assert.deepEqual(entry(list, 'ofac:9002').identifiers, [{ type: 'wallet', value: '1SyntheticTradingAddressXXXXXXXXX', chain: 'XBT' }]);
  });

  test('a document without the Sanctions root, or cut off, is an error that says where', () => {
    const wrong = parseOfacAdvancedXml('<?xml version="1.0"?><Other/>', 'x.xml');
    assert.equal(wrong.ok, false);
    assert.match(wrong.ok ? '' : wrong.error, /no <Sanctions> root element/);
    const cut = parseOfacAdvancedXml(fixture('sdn_advanced.xml').slice(0, 2000), 'cut.xml');
    assert.equal(cut.ok, false);
    assert.match(cut.ok ? '' : cut.error, /^cut\.xml: not well-formed XML \(line \d+, column \d+: /);
  });
});
