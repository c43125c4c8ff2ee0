import { parse } from 'csv-parse/sync';
import type { ListParseResult, WatchEntry, WatchKind } from '../watch-entry.js';
import { addUnique, listCountry } from './list-values.js';
import { parseOfacRemarks } from './ofac-remarks.js';

/**
 * OFAC's legacy CSV set (SDN and the consolidated non-SDN list share it): no header row, `-0- ` for
 * null, CRLF line ends and a 0x1A end-of-file byte. `sdn.csv` has 12 columns (ent_num, SDN_Name,
 * SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks);
 * `alt.csv` 5 (ent_num, alt_num, alt_type, alt_name, alt_remarks); `add.csv` 6 (ent_num, add_num,
 * address, city/state/postal, country, add_remarks); `sdn_comments.csv` 2 (ent_num, the rest of a
 * Remarks text that did not fit). Everything joins on ent_num.
 */

/** The role of one file of the set. */
export type OfacCsvRole = 'sdn' | 'alt' | 'add' | 'comments';

/** One file of the set. */
export interface OfacCsvFile {
  name: string;
  text: string;
}

const COLUMNS: Record<OfacCsvRole, number> = { sdn: 12, alt: 5, add: 6, comments: 2 };

const EOF_BYTE = new RegExp(`${String.fromCharCode(0x1a)}[\\s${String.fromCharCode(0x1a)}]*$`);

/** Rows of one file: `-0-` cells become empty; the 0x1A byte is dropped. */
function rowsOf(text: string): { cells: string[]; line: number }[] | string {
  try {
    // OFAC ends each file with the DOS end-of-file byte 0x1A.
    const rows = parse(text.replace(EOF_BYTE, ''), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map((r) => ({ cells: r.record.map((c) => (c.trim() === '-0-' ? '' : c.trim())), line: r.info.lines }));
  } catch (error) {
    return (error as Error).message;
  }
}

/** The role of a file, from its name or else its shape: the column count and the type column. */
export function ofacCsvRole(name: string, firstRow: readonly string[]): OfacCsvRole | undefined {
  const base = name.toLowerCase().replace(/^.*[\\/]/, '');
  if (/^(sdn|cons_prim)\.csv$/.test(base)) return 'sdn';
  if (/^(alt|cons_alt)\.csv$/.test(base)) return 'alt';
  if (/^(add|cons_add)\.csv$/.test(base)) return 'add';
  if (/^(sdn_comments|cons_comments)\.csv$/.test(base)) return 'comments';
  if (!/^\d+$/.test(firstRow[0]?.trim() ?? '')) return undefined;
  const type = (firstRow[2] ?? '').trim().toLowerCase();
  if (firstRow.length === 12 && /^(individual|vessel|aircraft|-0-)$/.test(type)) return 'sdn';
  if (firstRow.length === 5 && /^(aka|fka|nka)$/.test(type)) return 'alt';
  if (firstRow.length === 6 && /^\d+$/.test(firstRow[1]?.trim() ?? '')) return 'add';
  return undefined;
}

const KINDS: Record<string, WatchKind> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft', '': 'organization' };

/** Reads a set of OFAC legacy CSV files (sdn.csv required; alt, add, comments optional). */
export function parseOfacCsv(files: readonly OfacCsvFile[]): ListParseResult {
  const byRole = new Map<OfacCsvRole, { name: string; rows: { cells: string[]; line: number }[] }>();
  for (const file of files) {
    const rows = rowsOf(file.text);
    if (typeof rows === 'string') return { ok: false, error: `${file.name}: not readable as CSV (${rows})` };
    const role = ofacCsvRole(file.name, rows[0]?.cells ?? []);
    if (!role) return { ok: false, error: `${file.name}: not an OFAC sdn/alt/add/comments CSV (first row has ${rows[0]?.cells.length ?? 0} columns)` };
    if (byRole.has(role)) return { ok: false, error: `${file.name}: a second ${role} file in one import (import one list at a time)` };
    byRole.set(role, { name: file.name, rows });
  }
  const sdn = byRole.get('sdn');
  if (!sdn) return { ok: false, error: `${files.map((f) => f.name).join(', ')}: alt.csv, add.csv and sdn_comments.csv only add to an sdn.csv — import them together with it` };
  const problems: string[] = [];
  const wrongWidth = (role: OfacCsvRole, name: string, row: { cells: string[]; line: number }) => {
    if (row.cells.length === COLUMNS[role] && /^\d+$/.test(row.cells[0] ?? '')) return false;
    problems.push(`${name} line ${row.line}: expected ${COLUMNS[role]} columns starting with a numeric ent_num, got ${row.cells.length} (${JSON.stringify(row.cells[0] ?? '').slice(0, 20)})`);
    return true;
  };
  const extra = new Map<string, string>();
  const comments = byRole.get('comments');
  for (const row of comments?.rows ?? []) if (!wrongWidth('comments', comments!.name, row)) extra.set(row.cells[0]!, (extra.get(row.cells[0]!) ?? '') + row.cells[1]!);

  const entries = new Map<string, WatchEntry>();
  for (const row of sdn.rows) {
    if (wrongWidth('sdn', sdn.name, row)) continue;
    const [ent, name, type, program, title, , , , , flag, , remarks] = row.cells as [string, string, string, string, string, string, string, string, string, string, string, string];
    if (!name) {
      problems.push(`${sdn.name} line ${row.line}: ent_num ${ent} has no SDN_Name`);
      continue;
    }
    const facts = parseOfacRemarks(remarks + (extra.get(ent) ?? ''));
    const entry: WatchEntry = {
      id: `ofac:${ent}`,
      kind: KINDS[type.toLowerCase()] ?? 'unknown',
      names: [{ value: name, type: 'primary' }, ...facts.aliases],
      programs: program.split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      birth_dates: facts.birth_dates,
      countries: facts.countries,
      identifiers: facts.identifiers,
      ...(title ? { label: title } : {}),
      source: `${sdn.name} ent_num ${ent}`,
    };
    addUnique(entry.countries, listCountry(flag));
    entries.set(ent, entry);
  }
  const alt = byRole.get('alt');
  for (const row of alt?.rows ?? []) {
    if (wrongWidth('alt', alt!.name, row)) continue;
    const entry = entries.get(row.cells[0]!);
    const value = row.cells[3]!;
    if (!entry) problems.push(`${alt!.name} line ${row.line}: ent_num ${row.cells[0]} is not in ${sdn.name}`);
    else if (value && !entry.names.some((n) => n.value === value)) entry.names.push({ value, type: /weak/i.test(row.cells[4] ?? '') ? 'weak' : 'alias' });
  }
  const add = byRole.get('add');
  for (const row of add?.rows ?? []) {
    if (wrongWidth('add', add!.name, row)) continue;
    const entry = entries.get(row.cells[0]!);
    if (!entry) problems.push(`${add!.name} line ${row.line}: ent_num ${row.cells[0]} is not in ${sdn.name}`);
    else addUnique(entry.countries, listCountry(row.cells[4]));
  }
  if (entries.size === 0) return { ok: false, error: `${sdn.name}: no entries read${problems.length > 0 ? ` (${problems[0]})` : ''}` };
  const consolidated = /cons_/i.test(sdn.name);
  // The CSV set carries no publication date: the caller dates it from --date or the file.
  return { ok: true, list: { format: 'ofac-sdn-csv', title: consolidated ? 'ofac-consolidated' : 'ofac-sdn', entries: [...entries.values()], problems } };
}
