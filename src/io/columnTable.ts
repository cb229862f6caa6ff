// A loaded table held as columns, never as one object per row: a Float64Array per numeric or date
// column (NaN for a missing cell) and an array of text per other column. Column names are looked up
// by position, so a column called "__proto__" or "toString" is a column like any other.

/** A cell after typing: a number (dates as epoch milliseconds), a string, or null for a missing value. */
export type Cell = number | string | null;

/** "number" and "date" columns are Float64Arrays (dates in epoch ms); "string" columns hold text; "empty" ones only missing values. */
export type ColumnType = "number" | "date" | "string" | "empty";

/** One column's values: numbers (NaN = missing) or text (null = missing). */
export type ColumnData = Float64Array | (string | null)[];

/** A typed table, column by column: plain data that moves between threads as it is. */
export interface ColumnTable {
  n: number;
  columns: string[];
  types: ColumnType[];
  data: ColumnData[];
  /** Notes on what was changed or noticed while reading (renamed columns, encoding, values set aside…). */
  notes: string[];
}

/** A file we can't read, with a message written for the person who chose it. */
export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TableError";
  }
}

/** The values of the column called `name`, or undefined when there is none. */
export function columnOf(table: ColumnTable, name: string): ColumnData | undefined {
  const j = table.columns.indexOf(name);
  return j < 0 ? undefined : table.data[j];
}

/** The cell of row i, column j: a number, a string or null. */
export function cellAt(table: ColumnTable, i: number, j: number): Cell {
  const v = table.data[j][i];
  return typeof v === "number" ? (Number.isNaN(v) ? null : v) : (v ?? null);
}

/** Row i as a record with no prototype (a column named "__proto__" stays a column). For the few rows shown, never for every row. */
export function rowRecord(table: ColumnTable, i: number): Record<string, Cell> {
  const record = Object.create(null) as Record<string, Cell>;
  for (let j = 0; j < table.columns.length; ++j) record[table.columns[j]] = cellAt(table, i, j);
  return record;
}

/** Every row as a null-prototype record: for small tables and tests only. */
export function tableRows(table: ColumnTable): Record<string, Cell>[] {
  return Array.from({length: table.n}, (_, i) => rowRecord(table, i));
}

/** Bytes the table's columns take in memory, roughly (8 per number, ~2 per character plus 16 per text cell). */
export function tableBytes(table: ColumnTable): number {
  let bytes = 0;
  for (const column of table.data) {
    if (column instanceof Float64Array) bytes += column.byteLength;
    else for (let i = 0; i < column.length; i += 64) bytes += 64 * (16 + 2 * (column[i]?.length ?? 0));
  }
  return bytes;
}
