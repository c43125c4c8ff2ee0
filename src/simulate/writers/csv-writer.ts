/**
 * CSV text as HR, ATS, payroll, logistics and MDM exports write it: a header row, RFC 4180 quoting
 * where a value needs it, `\n` line ends. Values are the simulator's own synthetic data, written
 * verbatim (phone numbers such as `+1 512 555 0142` must stay readable to the ingesters).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (value: string | number | undefined): string => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/** `YYYY-MM-DD` of an instant. */
export const dateOnly = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** ISO 8601 UTC to the second, as most exports write times. */
export const isoSeconds = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
