// An Arrow table (apache-arrow's or flechette's, as decoded from an .arrow/.feather file or from
// Parquet by parquet-wasm) into columns. Dates and timestamps stay dates; 64-bit integers beyond 2^53
// keep their exact digits as text, with a note; dictionaries and strings become text.
import {TableError, type ColumnTable} from "./columnTable.js";
import {cleanColumnNames} from "./columnNames.js";
import {typeValues} from "./typing.js";

/** The parts of an Arrow vector this reader uses (apache-arrow has get, flechette at). */
export interface ArrowVector {
  length: number;
  nullCount: number;
  get?(i: number): unknown;
  at?(i: number): unknown;
  isValid?(i: number): boolean;
  toArray(): ArrayLike<unknown>;
}

/** The parts of an Arrow table this reader uses. */
export interface ArrowLike {
  numRows: number;
  schema: {fields: {name: string; type: {typeId: number; unit?: number}}[]};
  getChildAt(j: number): ArrowVector | null;
}

// Arrow's Type enum (stable across implementations).
const Int = 2, Float = 3, Decimal = 7, Date_ = 8, Timestamp = 10;
const maxExact = 2 ** 53;

/** Options of {@link arrowToTable}. */
export interface ArrowToTableOptions {
  /** Called with the share of columns done, for a progress bar. */
  onProgress?: (done: number) => void;
}

/** Converts an Arrow table into a column table. Throws a TableError when it has no rows or no columns. */
export function arrowToTable(table: ArrowLike, {onProgress}: ArrowToTableOptions = {}): ColumnTable {
  const fields = table.schema.fields;
  const n = table.numRows;
  if (fields.length === 0) throw new TableError("The file has no columns.");
  if (n === 0) throw new TableError("The file has no rows of data.");
  const notes: string[] = [];
  const columns = cleanColumnNames(fields.map((f) => f.name), notes);
  const types: ColumnTable["types"] = [];
  const data: ColumnTable["data"] = [];
  fields.forEach((field, j) => {
    const vector = table.getChildAt(j);
    if (!vector) throw new TableError(`Column ${j + 1} (“${field.name}”) can't be read: the file may be cut short.`);
    const get = vector.get ? (i: number) => vector.get!(i) : (i: number) => vector.at!(i);
    // nullCount is a getter that apache-arrow recomputes over every chunk: read it once, not per row.
    const nulls = vector.nullCount;
    const valid = (i: number): boolean => nulls === 0 || (vector.isValid ? vector.isValid(i) : get(i) !== null);
    const id = field.type.typeId;
    if (id === Int || id === Float || id === Decimal) {
      const raw = vector.toArray();
      const values = new Float64Array(n);
      let big = -1;
      for (let i = 0; i < n; ++i) {
        if (!valid(i)) {
          values[i] = NaN;
          continue;
        }
        const v = raw[i];
        if (typeof v === "bigint") {
          if ((v > maxExact || v < -maxExact) && big < 0) big = i;
          values[i] = Number(v);
        } else values[i] = Number(v);
      }
      if (big >= 0) {
        const typed = typeValues(Array.from({length: n}, (_, i) => (valid(i) ? raw[i] : null)), columns[j], notes);
        types.push(typed.type);
        data.push(typed.data);
      } else {
        const finite = values.every((v) => v !== v || Number.isFinite(v));
        if (!finite) notes.push(`Column “${columns[j]}” holds infinite values; they are treated as missing.`);
        if (!finite) for (let i = 0; i < n; ++i) if (!Number.isFinite(values[i])) values[i] = NaN;
        types.push(values.some((v) => v === v) ? "number" : "empty");
        data.push(values);
      }
    } else if (id === Date_ || id === Timestamp) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; ++i) {
        const v = valid(i) ? get(i) : null;
        values[i] = v === null || v === undefined ? NaN : v instanceof Date ? +v : Number(v);
      }
      types.push(values.some((v) => v === v) ? "date" : "empty");
      data.push(values);
    } else {
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; ++i) {
        const v = valid(i) ? get(i) : null;
        values[i] = v === null || v === undefined ? null : typeof v === "string" || typeof v === "bigint" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
      }
      const typed = typeValues(values, columns[j], notes);
      types.push(typed.type);
      data.push(typed.data);
    }
    onProgress?.((j + 1) / fields.length);
  });
  return {n, columns, types, data, notes};
}
