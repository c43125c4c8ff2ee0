import { isIP } from 'node:net';
import { parse } from 'csv-parse/sync';
import { IdentifierTypeSchema, type IdentifierType, type ListParseResult, type WatchEntry } from '../watch-entry.js';
import { identifierKey } from '../identifier-keys.js';
import { isoDay, latestDay } from './list-values.js';

/**
 * molehunt's own IOC list (docs/screening.md): one indicator per row or object with `type`, `value`,
 * and optionally `label`, `source`, `date` (YYYY-MM-DD) and, for wallets, `chain`. Types: name, email,
 * domain, phone, wallet, github, ipv4, ipv6 (or `ip`), url. As CSV with that header row, or as JSON (an
 * array of such objects, or `{"iocs": [...]}`).
 */

/** The IOC types, `name` and `ip` included. */
export const IOC_TYPES = ['name', ...IdentifierTypeSchema.options, 'ip'] as const;

interface IocRow {
  type?: unknown;
  value?: unknown;
  label?: unknown;
  source?: unknown;
  date?: unknown;
  chain?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** One row → an entry, or the reason it cannot be one. */
function entryOf(row: IocRow, where: string, index: number): WatchEntry | string {
  let type = str(row.type)?.toLowerCase();
  const value = str(row.value);
  if (!type || !value) return `${where}: needs a type and a value`;
  if (type === 'ip') type = isIP(value) === 6 ? 'ipv6' : 'ipv4';
  if (!(IOC_TYPES as readonly string[]).includes(type)) return `${where}: unknown type "${type.slice(0, 30)}" (one of ${IOC_TYPES.join(', ')})`;
  const date = str(row.date);
  if (date && !isoDay(date)) return `${where}: date "${date.slice(0, 30)}" is not YYYY-MM-DD`;
  const label = str(row.label);
  const source = str(row.source);
  const common = { id: `ioc:${index}`, programs: [], birth_dates: [], countries: [], ...(label ? { label } : {}), source: source ?? where, ...(date ? { date: isoDay(date)! } : {}) };
  if (type === 'name') return { ...common, kind: 'unknown', names: [{ value, type: 'primary' }], identifiers: [] };
  if (identifierKey(type as IdentifierType, value) === undefined) return `${where}: "${value.slice(0, 60)}" is not a valid ${type}`;
  const chain = str(row.chain);
  return { ...common, kind: 'indicator', names: [], identifiers: [{ type: type as IdentifierType, value, ...(chain ? { chain: chain.toUpperCase() } : {}) }] };
}

function finish(rows: { row: IocRow; where: string }[], fileName: string, format: 'molehunt-ioc-csv' | 'molehunt-ioc-json'): ListParseResult {
  const entries: WatchEntry[] = [];
  const problems: string[] = [];
  rows.forEach(({ row, where }, i) => {
    const entry = entryOf(row, where, i + 1);
    if (typeof entry === 'string') problems.push(entry);
    else entries.push(entry);
  });
  if (entries.length === 0) return { ok: false, error: `${fileName}: no valid indicator${problems[0] ? ` (${problems[0]})` : ''}` };
  const date = latestDay(entries.map((e) => e.date));
  const title = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|json)$/i, '');
  return { ok: true, list: { format, title, ...(date ? { published: { date, detail: 'latest indicator date in the file' } } : {}), entries, problems } };
}

/** True when a CSV header names the IOC columns. */
export function isIocCsvHeader(header: readonly string[]): boolean {
  const cells = header.map((h) => h.trim().toLowerCase());
  return cells.includes('type') && cells.includes('value');
}

/** Reads the IOC CSV. */
export function parseIocCsv(text: string, fileName: string): ListParseResult {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true, info: true, trim: true });
  } catch (error) {
    return { ok: false, error: `${fileName}: not readable as CSV (${(error as Error).message})` };
  }
  return finish(records.map((r) => ({ row: r.record, where: `${fileName} line ${r.info.lines}` })), fileName, 'molehunt-ioc-csv');
}

/** The indicator objects of an IOC JSON document, or undefined when it is not one. */
export function iocJsonRows(value: unknown): IocRow[] | undefined {
  const list = Array.isArray(value) ? value : value !== null && typeof value === 'object' && Array.isArray((value as { iocs?: unknown }).iocs) ? (value as { iocs: unknown[] }).iocs : undefined;
  if (!list || list.length === 0) return undefined;
  return list.every((item) => item !== null && typeof item === 'object' && 'type' in item && 'value' in item) ? (list as IocRow[]) : undefined;
}

/** Reads the IOC JSON. */
export function parseIocJson(value: unknown, fileName: string): ListParseResult {
  const rows = iocJsonRows(value);
  if (!rows) return { ok: false, error: `${fileName}: expected a JSON array of {type, value, label, source, date} objects (or {"iocs": [...]})` };
  return finish(rows.map((row, i) => ({ row, where: `${fileName} item ${i + 1}` })), fileName, 'molehunt-ioc-json');
}
