import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { safeText, textTable } from '../../report/text-table.js';
import { classifyValue } from '../../screen/identifier-keys.js';
import { filterPrograms, programFilter, summarizeList } from '../../screen/list-summary.js';
import { readWatchLists, type ListFile } from '../../screen/lists/read-lists.js';
import { describePairs } from '../../screen/names/name-match.js';
import { IdentifierTypeSchema, type IdentifierType } from '../../screen/watch-entry.js';
import { NAME_THRESHOLD, WatchIndex } from '../../screen/watch-index.js';
import { openStore, type Store } from '../../store/open-store.js';
import type { WatchListInfo } from '../../store/repositories/watch-list.repository.js';
import { withStore, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';

/** A list older than this is flagged: sanctions lists change weekly. */
export const LIST_STALE_DAYS = 30;

/** Extensions read from a directory; other files (README.md…) are passed over. */
const LIST_EXTENSIONS = /\.(csv|xml|json|jsonl|ndjson|txt)$/i;

function listFiles(paths: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
    }
    if (!stat.isDirectory()) out.push(absolute);
    else for (const name of readdirSync(absolute).sort()) if (!name.startsWith('.') && LIST_EXTENSIONS.test(name) && statSync(join(absolute, name)).isFile()) out.push(join(absolute, name));
  }
  return out;
}

/** Options of `molehunt lists import`. */
export interface ListsImportOptions {
  date?: string;
  name?: string;
  programs?: string;
  json?: boolean;
}

/** UTF-8, or Latin-1 when the bytes are not UTF-8 (older OFAC and national lists). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const display = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
};

/** `molehunt lists import <files...>`: detects, parses, dates and stores watch lists. */
export async function listsImportCommand(paths: string[], options: ListsImportOptions, ctx: CommandContext): Promise<void> {
  if (options.date && (!/^\d{4}-\d{2}-\d{2}$/.test(options.date) || Number.isNaN(Date.parse(options.date)))) {
    throw new UsageError(`--date must be the list's publication date like 2026-11-21, got "${options.date}".`);
  }
  const files: ListFile[] = listFiles(paths, ctx.io.cwd).map((path) => ({
    name: display(path, ctx.io.cwd),
    text: decodeText(readFileSync(path)),
    mtime: statSync(path).mtime.toISOString().slice(0, 10),
  }));
  if (files.length === 0) throw new UsageError(`no list files in ${paths.join(', ')} (looked for .csv .xml .json .jsonl .ndjson .txt).`);
  const read = readWatchLists(files, options.date);
  if (!read.ok) throw new UsageError(`nothing imported:\n  ${read.errors.join('\n  ')}`);
  if (options.name && read.lists.length > 1) throw new UsageError(`--name names one list, but these files make ${read.lists.length} (${read.lists.map((l) => l.title).join(', ')}); import them separately.`);
  const filter = options.programs ? programFilter(options.programs) : undefined;
  const stored: WatchListInfo[] = [];
  await withStore(ctx, false, async (store) => {
    for (const list of read.lists) {
      const entries = filter ? filterPrograms(list.entries, filter) : list.entries;
      if (entries.length === 0) throw new UsageError(`${list.files.join(', ')}: no entry is in the programs ${[...filter!].join(', ')}; nothing imported.`);
      const info: WatchListInfo = {
        id: randomUUID(),
        name: options.name ?? list.title,
        format: list.format,
        published: list.date,
        date_basis: list.date_basis,
        date_detail: list.date_detail,
        files: list.files,
        entries: entries.length,
        summary: summarizeList(entries),
        problems: list.problems.length,
        imported_at: new Date().toISOString(),
      };
      await store.transaction((repos) => repos.watchLists.replace(info, entries));
      stored.push(info);
      const kinds = Object.entries(info.summary.kinds).map(([k, n]) => `${n} ${k}`).join(', ');
      status(ctx.io, `imported "${info.name}" (${info.format}${filter ? `, programs ${[...filter].join('/')}` : ''}): ${entries.length} entries (${kinds}), published ${info.published} — ${info.date_detail}${list.problems.length > 0 ? `; ${list.problems.length} records skipped:` : ''}`);
      for (const problem of list.problems.slice(0, 10)) status(ctx.io, `  ${safeText(problem)}`);
      if (list.problems.length > 10) status(ctx.io, `  … and ${list.problems.length - 10} more`);
    }
  });
  if (options.json) ctx.io.stdout.write(`${JSON.stringify(stored, null, 2)}\n`);
}

async function maybeStore(ctx: CommandContext): Promise<Store | undefined> {
  const location = ctx.config.store;
  if (location.dialect === 'sqlite' && !existsSync(location.path)) return undefined;
  return openStore(location, { mustExist: true });
}

const ageDays = (date: string, now: Date): number => Math.floor((now.getTime() - Date.parse(date)) / 86_400_000);
const BASIS: Record<string, string> = { file: 'in the file', flag: '--date', mtime: 'file modified' };

/** `molehunt lists status`: every imported list with its publication date, where that date came from, and its age. */
export async function listsStatusCommand(options: { json?: boolean }, ctx: CommandContext, now = new Date()): Promise<void> {
  const store = await maybeStore(ctx);
  const lists = store ? await store.watchLists.list() : [];
  await store?.close();
  const rows = lists.map((l) => ({ ...l, age_days: ageDays(l.published, now), stale: ageDays(l.published, now) > LIST_STALE_DAYS }));
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    status(ctx.io, 'no watch lists imported. Import OFAC SDN, UN, OpenSanctions, wallet or IOC files with `molehunt lists import <files>`.');
    return;
  }
  ctx.io.stdout.write(
    textTable(
      ['list', 'format', 'published', 'date from', 'age', 'entries', 'people', 'wallets', 'DPRK', 'imported'],
      rows.map((r) => [r.name, r.format, r.published, BASIS[r.date_basis] ?? r.date_basis, `${r.age_days} d${r.stale ? ' (old)' : ''}`, r.entries, r.summary.kinds.person ?? 0, r.summary.identifiers.wallet ?? 0, r.summary.dprk, r.imported_at.slice(0, 10)]),
    ),
  );
  for (const r of rows.filter((x) => x.stale)) status(ctx.io, `warning: ${r.name} was published ${r.age_days} days ago (older than ${LIST_STALE_DAYS}); sanctions lists change weekly — import a current copy.`);
  for (const r of rows.filter((x) => x.date_basis === 'mtime')) status(ctx.io, `note: ${r.name} is dated by its file's modification time (the file carries no date); re-import with --date to state the publication date.`);
}

/** Options of `molehunt lists match`. */
export interface ListsMatchOptions {
  type?: IdentifierType | 'name';
  threshold?: string;
  json?: boolean;
}

/** `molehunt lists match <value>`: what the imported lists say about one name or identifier, and why. */
export async function listsMatchCommand(value: string, options: ListsMatchOptions, ctx: CommandContext): Promise<void> {
  const type = options.type ?? classifyValue(value);
  if (type !== 'name' && !IdentifierTypeSchema.options.includes(type)) throw new UsageError(`--type must be name or one of ${IdentifierTypeSchema.options.join(', ')}.`);
  const threshold = options.threshold === undefined ? NAME_THRESHOLD : Number(options.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--threshold must be a number in (0, 1], got "${options.threshold}".`);
  const store = await maybeStore(ctx);
  const lists = store ? await store.watchLists.load() : [];
  await store?.close();
  if (lists.length === 0) throw new UsageError('no watch lists imported yet: run `molehunt lists import <files>` first.');
  const index = new WatchIndex(lists.map((l) => ({ name: l.name, date: l.published, date_basis: l.date_basis, entries: l.entryList })));
  const hits = type === 'name' ? index.matchName(value, {}, { people: false, threshold }) : index.matchIdentifier(type, value);
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify({ value, type, lists: lists.map((l) => ({ name: l.name, published: l.published, date_basis: l.date_basis })), hits }, null, 2)}\n`);
    return;
  }
  status(ctx.io, `${value} read as ${type}; searched ${lists.map((l) => `${l.name} (${l.published})`).join(', ')}`);
  if (hits.length === 0) {
    ctx.io.stdout.write(`no match${type === 'name' ? ` at or above ${threshold}` : ''}\n`);
    return;
  }
  for (const hit of hits.slice(0, 20)) {
    const head = `${hit.list} ${hit.entry_id} ${hit.entry_name ?? ''} [${hit.entry_kind}${hit.programs.length > 0 ? `; ${hit.programs.join(', ')}` : ''}]`;
    const why = 'explanation' in hit
      ? `score ${hit.score} (token set ${hit.explanation.parts.token_set}, Jaro-Winkler ${hit.explanation.parts.jaro_winkler}) via ${hit.name_type} name "${hit.matched_name}": ${describePairs(hit.explanation.pairs)}${hit.explanation.unmatched_listed.length > 0 ? `; not matched: ${hit.explanation.unmatched_listed.join(' ')}` : ''}`
      : `${hit.how === 'exact' ? 'listed' : 'under listed domain'} ${hit.type} ${hit.listed_value}${hit.chain ? ` (${hit.chain})` : ''}${hit.label ? ` — ${hit.label}` : ''}`;
    ctx.io.stdout.write(`${safeText(head)}\n  ${safeText(why)}\n`);
  }
}

/** `molehunt lists remove <name>`. */
export async function listsRemoveCommand(name: string, ctx: CommandContext): Promise<void> {
  const removed = await withStore(ctx, true, (store) => store.transaction((repos) => repos.watchLists.remove(name)));
  if (!removed) throw new UsageError(`no list named "${name}" (see molehunt lists status).`);
  status(ctx.io, `removed "${name}"`);
}
