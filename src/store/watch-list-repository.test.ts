import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeList } from '../screen/list-summary.js';
import type { WatchEntry } from '../screen/watch-entry.js';
import type { WatchListInfo } from './repositories/watch-list.repository.js';
import { testDialects } from '../test-support/stores.js';

const entries: WatchEntry[] = [
  { id: 'ofac:9001', kind: 'person', names: [{ value: 'PAK, Sang Man', type: 'primary' }, { value: 'SANGMAN', type: 'weak' }], programs: ['DPRK3'], birth_dates: ['1984-01-08'], countries: ['KP'], identifiers: [{ type: 'wallet', value: '0x00000000000000000000000000000000000a11ce', chain: 'ETH' }], source: 'sdn.csv ent_num 9001' },
  { id: 'ofac:9002', kind: 'organization', names: [{ value: 'EXAMPLE TRADING CO., LTD.', type: 'primary' }], programs: ['DPRK2'], birth_dates: [], countries: [], identifiers: [] },
  // The same id twice in one file: stored once, the last one read.
  { id: 'ofac:9002', kind: 'organization', names: [{ value: 'EXAMPLE TRADING COMPANY', type: 'primary' }], programs: ['DPRK2'], birth_dates: [], countries: [], identifiers: [] },
];

const info = (name: string, id: string, published: string, list: readonly WatchEntry[]): WatchListInfo => ({
  id,
  name,
  format: 'ofac-sdn-csv',
  published,
  date_basis: 'flag',
  date_detail: 'from --date (the file carries no date)',
  files: ['sdn.csv', 'alt.csv'],
  entries: list.length,
  summary: summarizeList(list),
  problems: 0,
  imported_at: '2026-11-30T00:00:00.000Z',
});

for (const dialect of testDialects()) {
  describe(`watch-list repository on ${dialect.name}`, { skip: dialect.skip }, () => {
    test('stores a list with its dated metadata and entries, and reads them back validated', async () => {
      const { store, dispose } = await dialect.open();
      try {
        await store.transaction((repos) => repos.watchLists.replace(info('ofac-sdn', 'l1', '2026-11-21', entries), entries));
        const [listed] = await store.watchLists.list();
        assert.deepEqual(listed, info('ofac-sdn', 'l1', '2026-11-21', entries));
        const [loaded] = await store.watchLists.load();
        assert.deepEqual(loaded!.entryList, [entries[0], entries[2]]);
        assert.equal(loaded!.summary.dprk, 3);
      } finally {
        await dispose();
      }
    });

    test('importing a name again replaces that list only; lists come newest first; remove by name', async () => {
      const { store, dispose } = await dialect.open();
      try {
        await store.transaction((repos) => repos.watchLists.replace(info('ofac-sdn', 'l1', '2026-11-01', entries), entries));
        await store.transaction((repos) => repos.watchLists.replace(info('un', 'l2', '2026-10-01', entries.slice(0, 1)), entries.slice(0, 1)));
        await store.transaction((repos) => repos.watchLists.replace(info('ofac-sdn', 'l3', '2026-11-21', entries.slice(1)), entries.slice(1)));
        assert.deepEqual((await store.watchLists.list()).map((l) => [l.name, l.id, l.published]), [['ofac-sdn', 'l3', '2026-11-21'], ['un', 'l2', '2026-10-01']]);
        assert.deepEqual((await store.watchLists.load()).map((l) => l.entryList.length), [1, 1]);
        assert.equal(await store.watchLists.remove('un'), true);
        assert.equal(await store.watchLists.remove('un'), false);
        assert.deepEqual((await store.watchLists.list()).map((l) => l.name), ['ofac-sdn']);
      } finally {
        await dispose();
      }
    });
  });
}
