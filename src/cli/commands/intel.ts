import { existsSync, readFileSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { splitEnrichers } from '../../analyze.js';
import type { DataSourceInfo } from '../../enrich/define-enricher.js';
import { addressKey } from '../../enrich/address-key.js';
import { openMmdb } from '../../enrich/ip-intel/mmdb-lookup.js';
import { parseAddressList, parseCidrList, parseEmailIocs, parseTorExitList, type ParsedList } from '../../ingest/intel-lists.js';
import { identityRecordId, type IdentityRecord, type PostalAddress } from '../../model/identity-record.js';
import { safeText, textTable } from '../../report/text-table.js';
import { openStore, type Store } from '../../store/open-store.js';
import type { IntelEntries } from '../../store/repositories/intel.repository.js';
import { withStore, type CommandContext } from '../context.js';
import { enrichContext } from '../enrich-context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';

/** Data older than this is flagged by `intel status`. */
const STALE_DAYS = 90;

async function maybeStore(ctx: CommandContext): Promise<Store | undefined> {
  const location = ctx.config.store;
  if (location.dialect === 'sqlite' && !existsSync(location.path)) return undefined;
  return openStore(location, { mustExist: true });
}

function print(ctx: CommandContext, json: boolean | undefined, value: unknown): void {
  if (json) {
    ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  for (const [key, result] of Object.entries(value as Record<string, unknown>)) {
    ctx.io.stdout.write(`${key}:\n`);
    for (const line of JSON.stringify(result, null, 2).split('\n')) ctx.io.stdout.write(`  ${safeText(line)}\n`);
  }
}

/** `molehunt intel ip <value>`: what every event enricher concludes about one address, and why. */
export async function intelIpCommand(value: string, options: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const store = await maybeStore(ctx);
  try {
    const enrich = await enrichContext(ctx, store, { ip: true });
    const out: Record<string, unknown> = {};
    for (const enricher of splitEnrichers(ctx.catalog.enrichers).observation) out[enricher.writes] = enricher.prepare(enrich)({ ip: value.trim() }) ?? null;
    if (Object.values(out).every((v) => v === null)) throw new UsageError(`"${value}" is not an IP address.`);
    print(ctx, options.json, out);
  } finally {
    await store?.close();
  }
}

/** A record that carries just one identifier, so identity enrichers can be asked about it. */
function probeRecord(kind: 'phone' | 'email' | 'address', value: string, country?: string): IdentityRecord {
  const home: PostalAddress[] = country ? [{ role: 'home', country }] : [];
  const address: PostalAddress[] = kind === 'address' ? [{ role: 'other', line: value, ...(country ? { country } : {}) }] : [];
  return {
    id: identityRecordId('hr.employee', 'intel', 'probe'),
    kind: 'hr.employee',
    system: 'intel',
    source_id: 'probe',
    corporate_emails: [],
    identifiers: {
      emails: kind === 'email' ? [value] : [],
      phones: kind === 'phone' ? [value] : [],
      addresses: [...home, ...address],
      payout_accounts: [],
      device_serials: [],
      keys: [],
    },
    attributes: {},
    raw_ref: { file: 'intel', sha256: '0'.repeat(64) },
  };
}

/** `molehunt intel phone|email|address <value>`: what the identity enrichers conclude, and why. */
export async function intelIdentifierCommand(kind: 'phone' | 'email' | 'address', value: string, options: { json?: boolean; country?: string }, ctx: CommandContext): Promise<void> {
  const store = await maybeStore(ctx);
  try {
    const enrich = await enrichContext(ctx, store);
    const namespace = kind === 'phone' ? 'phones' : kind === 'email' ? 'emails' : 'addresses';
    const enricher = splitEnrichers(ctx.catalog.enrichers).identity.find((e) => e.writes === namespace);
    if (!enricher) throw new UsageError(`no ${kind} enricher is installed.`);
    const results = (enricher.prepare(enrich)(probeRecord(kind, value.trim(), options.country)) ?? []) as { role?: string }[];
    // The probe's claimed home (from --country) is not the address asked about.
    const result = kind === 'address' ? results.filter((r) => r.role !== 'home') : results;
    print(ctx, options.json, { [namespace]: result });
  } finally {
    await store?.close();
  }
}

const ageInDays = (date: string, now: Date): number => Math.floor((now.getTime() - Date.parse(date)) / 86_400_000);

/** `molehunt intel status`: every dataset enrichers use — source, licence, date — and the user's imports. */
export async function intelStatusCommand(options: { json?: boolean }, ctx: CommandContext, now = new Date()): Promise<void> {
  const shipped = new Map<string, DataSourceInfo & { used_by: string[] }>();
  for (const enricher of ctx.catalog.enrichers) {
    for (const source of enricher.dataSources) {
      const known = shipped.get(source.id);
      if (known) known.used_by.push(enricher.id);
      else shipped.set(source.id, { ...source, used_by: [enricher.id] });
    }
  }
  const store = await maybeStore(ctx);
  const imported = store ? await store.intel.list() : [];
  await store?.close();
  const rows = [
    ...[...shipped.values()].map((s) => ({ dataset: s.name, origin: s.origin, licence: s.licence, date: s.date, records: null as number | null, used_by: s.used_by, attribution: s.attribution ?? null })),
    ...imported.map((i) => ({ dataset: i.name, origin: `imported (${i.type}${i.class ? `, ${i.class}` : ''})`, licence: 'as supplied', date: i.source_date, records: Number(i.records), used_by: [], attribution: null })),
  ].map((r) => ({ ...r, age_days: ageInDays(r.date, now), stale: ageInDays(r.date, now) > STALE_DAYS }));
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  ctx.io.stdout.write(textTable(['dataset', 'origin', 'licence', 'date', 'age', 'records'], rows.map((r) => [r.dataset, r.origin, r.licence, r.date, `${r.age_days} d${r.stale ? ' (old)' : ''}`, r.records ?? '']), 70));
  for (const r of rows.filter((x) => x.attribution)) ctx.io.stdout.write(`\n${r.dataset}: ${r.attribution}\n`);
  for (const r of rows.filter((x) => x.stale)) status(ctx.io, `warning: ${r.dataset} is ${r.age_days} days old (older than ${STALE_DAYS}); import a fresh copy if one exists.`);
}

/** Options of `molehunt intel import`. */
export interface IntelImportOptions {
  type: 'cidr' | 'tor' | 'email-iocs' | 'reshippers' | 'mmdb';
  class?: string;
  name?: string;
  date?: string;
}

const CLASSES = ['vpn', 'proxy', 'hosting', 'relay', 'tor', 'mobile', 'satellite', 'residential', 'corporate', 'dprk'];

/** `molehunt intel import <file>`: stores a dated list that overrides shipped data. */
export async function intelImportCommand(file: string, options: IntelImportOptions, ctx: CommandContext): Promise<void> {
  const path = resolve(ctx.io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const text = bytes.toString('utf8');
  const date = options.date ?? statSync(path).mtime.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date must be a date like 2026-11-21 (the date of the data), got "${date}".`);
  if (options.type === 'cidr' && (!options.class || !CLASSES.includes(options.class))) {
    throw new UsageError(`a CIDR list needs --class, one of: ${CLASSES.join(', ')}.`);
  }
  let parsed: ParsedList<unknown>;
  let entries: IntelEntries;
  if (options.type === 'mmdb') {
    let databaseType: string;
    try {
      databaseType = openMmdb(bytes).databaseType;
    } catch (error) {
      throw new UsageError(`${file} is not a MaxMind-format database (.mmdb): ${(error as Error).message}`);
    }
    parsed = { entries: [databaseType], problems: [] };
    entries = { type: 'mmdb', database_type: databaseType, base64: bytes.toString('base64') };
  } else if (options.type === 'email-iocs') {
    const list = parseEmailIocs(text);
    parsed = list;
    entries = { type: 'email-iocs', values: list.entries };
  } else if (options.type === 'reshippers') {
    // Keys are built exactly as the address enricher builds them, so spellings of one house match.
    const list = parseAddressList(text);
    parsed = list;
    entries = { type: 'reshippers', keys: list.entries.map((e) => ({ key: addressKey({ role: 'other', line: e.line }), label: e.label })) };
  } else {
    const list = options.type === 'tor' ? parseTorExitList(text) : parseCidrList(text);
    parsed = list;
    entries = { type: options.type, cidrs: list.entries };
  }
  if (parsed.entries.length === 0) throw new UsageError(`no entries read from ${file}${parsed.problems.length > 0 ? `:\n  ${parsed.problems.slice(0, 5).join('\n  ')}` : ''}`);
  const name = options.name ?? file;
  await withStore(ctx, false, (store) =>
    store.intel.put(
      { id: randomUUID(), type: options.type, name, class: options.type === 'tor' ? 'tor' : (options.class ?? null), source_date: date, imported_at: new Date().toISOString(), records: parsed.entries.length },
      entries,
    ),
  );
  const what = options.type === 'mmdb' ? `a ${String(parsed.entries[0])} database` : `${parsed.entries.length} entries`;
  status(ctx.io, `imported ${what} from ${file} as "${name}" (${options.type}, data of ${date})${parsed.problems.length > 0 ? `; ${parsed.problems.length} lines skipped:` : ''}`);
  for (const problem of parsed.problems.slice(0, 10)) status(ctx.io, `  ${problem}`);
  if (parsed.problems.length > 10) status(ctx.io, `  … and ${parsed.problems.length - 10} more`);
}
