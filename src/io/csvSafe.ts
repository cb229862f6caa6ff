// CSV export that a spreadsheet opens as data: RFC 4180 quoting, and text cells that a spreadsheet
// would run as a formula (starting with =, +, -, @, tab or carriage return) neutralised with a
// leading apostrophe (OWASP "CSV injection").

const formulaStart = /^[=+\-@\t\r]/;

/** One cell as CSV text: numbers as they are; text quoted when needed and neutralised when it starts like a formula. */
export function csvSafeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table as spreadsheet-safe CSV (header, then one line per row, CRLF line ends). */
export function csvSafe(rows: ArrayLike<Record<string, unknown>>, columns: string[]): string {
  const lines = [columns.map(csvSafeCell).join(",")];
  for (let i = 0; i < rows.length; ++i) lines.push(columns.map((c) => csvSafeCell(rows[i][c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/**
 * A short fingerprint of a table's content (FNV-1a, 2 × 32 bits, hex) over its column names and
 * every cell: the same data always gives the same fingerprint, so a saved analysis can tell whether
 * it is looking at the data it was run on.
 */
export function tableFingerprint(rows: ArrayLike<Record<string, unknown>>, columns: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = (0x01000193 ^ rows.length) >>> 0;
  const cells: string[] = [...columns];
  for (let i = 0; i < rows.length; ++i) for (const c of columns) cells.push(String(rows[i][c] ?? ""));
  for (const s of cells) {
    for (let i = 0; i < s.length; ++i) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
