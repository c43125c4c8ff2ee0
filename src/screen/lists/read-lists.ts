import { parse } from 'csv-parse/sync';
import type { DateBasis, ListFormat, ParsedWatchList } from '../watch-entry.js';
import { iocJsonRows, isIocCsvHeader, parseIocCsv, parseIocJson } from './ioc-list.js';
import { parseOfacAdvancedXml } from './ofac-advanced-xml.js';
import { ofacCsvRole, parseOfacCsv } from './ofac-sdn-csv.js';
import { parseOfacSdnXml } from './ofac-sdn-xml.js';
import { parseFtmLines } from './opensanctions-ftm.js';
import { isStixBundle, parseStixBundle } from './stix-bundle.js';
import { parseUnConsolidatedXml } from './un-consolidated-xml.js';
import { looksLikeWalletList, parseWalletLists } from './wallet-list.js';

/**
 * Format detection and grouping for `molehunt lists import`: every file is recognized from its content
 * (names only break ties); the parts of an OFAC CSV set become one list, and wallet files imported
 * together become one list. Dating follows one rule: the file's own date, else --date, else the newest
 * modification time of the list's files — and the basis is kept so it can be shown.
 */

/** A file as the edge read it. */
export interface ListFile {
  name: string;
  text: string;
  /** The file's modification day (YYYY-MM-DD), for undated lists. */
  mtime: string;
}

/** A list ready to store: parsed, named and dated. */
export interface DatedList extends ParsedWatchList {
  files: string[];
  date: string;
  date_basis: DateBasis;
  date_detail: string;
}

type Detected = { kind: 'ofac-csv' | 'wallet' } | { kind: 'single'; format: ListFormat; json?: unknown } | { kind: 'unknown'; why: string };

/** The first CSV row, quoted commas respected (`"PAK, Sang Man"` is one cell). */
function firstCsvRow(text: string): string[] {
  try {
    const rows = parse(text.split(/\r?\n/, 1)[0] ?? '', { relax_quotes: true, relax_column_count: true }) as string[][];
    return (rows[0] ?? []).map((c) => c.trim());
  } catch {
    return [];
  }
}

/** What one file is. */
export function detectListFile(name: string, text: string): Detected {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) {
    const head = body.slice(0, 4096);
    if (/<(\w+:)?sdnList[\s>]/.test(head)) return { kind: 'single', format: 'ofac-sdn-xml' };
    if (/<(\w+:)?Sanctions[\s>]/.test(head)) return { kind: 'single', format: 'ofac-sdn-advanced-xml' };
    if (/<CONSOLIDATED_LIST[\s>]/.test(head)) return { kind: 'single', format: 'un-consolidated-xml' };
    return { kind: 'unknown', why: 'XML, but not sdn.xml (<sdnList>), sdn_advanced.xml (<Sanctions>) or the UN list (<CONSOLIDATED_LIST>)' };
  }
  if (body.startsWith('{') || body.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      const first = body.split(/\r?\n/, 1)[0]!;
      try {
        const entity = JSON.parse(first) as Record<string, unknown>;
        if (entity && typeof entity === 'object' && 'schema' in entity && 'properties' in entity) return { kind: 'single', format: 'opensanctions-ftm' };
      } catch {
        // fall through: not JSON lines either
      }
      return { kind: 'unknown', why: 'starts like JSON but is not valid JSON or FollowTheMoney JSON lines' };
    }
    if (isStixBundle(json)) return { kind: 'single', format: 'stix-2.1', json };
    if (iocJsonRows(json)) return { kind: 'single', format: 'molehunt-ioc-json', json };
    if (json && typeof json === 'object' && 'schema' in json && 'properties' in json) return { kind: 'single', format: 'opensanctions-ftm' };
    if (looksLikeWalletList(body, name)) return { kind: 'wallet' };
    return { kind: 'unknown', why: 'JSON, but not a STIX bundle, an IOC array ({type, value}), a FollowTheMoney entity or an array of wallet addresses' };
  }
  const row = firstCsvRow(body);
  if (ofacCsvRole(name, row)) return { kind: 'ofac-csv' };
  if (isIocCsvHeader(row)) return { kind: 'single', format: 'molehunt-ioc-csv' };
  if (looksLikeWalletList(body, name)) return { kind: 'wallet' };
  return { kind: 'unknown', why: 'not an OFAC CSV (sdn/alt/add/comments), an IOC CSV (header with type,value) or a wallet list (one address per line)' };
}

function parseSingle(file: ListFile, format: ListFormat, json: unknown) {
  switch (format) {
    case 'ofac-sdn-xml':
      return parseOfacSdnXml(file.text, file.name);
    case 'ofac-sdn-advanced-xml':
      return parseOfacAdvancedXml(file.text, file.name);
    case 'un-consolidated-xml':
      return parseUnConsolidatedXml(file.text, file.name);
    case 'opensanctions-ftm':
      return parseFtmLines(file.text, file.name);
    case 'stix-2.1':
      return parseStixBundle(json, file.name);
    case 'molehunt-ioc-json':
      return parseIocJson(json, file.name);
    default:
      return parseIocCsv(file.text, file.name);
  }
}

const latest = (files: readonly ListFile[]): string => files.map((f) => f.mtime).sort().pop() ?? '';

function dated(list: ParsedWatchList, files: readonly ListFile[], flagDate: string | undefined): DatedList {
  const names = files.map((f) => f.name);
  if (list.published) return { ...list, files: names, date: list.published.date, date_basis: 'file', date_detail: `from the file: ${list.published.detail}` };
  if (flagDate) return { ...list, files: names, date: flagDate, date_basis: 'flag', date_detail: 'from --date (the file carries no date)' };
  return { ...list, files: names, date: latest(files), date_basis: 'mtime', date_detail: 'the file\'s modification time (the file carries no date; pass --date)' };
}

/** Reads every file into lists; any file that cannot be read makes the whole import an error. */
export function readWatchLists(files: readonly ListFile[], flagDate?: string): { ok: true; lists: DatedList[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const ofac: ListFile[] = [];
  const wallets: ListFile[] = [];
  const lists: DatedList[] = [];
  for (const file of files) {
    const detected = detectListFile(file.name, file.text);
    if (detected.kind === 'unknown') errors.push(`${file.name}: not a recognized watch-list format — ${detected.why}. See docs/screening.md for the formats.`);
    else if (detected.kind === 'ofac-csv') ofac.push(file);
    else if (detected.kind === 'wallet') wallets.push(file);
    else if (detected.kind === 'single') {
      const result = parseSingle(file, detected.format, detected.json);
      if (result.ok) lists.push(dated(result.list, [file], flagDate));
      else errors.push(result.error);
    }
  }
  for (const [group, parse] of [[ofac, parseOfacCsv], [wallets, parseWalletLists]] as const) {
    if (group.length === 0) continue;
    const result = parse(group);
    if (result.ok) lists.push(dated(result.list, group, flagDate));
    else errors.push(result.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lists };
}
