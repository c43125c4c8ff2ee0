import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { detectListFile, readWatchLists, type ListFile } from './read-lists.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const file = (name: string, path = name, mtime = '2026-11-30'): ListFile => ({ name, text: fixture(path), mtime });

describe('format detection', () => {
  test('each format is recognized from its content', () => {
    const cases: [string, string, string][] = [
      ['sdn.xml', 'sdn.xml', 'ofac-sdn-xml'],
      ['adv.xml', 'sdn_advanced.xml', 'ofac-sdn-advanced-xml'],
      ['un.xml', 'un-consolidated.xml', 'un-consolidated-xml'],
      ['os.jsonl', 'opensanctions.ftm.jsonl', 'opensanctions-ftm'],
      ['b.json', 'stix-bundle.json', 'stix-2.1'],
      ['i.json', 'iocs.json', 'molehunt-ioc-json'],
      ['i.csv', 'iocs.csv', 'molehunt-ioc-csv'],
    ];
    for (const [name, path, format] of cases) assert.deepEqual(detectListFile(name, fixture(path)), { kind: 'single', format, ...(format.endsWith('json') || format === 'stix-2.1' ? { json: JSON.parse(fixture(path)) } : {}) }, name);
    assert.deepEqual(detectListFile('whatever.csv', fixture('ofac-csv/sdn.csv')), { kind: 'ofac-csv' }, 'an OFAC row is recognized by its shape, whatever the file is called');
    assert.deepEqual(detectListFile('x.txt', fixture('sanctioned_addresses_ETH.txt').split('\n').slice(0, 2).join('\n')), { kind: 'wallet' });
    assert.deepEqual(detectListFile('x.json', fixture('sanctioned_addresses_XBT.json')), { kind: 'wallet' });
  });

  test('an unknown file is named with what was expected', () => {
    const detected = detectListFile('notes.txt', 'hello world\n');
    assert.equal(detected.kind, 'unknown');
    assert.match(detected.kind === 'unknown' ? detected.why : '', /not an OFAC CSV/);
  });
});

describe('reading, grouping and dating', () => {
  test('an OFAC CSV set and wallet files each become one list; a file dated in itself keeps its date', () => {
    const read = readWatchLists([
      file('sdn.csv', 'ofac-csv/sdn.csv', '2026-11-01'),
      file('alt.csv', 'ofac-csv/alt.csv', '2026-11-02'),
      file('sanctioned_addresses_ETH.txt', 'sanctioned_addresses_ETH.txt'),
      file('sanctioned_addresses_XBT.json', 'sanctioned_addresses_XBT.json'),
      file('un.xml', 'un-consolidated.xml'),
    ]);
    assert.ok(read.ok, JSON.stringify(read));
    const byFormat = Object.fromEntries(read.lists.map((l) => [l.format, l]));
    assert.deepEqual(Object.keys(byFormat).sort(), ['ofac-sdn-csv', 'un-consolidated-xml', 'wallet-list']);
    assert.deepEqual(byFormat['ofac-sdn-csv']!.files, ['sdn.csv', 'alt.csv']);
    assert.equal(byFormat['ofac-sdn-csv']!.date, '2026-11-02', 'undated: the newest modification time of its files');
    assert.equal(byFormat['ofac-sdn-csv']!.date_basis, 'mtime');
    assert.match(byFormat['ofac-sdn-csv']!.date_detail, /pass --date/);
    assert.equal(byFormat['un-consolidated-xml']!.date_basis, 'file');
    assert.equal(byFormat['un-consolidated-xml']!.date, '2026-11-20');
  });

  test('--date dates undated lists and never overrides a date the file carries', () => {
    const read = readWatchLists([file('sdn.csv', 'ofac-csv/sdn.csv'), file('sdn.xml', 'sdn.xml')], '2026-10-31');
    assert.ok(read.ok);
    const csv = read.lists.find((l) => l.format === 'ofac-sdn-csv')!;
    const xml = read.lists.find((l) => l.format === 'ofac-sdn-xml')!;
    assert.deepEqual([csv.date, csv.date_basis], ['2026-10-31', 'flag']);
    assert.deepEqual([xml.date, xml.date_basis], ['2026-11-21', 'file']);
  });

  test('one unreadable file fails the whole import with every reason', () => {
    const read = readWatchLists([file('sdn.xml', 'sdn.xml'), { name: 'notes.txt', text: 'hello', mtime: '2026-11-30' }, file('broken.xml', 'sdn-broken.xml')]);
    assert.equal(read.ok, false);
    const errors = read.ok ? [] : read.errors;
    assert.equal(errors.length, 2);
    assert.match(errors[0]!, /^notes\.txt: not a recognized watch-list format/);
    assert.match(errors[1]!, /^broken\.xml: not well-formed XML \(line 9/);
  });
});
