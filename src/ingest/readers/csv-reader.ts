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
    // Strict quoting would, after a quote followed by other text (`"Doe, Jane" ,`), stay "inside the
    // quotes" and swallow the rest of the file; relaxed, such rows are caught by WELL_QUOTED below.
    relax_quotes: true,
    info: true,
    raw: true,
  });
  // Parse errors arrive as events, possibly before records parsed earlier have been read from the
  // stream: `records` (records parsed before the error) puts each back in file order.
  const skipped: { records: number; raw: string; lines: number; reason: string }[] = [];
  let index = 0;
  // csv-parse reports the line a record ends on, counting each \r and \n it passes (so a CRLF inside a
  // quoted field counts twice; `crlf` is how many lines it over-counted so far) but not the last one.
  let crlf = 0;
  const startLine = (endLine: number, raw: string): number => {
    const body = raw.replace(/^[\r\n]+/, '').replace(/[\r\n]$/, '');
    const line = endLine - (body.match(/[\r\n]/g)?.length ?? 0) - crlf;
    crlf += body.split('\r\n').length - 1;
    return Math.max(0, line);
  };
  parser.on('skip', (error: Error & { lines?: number; raw?: string; records?: number }) => {
    skipped.push({
      records: error.records ?? 0,
      raw: error.raw ?? '',
      lines: error.lines ?? 0,
      reason: `invalid CSV: ${error.message}`,
    });
  });
  function* skippedBefore(records: number): Generator<RawItem> {
    while (skipped.length > 0 && skipped[0]!.records < records) {
      const { raw, lines, reason } = skipped.shift()!;
      yield { kind: 'malformed', text: recordText(raw), location: { line: startLine(lines, raw), index: index++ }, reason };
    }
  }
  const feed = (async () => {
    try {
      for await (const chunk of text) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
    } finally {
      parser.end();
    }
  })();

  let header: string[] | undefined;
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number }; raw: string }>) {
    yield* skippedBefore(row.info.records);
    const text = recordText(row.raw);
    const line = startLine(row.info.lines, row.raw);
    if (!header) {
      header = row.record.map((cell) => cell.trim());
      continue;
    }
    const location = { line, index: index++ };
    if (!WELL_QUOTED.test(text)) {
      yield { kind: 'malformed', text, location, reason: 'invalid CSV: a quote opens or closes a field in the wrong place' };
      continue;
    }
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
    yield { kind: 'record', value, text, json: JSON.stringify(value), location };
  }
  await feed;
  yield* skippedBefore(Infinity);
}

/** A record whose fields are each either unquoted without quotes, or fully quoted with `""` escapes. */
const WELL_QUOTED = /^(?:"(?:[^"]|"")*"|[^",]*)(?:,(?:"(?:[^"]|"")*"|[^",]*))*$/;

/**
 * The record's own text from csv-parse's raw text, which starts with any skipped empty lines and ends
 * with the record delimiter (or only its first character, `\r` of `\r\n`).
 */
function recordText(raw: string): string {
  return raw.replace(/^[\r\n]+/, '').replace(/(?:\r\n|\r|\n)$/, '');
}

/** Reads only the header row (for format detection). */
export function sniffCsvHeader(head: string): string[] | undefined {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) return undefined;
  return firstLine.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
}
