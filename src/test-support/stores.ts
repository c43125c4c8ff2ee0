import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../store/open-store.js';

/** A store under test and how to dispose of it. */
export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

/** The dialects the repository suite runs on: SQLite always, PostgreSQL when MOLEHUNT_TEST_PG_URL is set. */
export function testDialects(): { name: string; open: () => Promise<TestStore>; skip: string | false }[] {
  const pgUrl = process.env.MOLEHUNT_TEST_PG_URL;
  return [
    {
      name: 'sqlite',
      skip: false,
      open: async () => {
        const store = await openStore({ dialect: 'sqlite', path: ':memory:' });
        return { store, dispose: () => store.close() };
      },
    },
    {
      name: 'postgres',
      skip: pgUrl ? false : 'MOLEHUNT_TEST_PG_URL is not set',
      open: async () => {
        // Each test gets its own schema, so runs never see each other's rows.
        const schema = `mh_test_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        const store = await openStore({ dialect: 'postgres', url: pgUrl!, schema });
        return {
          store,
          dispose: async () => {
            await store.close();
            await admin.query(`DROP SCHEMA ${schema} CASCADE`);
            await admin.end();
          },
        };
      },
    },
  ];
}
