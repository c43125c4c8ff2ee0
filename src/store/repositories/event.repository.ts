import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Event } from '../../model/event.js';
import { eventKey, isSignInEvent, type SignIn } from '../../model/sign-in.js';
import type { Database as Schema } from '../schema.js';
import { chunk } from '../chunk.js';

/** A batch of events and the raw records they came from, as ingest hands them to the store. */
export interface EventBatch {
  /** The source id that normalized the records (events are re-normalized from raw text on demand). */
  source: string;
  file: string;
  events: readonly Event[];
  /** For each event, where its raw record sits in `rawText`: [offset, length]. */
  spans: readonly (readonly [number, number])[];
  /** The raw records of the batch as JSON text, concatenated. */
  rawText: string;
  /** A content-derived id for rawText, so re-ingesting the same file stores nothing twice. */
  rawId: string;
}

/** A stored event's raw record: what `events` re-normalizes and shows. */
export interface StoredRecord {
  key: string;
  source: string;
  json: string;
  raw_ref: SignIn['raw'];
}

/** Filters for listing stored records. */
export interface EventFilter {
  identityIds?: readonly string[];
  dataset?: string;
  /** true: only sign-ins; false: only events that are not sign-ins. */
  signIn?: boolean;
  /** Only events attributed to an identity record. */
  attributed?: boolean;
  limit?: number;
}

type Row = Schema['events'];

function toRow(event: Event, batch: EventBatch, span: readonly [number, number]): Row {
  const geo = event.source?.geo;
  const ref = event.molehunt.raw_ref;
  return {
    pk: eventKey(event),
    ts: event['@timestamp'],
    dataset: event.event.dataset,
    action: event.event.action,
    source: batch.source,
    identity_id: event.molehunt.identity_id ?? null,
    signin: isSignInEvent(event) ? 1 : 0,
    outcome: event.event.outcome,
    account: event.user?.email ?? event.user?.name ?? event.user?.id ?? null,
    source_ip: event.source?.ip ?? null,
    country: geo?.country_iso_code ?? null,
    city: geo?.city_name ?? null,
    lat: geo?.location?.lat ?? null,
    lon: geo?.location?.lon ?? null,
    network: event.network?.name ?? null,
    user_agent: event.user_agent?.original ?? null,
    mfa_device: event.molehunt.mfa?.device_id ?? null,
    device_managed: event.molehunt.device_posture?.managed === undefined ? null : event.molehunt.device_posture.managed ? 1 : 0,
    raw_file: ref.file,
    raw_line: ref.line ?? null,
    raw_index: ref.index ?? null,
    raw_sha256: ref.sha256,
    chunk_id: batch.rawId,
    chunk_offset: span[0],
    chunk_length: span[1],
  };
}

const COLUMNS: readonly (keyof Row)[] = [
  'pk', 'ts', 'dataset', 'action', 'source', 'identity_id', 'signin', 'outcome', 'account', 'source_ip', 'country',
  'city', 'lat', 'lon', 'network', 'user_agent', 'mfa_device', 'device_managed', 'raw_file', 'raw_line', 'raw_index', 'raw_sha256', 'chunk_id', 'chunk_offset', 'chunk_length',
];

/** Interns repeated strings (accounts, addresses, countries, files) so a million sign-ins share them. */
class Interner {
  private readonly strings = new Map<string, string>();
  get(value: string | null): string | undefined {
    if (value === null) return undefined;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

type FactRow = Pick<Row, 'pk' | 'ts' | 'identity_id' | 'outcome' | 'account' | 'source_ip' | 'country' | 'city' | 'lat' | 'lon' | 'network' | 'user_agent' | 'mfa_device' | 'device_managed' | 'raw_file' | 'raw_line' | 'raw_index' | 'raw_sha256'>;

function toFact(row: FactRow, strings: Interner): SignIn {
  const id = row.pk.slice(row.pk.indexOf(':') + 1);
  const fact: SignIn = {
    key: row.pk,
    id,
    at: Date.parse(row.ts),
    identity: strings.get(row.identity_id)!,
    outcome: row.outcome as SignIn['outcome'],
    raw: {
      file: strings.get(row.raw_file)!,
      sha256: row.raw_sha256,
      ...(row.raw_line !== null ? { line: Number(row.raw_line) } : {}),
      ...(row.raw_index !== null ? { index: Number(row.raw_index) } : {}),
    },
  };
  const account = strings.get(row.account);
  if (account) fact.account = account;
  const ip = strings.get(row.source_ip);
  if (ip) fact.ip = ip;
  const country = strings.get(row.country);
  if (country) fact.country = country;
  const city = strings.get(row.city);
  if (city) fact.city = city;
  if (row.lat !== null && row.lon !== null) {
    fact.lat = Number(row.lat);
    fact.lon = Number(row.lon);
  }
  const network = strings.get(row.network);
  if (network) fact.network = network;
  const userAgent = strings.get(row.user_agent);
  if (userAgent) fact.userAgent = userAgent;
  const mfaDevice = strings.get(row.mfa_device);
  if (mfaDevice) fact.mfaDevice = mfaDevice;
  if (row.device_managed !== null) fact.managed = Number(row.device_managed) === 1;
  return fact;
}

const FACT_COLUMNS = 'pk, ts, identity_id, outcome, account, source_ip, country, city, lat, lon, network, user_agent, mfa_device, device_managed, raw_file, raw_line, raw_index, raw_sha256';

/**
 * Stores events as narrow rows plus their raw records in chunks. On SQLite it uses prepared
 * statements (the ingest hot path); on PostgreSQL, Kysely multi-row statements.
 */
export class EventRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    /** The SQLite connection behind `db`, when the store is SQLite (same connection, same transaction). */
    private readonly sqlite?: Database.Database,
  ) {}

  /** Inserts a batch, skipping events already stored; returns how many were new. */
  async insertBatch(batch: EventBatch): Promise<number> {
    const seen = new Set<string>();
    const rows: Row[] = [];
    batch.events.forEach((event, i) => {
      const row = toRow(event, batch, batch.spans[i]!);
      if (seen.has(row.pk)) return;
      seen.add(row.pk);
      rows.push(row);
    });
    if (this.sqlite) return this.insertSqlite(batch, rows);
    await this.db.insertInto('raw_chunks').values({ id: batch.rawId, file: batch.file, text: batch.rawText }).onConflict((oc) => oc.column('id').doNothing()).execute();
    let inserted = 0;
    for (const part of chunk(rows, 250)) {
      const result = await this.db.insertInto('events').values(part).onConflict((oc) => oc.column('pk').doNothing()).executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return inserted;
  }

  private statements?: { chunk: Database.Statement; event: Database.Statement };

  private insertSqlite(batch: EventBatch, rows: readonly Row[]): number {
    this.statements ??= {
      chunk: this.sqlite!.prepare('INSERT INTO raw_chunks (id, file, text) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      event: this.sqlite!.prepare(
        `INSERT INTO events (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (pk) DO NOTHING`,
      ),
    };
    const { chunk: insertChunk, event: insertEvent } = this.statements;
    insertChunk.run(batch.rawId, batch.file, batch.rawText);
    let inserted = 0;
    // Positional parameters in COLUMNS order, without an intermediate array per row.
    for (const r of rows) {
      inserted += insertEvent.run(
        r.pk, r.ts, r.dataset, r.action, r.source, r.identity_id, r.signin, r.outcome, r.account, r.source_ip, r.country,
        r.city, r.lat, r.lon, r.network, r.user_agent, r.mfa_device, r.device_managed, r.raw_file, r.raw_line, r.raw_index, r.raw_sha256, r.chunk_id, r.chunk_offset, r.chunk_length,
      ).changes;
    }
    return inserted;
  }

  /** Every sign-in that belongs to an identity record, as compact facts (no document parsing). */
  async signIns(): Promise<SignIn[]> {
    const strings = new Interner();
    const facts: SignIn[] = [];
    if (this.sqlite) {
      const query = this.sqlite.prepare(`SELECT ${FACT_COLUMNS} FROM events WHERE signin = 1 AND identity_id IS NOT NULL`);
      for (const row of query.iterate() as Iterable<FactRow>) facts.push(toFact(row, strings));
      return facts;
    }
    const rows = await this.db
      .selectFrom('events')
      .select(['pk', 'ts', 'identity_id', 'outcome', 'account', 'source_ip', 'country', 'city', 'lat', 'lon', 'network', 'user_agent', 'mfa_device', 'device_managed', 'raw_file', 'raw_line', 'raw_index', 'raw_sha256'])
      .where('signin', '=', 1)
      .where('identity_id', 'is not', null)
      .execute();
    for (const row of rows) facts.push(toFact(row, strings));
    return facts;
  }

  /** Stored records in time order (then by key), with the raw JSON text each event came from. */
  async records(filter: EventFilter = {}): Promise<StoredRecord[]> {
    // The chunk text is fetched once per chunk below, not joined onto every row: a chunk holds a whole
    // ingest batch, and thousands of events of one batch would each copy it (gigabytes at 500 people).
    let query = this.db
      .selectFrom('events')
      .select(['events.pk', 'events.source', 'events.raw_file', 'events.raw_line', 'events.raw_index', 'events.raw_sha256', 'events.chunk_id', 'events.chunk_offset', 'events.chunk_length'])
      .orderBy('events.ts')
      .orderBy('events.pk');
    if (filter.identityIds) {
      if (filter.identityIds.length === 0) return [];
      query = query.where('events.identity_id', 'in', [...filter.identityIds]);
    }
    if (filter.dataset) query = query.where('events.dataset', '=', filter.dataset);
    if (filter.signIn !== undefined) query = query.where('events.signin', '=', filter.signIn ? 1 : 0);
    if (filter.attributed) query = query.where('events.identity_id', 'is not', null);
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    const rows = await query.execute();
    const texts = new Map<string, string>();
    for (const ids of chunk([...new Set(rows.map((row) => String(row.chunk_id)))], 400)) {
      for (const c of await this.db.selectFrom('raw_chunks').select(['id', 'text']).where('id', 'in', ids).execute()) texts.set(String(c.id), c.text);
    }
    return rows.map((row) => ({
      key: row.pk,
      source: row.source,
      json: texts.get(String(row.chunk_id))!.slice(Number(row.chunk_offset), Number(row.chunk_offset) + Number(row.chunk_length)),
      raw_ref: {
        file: row.raw_file,
        sha256: row.raw_sha256,
        ...(row.raw_line !== null ? { line: Number(row.raw_line) } : {}),
        ...(row.raw_index !== null ? { index: Number(row.raw_index) } : {}),
      },
    }));
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
