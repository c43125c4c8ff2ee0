import { parse } from 'csv-parse';
import type { RawItem } from './raw-item.js';

/** Header cells compared ignoring case, spaces, underscores, hyphens and dots. */
export function normalizeHeader(cell: string): string {
  return cell.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * Reads a CSV file with a header row. Each data row becomes a record mapping the header cells
 * (as written) to values. Rows with a different number of fields than the header, or with
 * broken quoting, become malformed items with their line; parsing continues after them.
 */
export async function* readCsv(text: AsyncIterable<string>): AsyncGenerator<RawItem> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
  });
  const skipped: RawItem[] = [];
  let index = 0;
  parser.on('skip', (error: Error & { lines?: number; raw?: string }) => {
    skipped.push({
      kind: 'malformed',
      text: error.raw ?? '',
      location: { line: error.lines ?? 0, index: index++ },
      reason: `invalid CSV: ${error.message}`,
    });
  });
  const feed = (async () => {
    try {
      for await (const chunk of text) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
    } finally {
      parser.end();
    }
  })();

  let header: string[] | undefined;
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
    yield* skipped.splice(0);
    const line = row.info.lines;
    const text = row.raw.replace(/\r?\n$/, '');
    if (!header) {
      header = row.record.map((cell) => cell.trim());
      continue;
    }
    const location = { line, index: index++ };
    if (row.record.length !== header.length) {
      yield {
        kind: 'malformed',
        text,
        location,
        reason: `row has ${row.record.length} fields but the header has ${header.length}`,
      };
      continue;
    }
    const value: Record<string, string> = {};
    header.forEach((cell, i) => (value[cell] = row.record[i] ?? ''));
    yield { kind: 'record', value, text, location };
  }
  await feed;
  yield* skipped.splice(0);
}

/** Reads only the header row (for format detection). */
export function sniffCsvHeader(head: string): string[] | undefined {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) return undefined;
  return firstLine.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
}
