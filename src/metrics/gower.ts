// Gower's (1971) general coefficient of dissimilarity for mixed numeric and categorical columns,
// computed as R's cluster::daisy(x, metric = "gower") does (see test/unit/reference/gower-pam.R).
import type {Dissimilarity} from "../core/dissimilarity.js";

/** A cell of a mixed table: a number, a category, or missing (null, undefined, NaN, ""). */
export type MixedCell = number | string | boolean | null | undefined;

/**
 * The data given to {@link gower}: an array of records, or columns by name (a plain object of
 * arrays, a Map, or anything with an Arquero-style `array(name)` method).
 */
export type MixedData =
  | readonly Readonly<Record<string, MixedCell>>[]
  | Readonly<Record<string, ArrayLike<MixedCell>>>
  | ReadonlyMap<string, ArrayLike<MixedCell>>
  | {array(name: string): ArrayLike<MixedCell>; numRows(): number};

export interface GowerOptions {
  /** Columns compared as numbers, by |a − b| / range; defaults to none. */
  numeric?: readonly string[];
  /** Columns compared as categories, 0 if equal and 1 if not; defaults to none. */
  categorical?: readonly string[];
  /** Weight of each column, by name; defaults to 1 for every column. */
  weights?: Readonly<Record<string, number>>;
}

/**
 * Gower dissimilarities between the rows of a mixed table: for each pair, the weighted mean over
 * the columns present in both rows of |a − b| / range (numeric columns; a column whose values are
 * all equal has range 1, as in daisy) or of "differs" (categorical columns). A pair with no column
 * present in both rows gets NaN (daisy's NA). Returns the condensed dissimilarity (row i < j at
 * `n·i − i(i+1)/2 + j − i − 1`, scipy's `pdist` order), every value in [0, 1].
 */
export function gower(data: MixedData, {numeric = [], categorical = [], weights = {}}: GowerOptions = {}): Dissimilarity {
  const names = [...numeric, ...categorical];
  if (names.length === 0) throw new RangeError("gower: name at least one numeric or categorical column to compare rows on");
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new RangeError(`gower: column “${name}” is named twice; give each column one type`);
    seen.add(name);
  }
  const n = rowCount(data);
  if (n < 2) throw new RangeError(`gower: the table has ${n} row${n === 1 ? "" : "s"}; dissimilarities need at least 2`);
  const p = names.length;
  const values = new Float64Array(n * p); // column-major; NaN = missing
  const weight = new Float64Array(p);
  const isNumeric = new Uint8Array(p);
  for (let c = 0; c < p; ++c) {
    const name = names[c];
    const w = Object.hasOwn(weights, name) ? weights[name] : 1;
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw new RangeError(`gower: the weight of “${name}” is ${String(w)}; weights must be finite numbers ≥ 0`);
    weight[c] = w;
    const column = columnOf(data, name, n);
    if (c < numeric.length) {
      isNumeric[c] = 1;
      scaleNumeric(column, name, values.subarray(c * n, (c + 1) * n));
    } else {
      codeCategories(column, values.subarray(c * n, (c + 1) * n));
    }
  }
  const distances = new Float64Array((n * (n - 1)) / 2);
  let at = 0;
  for (let i = 0; i < n - 1; ++i) {
    for (let j = i + 1; j < n; ++j) {
      let total = 0;
      let present = 0;
      for (let c = 0; c < p; ++c) {
        const a = values[c * n + i];
        const b = values[c * n + j];
        if (a !== a || b !== b) continue; // missing in either row: the column does not count
        present += weight[c];
        if (isNumeric[c] === 1) total += weight[c] * Math.abs(a - b);
        else if (a !== b) total += weight[c];
      }
      distances[at++] = present === 0 ? NaN : total / present;
    }
  }
  return {n, distances};
}

function rowCount(data: MixedData): number {
  if (Array.isArray(data)) return data.length;
  if (data instanceof Map) {
    const first = data.values().next();
    return first.done ? 0 : first.value.length;
  }
  if (typeof (data as {numRows?: unknown}).numRows === "function") return (data as {numRows(): number}).numRows();
  const keys = Object.keys(data);
  return keys.length === 0 ? 0 : (data as Record<string, ArrayLike<MixedCell>>)[keys[0]].length;
}

function columnOf(data: MixedData, name: string, n: number): ArrayLike<MixedCell> {
  let column: ArrayLike<MixedCell> | undefined;
  if (Array.isArray(data)) {
    const rows = data as readonly Readonly<Record<string, MixedCell>>[];
    if (!rows.some((row) => row !== null && typeof row === "object" && Object.hasOwn(row, name))) throw new RangeError(`gower: no row has a column “${name}”`);
    column = rows.map((row) => (row !== null && typeof row === "object" && Object.hasOwn(row, name) ? row[name] : null));
  } else if (data instanceof Map) {
    column = data.get(name);
  } else if (typeof (data as {array?: unknown}).array === "function") {
    column = (data as {array(name: string): ArrayLike<MixedCell>}).array(name);
  } else if (Object.hasOwn(data, name)) {
    column = (data as Record<string, ArrayLike<MixedCell>>)[name];
  }
  if (column === undefined || column === null) throw new RangeError(`gower: the table has no column “${name}”`);
  if (column.length !== n) throw new RangeError(`gower: column “${name}” has ${column.length} values for ${n} rows`);
  return column;
}

function isMissing(v: MixedCell): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/** (x − min) / range into `out` (daisy scales before it subtracts); NaN for missing. */
function scaleNumeric(column: ArrayLike<MixedCell>, name: string, out: Float64Array): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < out.length; ++i) {
    const v = column[i];
    if (isMissing(v)) {
      out[i] = NaN;
      continue;
    }
    const x = typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : Number(String(v).trim());
    if (!Number.isFinite(x)) throw new TypeError(`gower: column “${name}” is numeric but row ${i + 1} holds “${String(v)}”; make it a categorical column or clean the value`);
    out[i] = x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const range = max > min ? max - min : 1;
  for (let i = 0; i < out.length; ++i) if (out[i] === out[i]) out[i] = (out[i] - min) / range;
}

/** Each category as a code 0, 1, … in order of appearance; NaN for missing. */
function codeCategories(column: ArrayLike<MixedCell>, out: Float64Array): void {
  const codes = new Map<string, number>();
  for (let i = 0; i < out.length; ++i) {
    const v = column[i];
    if (isMissing(v)) {
      out[i] = NaN;
      continue;
    }
    const key = String(v);
    let code = codes.get(key);
    if (code === undefined) codes.set(key, (code = codes.size));
    out[i] = code;
  }
}
