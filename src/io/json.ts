// JSON text into columns: an array of records, an array of arrays with a header row, or an object
// holding one such array.
import {TableError, type ColumnTable} from "./columnTable.js";
import {cleanColumnNames} from "./columnNames.js";
import {stripBom} from "./decodeText.js";
import {typeValues} from "./typing.js";

/** Options of {@link parseJsonTable}. */
export interface ParseJsonOptions {
  /** Most columns accepted; defaults to 1,000. */
  maxColumns?: number;
}

const count = (n: number): string => n.toLocaleString("en-US");

/**
 * Turns JSON text into a table. Throws a TableError, with a message for the reader, when the text
 * isn't JSON, isn't one of the accepted shapes, is empty, or has more than `maxColumns` columns.
 */
export function parseJsonTable(input: string, {maxColumns = 1000}: ParseJsonOptions = {}): ColumnTable {
  const {text} = stripBom(input);
  if (text.trim() === "") throw new TableError("The file is empty: there is no JSON in it.");
  if (/^\s*\{/.test(text)) {
    // A one-object JSON is a table only when it holds exactly one array: count its keys and arrays
    // with a scan first, since parsing an object of a million keys takes seconds.
    const {keys, arrays} = topLevelShape(text);
    if (arrays !== 1 && keys > 1000) throw notATable(keys, arrays, []);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TableError(`The file isn't valid JSON (${(error as Error).message}).`);
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const arrays = keys.filter((k) => Array.isArray((value as Record<string, unknown>)[k]));
    if (arrays.length === 1) value = (value as Record<string, unknown>)[arrays[0]];
    else throw notATable(keys.length, arrays.length, arrays);
  }
  if (!Array.isArray(value)) throw new TableError("The JSON must be an array of records ([{\"a\": 1, …}, …]) or an object holding one such array.");
  if (value.length === 0) throw new TableError("The JSON array is empty: there are no rows.");
  const notes: string[] = [];
  const tooWide = (m: number): TableError =>
    new TableError(`The JSON has ${count(m)} columns; this page segments tables of up to ${count(maxColumns)} columns. Keep the columns that describe the rows' behaviour and load that.`);
  if (value.every(Array.isArray)) {
    const [header, ...body] = value as unknown[][];
    if (body.length === 0) throw new TableError("The JSON has a header row but no rows of data.");
    if (header.length > maxColumns) throw tooWide(header.length);
    const columns = cleanColumnNames(header, notes);
    const typed = columns.map((name, j) => typeValues(body.map((r) => r[j]), name, notes));
    return {n: body.length, columns, types: typed.map((t) => t.type), data: typed.map((t) => t.data), notes};
  }
  const records = value as Record<string, unknown>[];
  for (let i = 0; i < records.length; ++i) {
    const r = records[i];
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw new TableError(`Every item of the JSON array must be a record (an object of column: value); item ${count(i + 1)} is ${r === null ? "null" : Array.isArray(r) ? "an array" : typeof r}.`);
  }
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
      if (keys.length > maxColumns) throw tooWide(new Set(records.flatMap((x) => Object.keys(x))).size);
    }
  }
  if (keys.length === 0) throw new TableError("The JSON records have no fields.");
  const columns = cleanColumnNames(keys, notes);
  const own = Object.prototype.hasOwnProperty;
  const typed = keys.map((k, j) => typeValues(records.map((r) => (own.call(r, k) ? r[k] : null)), columns[j], notes));
  return {n: records.length, columns, types: typed.map((t) => t.type), data: typed.map((t) => t.data), notes};
}

function notATable(keys: number, arrays: number, names: string[]): TableError {
  return new TableError(
    `The JSON is one object with ${count(keys)} key${keys === 1 ? "" : "s"}${arrays > 1 ? ` and ${arrays} arrays${names.length ? ` (${names.slice(0, 3).map((k) => `“${k.slice(0, 30)}”`).join(", ")}${arrays > 3 ? ", …" : ""})` : ""}` : ""}, not a table. The page reads an array of records ([{"a": 1, …}, …]), an array of rows with a header row, or an object holding exactly one such array.`
  );
}

/** Keys and array values of the top-level object of JSON text, counted by a scan (strings skipped). */
function topLevelShape(text: string): {keys: number; arrays: number} {
  let depth = 0;
  let keys = 0;
  let arrays = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (depth === 1 && expectKey) {
        ++keys;
        expectKey = false;
      }
      for (++i; i < text.length; ++i) {
        const d = text.charCodeAt(i);
        if (d === 92) ++i;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (depth === 1 && c === 91) ++arrays;
      if (++depth === 1) expectKey = true;
    } else if (c === 125 || c === 93) --depth;
    else if (c === 44 && depth === 1) expectKey = true;
  }
  return {keys, arrays};
}
