import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseIocCsv, parseIocJson } from './ioc-list.js';
import { parseFtmLines } from './opensanctions-ftm.js';
import { parseStixBundle, patternValues } from './stix-bundle.js';
import { parseUnConsolidatedXml } from './un-consolidated-xml.js';
import { parseWalletLists } from './wallet-list.js';
import type { ListParseResult, ParsedWatchList } from '../watch-entry.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const ok = (result: ListParseResult): ParsedWatchList => {
  assert.ok(result.ok, JSON.stringify(result));
  return result.list;
};
const error = (result: ListParseResult): string => {
  assert.equal(result.ok, false, 'expected an error');
  return result.ok ? '' : result.error;
};

describe('UN Security Council consolidated list', () => {
  const list = ok(parseUnConsolidatedXml(fixture('un-consolidated.xml'), 'un.xml'));

  test('dateGenerated is the publication date', () => {
    assert.deepEqual(list.published, { date: '2026-11-20', detail: 'dateGenerated 2026-11-20T00:00:09.554Z' });
  });

  test('individuals: name parts, original script, aliases with quality, regime, dates and countries', () => {
    const ri = list.entries.find((e) => e.id === 'un:KPi.900')!;
    assert.equal(ri.kind, 'person');
    assert.deepEqual(ri.names.map((n) => [n.value, n.type]), [['RI SONG CHOL', 'primary'], ['리성철', 'alias'], ['Ri Song-chol', 'alias'], ['Songchol', 'weak']]);
    assert.deepEqual(ri.programs, ['DPRK']);
    assert.deepEqual(ri.birth_dates, ['1968', '1969', '1970']);
    assert.deepEqual(ri.countries, ['KP']);
    assert.deepEqual(list.entries.find((e) => e.id === 'un:QDi.900')!.birth_dates, ['1966-07-12']);
  });

  test('entities are organizations; an empty alias element is no name', () => {
    const entity = list.entries.find((e) => e.id === 'un:KPe.900')!;
    assert.equal(entity.kind, 'organization');
    assert.deepEqual(entity.names.map((n) => n.value), ['EXAMPLE GENERAL TRADING CORPORATION', 'EGTC']);
    assert.deepEqual(list.entries.find((e) => e.id === 'un:QDi.900')!.names.map((n) => n.value), ['ELSPETH KORVATH']);
  });

  test('a file that is not the UN list says what root it expected; broken XML says where', () => {
    assert.match(error(parseUnConsolidatedXml('<?xml version="1.0"?><sdnList/>', 'x.xml')), /no <CONSOLIDATED_LIST> root element/);
    assert.match(error(parseUnConsolidatedXml('<CONSOLIDATED_LIST dateGenerated="2026-11-20">\n<INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>', 'un.xml')), /^un\.xml: not well-formed XML \(line 2, column \d+: Expected closing tag 'INDIVIDUAL'/);
  });
});

describe('OpenSanctions / FollowTheMoney JSON lines', () => {
  const list = ok(parseFtmLines(fixture('opensanctions.ftm.jsonl'), 'os.jsonl'));

  test('the latest last_seen dates the export; an unreadable line is a problem with its number', () => {
    assert.deepEqual(list.published, { date: '2026-11-19', detail: 'latest last_seen in the file' });
    assert.deepEqual(list.problems.map((p) => p.replace(/\(.*\)/, '()')), ['os.jsonl line 6: not JSON ()']);
  });

  test('people: names, aliases, weak aliases, dates, countries, e-mail, GitHub, programs', () => {
    const pak = list.entries.find((e) => e.id === 'os:os-synthetic-pak')!;
    assert.equal(pak.kind, 'person');
    assert.deepEqual(pak.names.map((n) => [n.value, n.type]), [['PAK Sang Man', 'primary'], ['Park Sang-man', 'alias'], ['Sangman', 'weak']]);
    assert.deepEqual(pak.birth_dates, ['1984-01-08']);
    assert.deepEqual(pak.countries, ['KP']);
    assert.deepEqual(pak.programs, ['US-DPRK3']);
    assert.ok(pak.identifiers.some((i) => i.type === 'github' && i.value === 'synthetic-pak'));
  });

  test('a file with no readable entity is an error naming the first problem', () => {
    assert.match(error(parseFtmLines('{"id": 1}\nnot json\n', 'os.jsonl')), /^os\.jsonl: no FollowTheMoney entity with a name or identifier \(os\.jsonl line 1: expected an entity with id, schema and properties\)$/);
  });

  test('a CryptoWallet joins its holder; one whose holder is missing stays a wallet of its own; Sanction objects are not entries', () => {
    const pak = list.entries.find((e) => e.id === 'os:os-synthetic-pak')!;
    assert.ok(pak.identifiers.some((i) => i.type === 'wallet' && i.chain === 'ETH' && i.value === '0x00000000000000000000000000000000000a11ce'));
    const orphan = list.entries.find((e) => e.kind === 'indicator')!;
    assert.deepEqual(orphan.identifiers, [{ type: 'wallet', value: 'TSyntheticTronAddressXXXXXXXXXXXX', chain: 'TRX' }]);
    assert.equal(list.entries.length, 3);
  });
});

describe('per-chain wallet lists', () => {
  const list = ok(parseWalletLists([
    { name: 'sanctioned_addresses_ETH.txt', text: fixture('sanctioned_addresses_ETH.txt') },
    { name: 'sanctioned_addresses_XBT.json', text: fixture('sanctioned_addresses_XBT.json') },
  ]));

  test('text and JSON files form one list; the chain comes from the file name', () => {
    assert.deepEqual(list.entries.map((e) => `${e.identifiers[0]!.chain}:${e.identifiers[0]!.value}`), [
      'ETH:0x00000000000000000000000000000000000a11ce',
      'ETH:0x00000000000000000000000000000000000B0B00',
      'XBT:1SyntheticPakAddressXXXXXXXXXXXXX',
      'XBT:bc1qsyntheticsegwitaddressxxxxxxxxxxxxxx',
    ]);
    assert.deepEqual(list.problems, ['sanctioned_addresses_ETH.txt line 3: not a wallet address: not-an-address!']);
  });

  test('a JSON wallet file that is not an array is an error', () => {
    assert.match(error(parseWalletLists([{ name: 'w.json', text: '[1, 2' }])), /^w\.json: not a JSON array of addresses/);
  });
});

describe('molehunt IOC CSV and JSON', () => {
  test('CSV: every type; the date of the newest indicator dates the list; bad rows are problems with their line', () => {
    const list = ok(parseIocCsv(fixture('iocs.csv'), 'iocs.csv'));
    assert.deepEqual(list.entries.map((e) => e.identifiers[0]?.type ?? `name:${e.names[0]!.value}`), ['email', 'domain', 'github', 'wallet', 'ipv4', 'url', 'phone', 'name:Marigold Quenby Thistlewood']);
    assert.equal(list.entries[0]!.label, 'synthetic persona e-mail');
    assert.equal(list.entries[7]!.kind, 'unknown', 'IOC names are screened like listed people');
    assert.deepEqual(list.published, { date: '2026-11-06', detail: 'latest indicator date in the file' });
    assert.deepEqual(list.problems, [
      'iocs.csv line 10: unknown type "fax" (one of name, email, domain, phone, wallet, github, ipv4, ipv6, url, ip)',
      'iocs.csv line 11: "not-an-email" is not a valid email',
    ]);
  });

  test('JSON: {"iocs": [...]}, a wallet chain, a GitHub URL, and a date that is not ISO', () => {
    const list = ok(parseIocJson(JSON.parse(fixture('iocs.json')), 'iocs.json'));
    assert.equal(list.entries.length, 3);
    assert.deepEqual(list.entries[1]!.identifiers, [{ type: 'wallet', value: 'TSyntheticTronAddressXXXXXXXXXXXX', chain: 'TRX' }]);
    assert.deepEqual(list.problems, ['iocs.json item 4: date "11/12/2026" is not YYYY-MM-DD']);
  });

  test('JSON that is not an IOC array is an error naming the expected shape', () => {
    assert.match(error(parseIocJson({ foo: 1 }, 'x.json')), /expected a JSON array of \{type, value, label, source, date\} objects/);
  });
});

describe('STIX 2.1 bundles', () => {
  const list = ok(parseStixBundle(JSON.parse(fixture('stix-bundle.json')), 'cti.json'));

  test('indicators with e-mail, domain, IPv4/IPv6, URL and wallet patterns (OR included)', () => {
    assert.deepEqual(list.entries.map((e) => e.identifiers.map((i) => `${i.type}=${i.value}`).join(' ')), [
      'email=persona.four@example.net email=persona.five@example.net',
      'domain=persona-hire.example',
      'ipv4=198.51.100.23 ipv6=2001:db8::23',
      'url=https://persona-hire.example/portfolio',
      'wallet=0x00000000000000000000000000000000000C0C00',
    ]);
    assert.equal(list.entries[0]!.label, 'Persona e-mails');
    assert.deepEqual(list.published, { date: '2026-11-15', detail: 'latest indicator modified date in the bundle' });
  });

  test('hashes, LIKE comparisons and other pattern languages are reported, not guessed at', () => {
    assert.equal(list.problems.length, 3);
    assert.match(list.problems[0]!, /indicator--1f7a2c3e-0000-4000-8000-000000000006: the pattern compares nothing screening reads/);
    assert.match(list.problems[1]!, /000000000007: skipped comparison domain-name:value LIKE '%persona%'/);
    assert.match(list.problems[2]!, /000000000008: pattern_type sigma is not read/);
  });

  test('JSON that is not a bundle, or a bundle without usable indicators, is an error', () => {
    assert.match(error(parseStixBundle({ type: 'report' }, 'r.json')), /not a STIX bundle/);
    assert.match(error(parseStixBundle({ type: 'bundle', objects: [{ type: 'indicator', id: 'indicator--x', pattern: "[file:name = 'a.exe']", pattern_type: 'stix' }] }, 'b.json')), /^b\.json: no indicator with an e-mail, domain, IP, URL, phone or wallet pattern \(b\.json indicator--x: skipped comparison file:name = 'a\.exe'\)$/);
  });

  test('pattern values unescape quotes', () => {
    assert.deepEqual(patternValues("[email-addr:value = 'o\\'brien@example.com']").identifiers, [{ type: 'email', value: "o'brien@example.com" }]);
  });
});
