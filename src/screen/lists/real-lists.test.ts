import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readWatchLists } from './read-lists.js';
import { WatchIndex } from '../watch-index.js';

// Real published lists from ../shared/data (see its README.md). Never copied into the repository:
// these tests run only where the shared folder sits beside it.
const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const skip = existsSync(DATA) ? false : `${DATA} is not present`;
const read = (dir: string, names: string[]) => names.map((name) => ({ name, text: readFileSync(join(DATA, dir, name), 'utf8'), mtime: '2021-07-07' }));

describe('real lists from ../shared/data', { skip }, () => {
  test('the full OFAC SDN CSV set (2021): 8,976 entries, DPRK programs, digital currency addresses, aliases joined', () => {
    const result = readWatchLists(read('ofac-sdn', ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    const list = result.lists[0]!;
    assert.equal(list.entries.length, 8976);
    assert.deepEqual(list.problems, []);
    assert.ok(list.entries.filter((e) => e.programs.some((p) => p.startsWith('DPRK'))).length > 400);
    assert.ok(list.entries.flatMap((e) => e.identifiers).filter((i) => i.type === 'wallet').length >= 81);
    const index = new WatchIndex([{ name: 'ofac-sdn', date: list.date, date_basis: list.date_basis, entries: list.entries }]);
    assert.equal(index.matchName('Gim Jeong-eun')[0]?.entry_name, 'KIM, Jong Un');
    assert.equal(index.matchName('김정은')[0]?.entry_name, 'KIM, Jong Un');
    assert.deepEqual(index.matchName('Kim'), []);
  });

  test('the UN consolidated list XML: dated by dateGenerated, 730 individuals and 273 entities', () => {
    const result = readWatchLists(read('un-consolidated', ['UN_consolidated.xml']));
    assert.ok(result.ok);
    const list = result.lists[0]!;
    assert.deepEqual([list.date, list.date_basis], ['2026-02-27', 'file']);
    assert.equal(list.entries.filter((e) => e.kind === 'person').length, 730);
    assert.equal(list.entries.filter((e) => e.kind === 'organization').length, 273);
  });

  test('the per-chain wallet lists (.txt and .json of 17 chains) import as one list of unique addresses', () => {
    const dir = 'ofac-crypto-addresses';
    const names = readdirSync(join(DATA, dir)).filter((n) => n.startsWith('sanctioned_addresses_'));
    const result = readWatchLists(read(dir, names), '2024-09-27');
    assert.ok(result.ok);
    const list = result.lists[0]!;
    assert.equal(list.format, 'wallet-list');
    assert.deepEqual(list.problems, []);
    assert.ok(list.entries.length > 600);
    const chains = new Set(list.entries.map((e) => e.identifiers[0]!.chain));
    for (const chain of ['ETH', 'XBT', 'TRX', 'XMR']) assert.ok(chains.has(chain), chain);
  });
});
