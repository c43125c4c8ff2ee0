import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { StoreOpenError } from './errors.js';
import { migrationProvider } from './migrations/index.js';
import { AnalysisRepository } from './repositories/analysis.repository.js';
import { EventRepository } from './repositories/event.repository.js';
import { IdentityRepository } from './repositories/identity.repository.js';
import { IngestRunRepository } from './repositories/ingest-run.repository.js';
import { IntelRepository } from './repositories/intel.repository.js';
import { JudgementRepository } from './repositories/judgement.repository.js';
import { MetaRepository } from './repositories/meta.repository.js';
import { NetworkRepository } from './repositories/network.repository.js';
import { QuarantineRepository } from './repositories/quarantine.repository.js';
import { WatchListRepository } from './repositories/watch-list.repository.js';
import type { Database } from './schema.js';

/** Where the data lives: an embedded SQLite file (default) or a PostgreSQL server. */
export type StoreLocation =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'postgres'; url: string; /** search_path, for isolated test schemas */ schema?: string };

/** The repositories over one database (or one transaction). */
export interface Repositories {
  events: EventRepository;
  identities: IdentityRepository;
  quarantine: QuarantineRepository;
  analysis: AnalysisRepository;
  meta: MetaRepository;
  ingestRuns: IngestRunRepository;
  intel: IntelRepository;
  networks: NetworkRepository;
  judgements: JudgementRepository;
  watchLists: WatchListRepository;
}

/** An open store. */
export interface Store extends Repositories {
  location: StoreLocation;
  db: Kysely<Database>;
  /** Runs `work` in one transaction with repositories bound to it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Reads `--db` / MOLEHUNT_DB: a postgres:// URL or a SQLite file path. */
export function parseStoreLocation(value: string): StoreLocation {
  return /^postgres(ql)?:\/\//i.test(value) ? { dialect: 'postgres', url: value } : { dialect: 'sqlite', path: value };
}

/** Renders a location for messages, hiding any password in a URL. */
export function describeLocation(location: StoreLocation): string {
  if (location.dialect === 'sqlite') return location.path;
  return location.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function repositories(db: Kysely<Database>, sqlite?: SQLite.Database): Repositories {
  return {
    events: new EventRepository(db, sqlite),
    identities: new IdentityRepository(db),
    quarantine: new QuarantineRepository(db),
    analysis: new AnalysisRepository(db),
    meta: new MetaRepository(db),
    ingestRuns: new IngestRunRepository(db),
    intel: new IntelRepository(db),
    networks: new NetworkRepository(db),
    judgements: new JudgementRepository(db),
    watchLists: new WatchListRepository(db),
  };
}

function dialectFor(location: StoreLocation, mustExist: boolean): { dialect: SqliteDialect | PostgresDialect; sqlite?: SQLite.Database } {
  if (location.dialect === 'sqlite') {
    if (mustExist && location.path !== ':memory:' && !existsSync(location.path)) {
      throw new StoreOpenError(
        `no molehunt database at ${location.path}. Run \`molehunt ingest <files>\` or \`molehunt scan <files>\` first, or pass --db PATH.`,
      );
    }
    const database = new SQLite(location.path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Bulk ingest touches the events table's key and identity indexes on every row: give them cache.
    database.pragma('cache_size = -65536');
    database.pragma('temp_store = MEMORY');
    database.pragma('wal_autocheckpoint = 16384');
    return { dialect: new SqliteDialect({ database }), sqlite: database };
  }
  const options = location.schema ? `-c search_path=${location.schema}` : undefined;
  return { dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 4, ...(options ? { options } : {}) }) }) };
}

/**
 * Opens the store and brings its schema up to date. `mustExist` makes a missing SQLite file an
 * error (read commands) instead of creating an empty database.
 */
export async function openStore(location: StoreLocation, options: { mustExist?: boolean } = {}): Promise<Store> {
  let db: Kysely<Database>;
  let sqlite: SQLite.Database | undefined;
  try {
    const opened = dialectFor(location, options.mustExist ?? false);
    sqlite = opened.sqlite;
    db = new Kysely<Database>({ dialect: opened.dialect });
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`cannot open the database at ${describeLocation(location)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // With a schema of its own (test isolation), the migration tables are looked up there: Kysely otherwise
    // finds another schema's kysely_migration table and then queries one that does not exist in this one.
    const schema = location.dialect === 'postgres' && location.schema ? { migrationTableSchema: location.schema } : {};
    const { error } = await new Migrator({ db, provider: migrationProvider, ...schema }).migrateToLatest();
    if (error) throw error;
  } catch (error) {
    await db.destroy();
    throw new StoreOpenError(
      `cannot use the database at ${describeLocation(location)}: ${(error as Error).message}. ` +
        'Is it a molehunt database, and is the server reachable?',
      { cause: error },
    );
  }
  return {
    location,
    db,
    ...repositories(db, sqlite),
    // On SQLite the transaction runs on the one connection, so the prepared-statement fast path joins it.
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx, sqlite))),
    close: () => db.destroy(),
  };
}
