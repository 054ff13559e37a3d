// CSV (RFC 4180) for ledger exports: CRLF line ends, fields quoted when they hold a comma, quote or line break.

/** Spreadsheets run a cell starting with one of these as a formula; text fields get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null, options: { text?: boolean } = {}): string {
  if (value === null) return '';
  let field = String(value);
  if (options.text && FORMULA_START.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Rows to a CSV document; `textColumns` are free text written by people (guarded against formula injection). */
export function toCsv(
  header: readonly string[],
  rows: readonly (string | number | null)[][],
  textColumns: ReadonlySet<number> = new Set(),
): string {
  const line = (row: readonly (string | number | null)[]) =>
    row.map((value, column) => csvField(value, { text: textColumns.has(column) })).join(',');
  return [line(header), ...rows.map(line)].map((row) => `${row}\r\n`).join('');
}
