// A workbook's sheets (as exceljs gives their cell values) into a column table: the first sheet that
// holds a table, its header found below any title rows, formulas by their saved result, error cells
// (#DIV/0!…) and formulas without a saved result as missing values, each said in a note.
import {TableError, type ColumnTable} from "./columnTable.js";
import {cleanColumnNames} from "./columnNames.js";
import {typeValues} from "./typing.js";

/** A sheet: its name and rows of raw cell values (exceljs `row.values` without the leading hole). */
export interface SheetRows {
  name: string;
  rows: unknown[][];
}

/** Options of {@link sheetsToTable}. */
export interface SheetsToTableOptions {
  /** Most columns accepted; defaults to 1,000. */
  maxColumns?: number;
}

const count = (n: number): string => n.toLocaleString("en-US");

/** One cell's value: formulas by their saved result, rich text as text; error cells and unsaved formulas as markers. */
function cellValue(v: unknown, tally: {errors: number; unsaved: number; firstError: string}): unknown {
  if (v === null || v === undefined || typeof v !== "object" || v instanceof Date) return v ?? null;
  const o = v as Record<string, unknown>;
  if ("error" in o) {
    ++tally.errors;
    tally.firstError ||= String(o.error);
    return null;
  }
  if ("formula" in o || "sharedFormula" in o) {
    if (o.result === undefined || o.result === null) {
      ++tally.unsaved;
      return null;
    }
    return cellValue(o.result, tally);
  }
  if (Array.isArray(o.richText)) return (o.richText as {text?: string}[]).map((r) => r.text ?? "").join("");
  if ("text" in o) return cellValue(o.text, tally);
  return JSON.stringify(o);
}

const filled = (row: unknown[]): number => row.reduce<number>((k, v) => k + (v === null || v === undefined || v === "" ? 0 : 1), 0);

/**
 * Picks the first sheet with a table (two or more rows and columns), finds its header — the first of
 * the top 30 rows that is as wide as the widest of them and mostly text — and types the rows below.
 * Throws a TableError when no sheet holds a table or the header has no rows below it.
 */
export function sheetsToTable(sheets: SheetRows[], {maxColumns = 1000}: SheetsToTableOptions = {}): ColumnTable {
  const notes: string[] = [];
  const index = sheets.findIndex((s) => s.rows.filter((r) => filled(r) >= 2).length >= 2);
  if (index < 0) {
    throw new TableError(sheets.length === 0 ? "The workbook has no sheets." : `None of the workbook's ${sheets.length} sheet${sheets.length === 1 ? "" : "s"} (${sheets.map((s) => `“${s.name}”`).join(", ")}) holds a table of at least two rows and two columns.`);
  }
  const sheet = sheets[index];
  if (index > 0) notes.push(`Sheet ${index + 1} (“${sheet.name}”) was read: the sheet${index > 1 ? "s" : ""} before it hold${index > 1 ? "" : "s"} no table.`);
  const rows = sheet.rows.filter((r) => filled(r) > 0);
  const top = rows.slice(0, 30);
  const widest = Math.max(...top.map(filled));
  let h = top.findIndex((r) => filled(r) >= widest && r.filter((v) => typeof v === "string" || (v !== null && typeof v === "object" && !(v instanceof Date))).length >= filled(r) / 2);
  if (h < 0) h = top.findIndex((r) => filled(r) >= widest);
  if (h > 0) notes.push(`${h} row${h === 1 ? "" : "s"} above the header (${rows.slice(0, h).map((r) => `“${String(r.find((v) => v !== null && v !== undefined && v !== "")).slice(0, 40)}”`).join(", ")}) ${h === 1 ? "was" : "were"} skipped: the header is row ${h + 1} of the sheet's filled rows.`);
  const tally = {errors: 0, unsaved: 0, firstError: ""};
  const header = rows[h].map((v) => cellValue(v, tally));
  const body = rows.slice(h + 1);
  if (body.length === 0) throw new TableError(`The sheet “${sheet.name}” has a header but no rows of data.`);
  const width = Math.max(header.length, ...body.map((r) => r.length));
  if (width > maxColumns) throw new TableError(`The sheet “${sheet.name}” has ${count(width)} columns; this page segments tables of up to ${count(maxColumns)} columns. Keep the columns you need and load that.`);
  const columns = cleanColumnNames(Array.from({length: width}, (_, j) => header[j]), notes);
  const typed = columns.map((name, j) => typeValues(body.map((r) => cellValue(r[j], tally)), name, notes));
  if (tally.errors) notes.push(`${count(tally.errors)} cell${tally.errors === 1 ? " holds" : "s hold"} an Excel error (such as ${tally.firstError}); ${tally.errors === 1 ? "it is" : "they are"} treated as missing.`);
  if (tally.unsaved) notes.push(`${count(tally.unsaved)} cell${tally.unsaved === 1 ? " holds a formula" : "s hold formulas"} without a saved result (the file was written by a program that doesn't compute them); ${tally.unsaved === 1 ? "it is" : "they are"} treated as missing. Open and save the file in Excel to store the results.`);
  return {n: body.length, columns, types: typed.map((t) => t.type), data: typed.map((t) => t.data), notes};
}
