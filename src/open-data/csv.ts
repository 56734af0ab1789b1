/** Writes RFC 4180 CSV, so spreadsheets and scripts read the data files the same way. */

export type Cell = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, quote, or line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole file: a header row, then one row per record, CRLF line ends as RFC 4180 asks. Starts with
 * a UTF-8 byte-order mark because Excel, which many readers use, otherwise misreads Chinese text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields, header has ${header.length}`);
    return row.map(csvField).join(',');
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
