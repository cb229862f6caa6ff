// CSV export that a spreadsheet opens as data: RFC 4180 quoting, and text cells that a spreadsheet
// would run as a formula (starting with =, +, -, @, tab or carriage return) neutralised with a
// leading apostrophe (OWASP "CSV injection").
import type {ColumnData, ColumnTable} from "./columnTable.js";

const formulaStart = /^[=+\-@\t\r]/;

/** One cell as CSV text: numbers as they are; text quoted when needed and neutralised when it starts like a formula. */
export function csvSafeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of records as spreadsheet-safe CSV (header, then one line per row, CRLF line ends): for small tables. */
export function csvSafe(rows: ArrayLike<Record<string, unknown>>, columns: string[]): string {
  const lines = [columns.map(csvSafeCell).join(",")];
  for (let i = 0; i < rows.length; ++i) lines.push(columns.map((c) => (Object.prototype.hasOwnProperty.call(rows[i], c) ? csvSafeCell(rows[i][c]) : "")).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** A column to append to an export: a name and one value per row (typed array or array). */
export interface ExtraColumn {
  name: string;
  values: ArrayLike<unknown>;
}

/** Options of {@link csvSafeTable}. */
export interface CsvSafeTableOptions {
  /** Columns appended after the table's; a name already taken gets a suffix (_2, _3…). Defaults to none. */
  extra?: ExtraColumn[];
  /** Date columns written as ISO text; defaults to true (false writes epoch milliseconds). */
  isoDates?: boolean;
}

/** A column table (plus extra columns) as spreadsheet-safe CSV parts, to join or hand to a Blob. */
export function csvSafeTable(table: ColumnTable, {extra = [], isoDates = true}: CsvSafeTableOptions = {}): {parts: string[]; columns: string[]} {
  const taken = new Set(table.columns);
  const extraNames = extra.map(({name}) => {
    let k = 2;
    let unique = name;
    while (taken.has(unique)) unique = `${name}_${k++}`;
    taken.add(unique);
    return unique;
  });
  const columns = [...table.columns, ...extraNames];
  const data: ArrayLike<unknown>[] = [...table.data, ...extra.map((e) => e.values)];
  const dates = [...table.types.map((t) => t === "date" && isoDates), ...extra.map(() => false)];
  const cell = (column: ArrayLike<unknown>, i: number, date: boolean): string => {
    const v = column[i];
    if (typeof v === "number") return Number.isFinite(v) ? (date ? new Date(v).toISOString() : String(v)) : "";
    return csvSafeCell(v);
  };
  const parts = [columns.map(csvSafeCell).join(",") + "\r\n"];
  const chunk = 10000;
  for (let start = 0; start < table.n; start += chunk) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(table.n, start + chunk); ++i) {
      let line = "";
      for (let j = 0; j < data.length; ++j) line += (j ? "," : "") + cell(data[j], i, dates[j]);
      lines.push(line);
    }
    parts.push(lines.join("\r\n") + "\r\n");
  }
  return {parts, columns};
}

/**
 * A short fingerprint of a table's content (FNV-1a-like, 2 × 32 bits, hex) over its column names and
 * every cell (numbers by their bits, text by its characters): the same data always gives the same
 * fingerprint, whatever file format carried it.
 */
export function tableFingerprint(table: Pick<ColumnTable, "n" | "columns" | "data">): string {
  let h1 = 0x811c9dc5;
  let h2 = (0x01000193 ^ table.n) >>> 0;
  const texts = (values: ArrayLike<string | null>, count: number): void => {
    for (let k = 0; k < count; ++k) {
      const s = values[k] ?? "";
      for (let i = 0; i < s.length; ++i) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      }
      h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
      h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    }
  };
  texts(table.columns, table.columns.length);
  const one = new Float64Array(1);
  const bits = new Uint32Array(one.buffer);
  for (const column of table.data as ColumnData[]) {
    if (column instanceof Float64Array) {
      let a = h1;
      let b = h2;
      for (let i = 0; i < column.length; ++i) {
        const v = column[i];
        // Every NaN (missing) and both zeros hash alike.
        one[0] = v !== v ? NaN : v === 0 ? 0 : v;
        a = Math.imul(a ^ bits[0], 0x01000193);
        b = Math.imul(b ^ bits[0], 0x5bd1e995);
        a = Math.imul(a ^ bits[1], 0x01000193);
        b = Math.imul(b ^ bits[1], 0x5bd1e995);
      }
      h1 = a;
      h2 = b;
    } else texts(column, table.n);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
