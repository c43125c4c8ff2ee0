/** Removes control characters (terminal escape sequences) from outside values before printing them. */
export function safeText(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

/** Renders rows as an aligned plain-text table; cells are sanitized and cut to `maxWidth`. */
export function textTable(header: readonly string[], rows: readonly (readonly unknown[])[], maxWidth = 60): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => {
      const text = safeText(cell).replace(/\s+/g, ' ');
      return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
    }),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}
