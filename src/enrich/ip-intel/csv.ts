/** Minimal RFC 4180 line splitter for the small curated CSVs (quoted fields, doubled quotes). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Rows of a CSV with a header line, as records keyed by the header; blank lines and `#` comments are skipped. */
export function parseCsvRecords(text: string): { line: number; record: Record<string, string> }[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: { line: number; record: Record<string, string> }[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = splitCsvLine(raw);
    if (!header) {
      header = cells.map((c) => c.trim());
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = (cells[i] ?? '').trim()));
    rows.push({ line: index + 1, record });
  });
  return rows;
}
