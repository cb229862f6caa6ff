// From a typed table to the matrix an algorithm sees: chosen numeric columns, categorical columns
// one-hot encoded, missing values dropped or imputed (and counted), then scaled.
import {standardize} from "./standardize.js";
import {minMaxScale} from "./minMaxScale.js";
import {robustScale} from "./robustScale.js";

export type MissingStrategy = "drop" | "mean" | "median";
export type ScalingMethod = "standard" | "minmax" | "robust" | "none";

/** Options of {@link prepareFeatures}. */
export interface PrepareOptions {
  /** Numeric columns used as they are (before scaling). */
  numeric?: string[];
  /** Text columns turned into one 0/1 column per value ("column = value"). */
  categorical?: string[];
  /** What to do with a row missing a chosen value: "drop" the row, or fill numeric cells with the column "mean" or "median" (text cells with the most frequent value); defaults to "drop". */
  missing?: MissingStrategy;
  /** How columns are put on a common scale; defaults to "standard" (z-scores). */
  scaling?: ScalingMethod;
  /** Most distinct values a categorical column may have; defaults to 30. */
  maxCategories?: number;
}

/** The prepared features: a plain, JSON-ready object. */
export interface PreparedFeatures {
  /** Scaled feature rows, one per kept row. */
  X: number[][];
  /** The same rows before scaling (one-hot columns included). */
  raw: number[][];
  /** Names of the feature columns (one-hot columns as "column = value"). */
  features: string[];
  /** Index in the table of each kept row. */
  rowIndex: number[];
  /** Rows dropped for a missing value ("drop" only). */
  droppedRows: number;
  /** Cells filled in, per column ("mean"/"median" only). */
  imputed: Record<string, number>;
  /** The value each imputed column was filled with. */
  fill: Record<string, number | string>;
  center: number[];
  scale: number[];
  missing: MissingStrategy;
  scaling: ScalingMethod;
}

/** A table given column by column (a ColumnTable from src/io): names, row count and one array of values per column. */
export interface ColumnSource {
  n: number;
  columns: string[];
  data: ArrayLike<unknown>[];
}

/** The table as columns, whether given as records or as a ColumnSource. */
export function columnSource(data: ArrayLike<Record<string, unknown>> | ColumnSource): ColumnSource {
  if ("columns" in data && "data" in data && typeof (data as ColumnSource).n === "number") return data as ColumnSource;
  const rows = data as ArrayLike<Record<string, unknown>>;
  const n = rows.length;
  const own = Object.prototype.hasOwnProperty;
  const columns = n ? Object.keys(rows[0]) : [];
  return {n, columns, data: columns.map((c) => Array.from({length: n}, (_, i) => (own.call(rows[i], c) ? rows[i][c] : undefined)))};
}

/** A finite number (a cell a numeric feature can use). */
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** A cell that holds a value: not null, undefined, "" or NaN. */
export const present = (v: unknown): boolean => v !== null && v !== undefined && v !== "" && !(typeof v === "number" && Number.isNaN(v));

/** The middle value, or the mean of the two middle ones (the fill value of the "median" rule). */
export function median(values: number[]): number {
  const s = Float64Array.from(values).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Builds the feature matrix. Throws a RangeError, with a message for the reader, when no column is
 * chosen, a chosen column is missing from the rows or holds text where a number is expected, a
 * categorical column has more than `maxCategories` values, or fewer than 2 rows remain.
 */
export function prepareFeatures(
  data: ArrayLike<Record<string, unknown>> | ColumnSource,
  {numeric = [], categorical = [], missing = "drop", scaling = "standard", maxCategories = 30}: PrepareOptions = {}
): PreparedFeatures {
  const source = columnSource(data);
  const n = source.n;
  if (numeric.length + categorical.length === 0) throw new RangeError("Choose at least one feature column.");
  if (n === 0) throw new RangeError("There are no rows to prepare.");
  for (const c of [...numeric, ...categorical]) {
    if (!source.columns.includes(c)) throw new RangeError(`There is no column “${c}” in the data.`);
  }
  const columnData = new Map([...numeric, ...categorical].map((c) => [c, source.data[source.columns.indexOf(c)]]));
  const rows = {
    length: n,
    col: (c: string): ArrayLike<unknown> => columnData.get(c)!
  };
  for (const c of numeric) {
    const column = rows.col(c);
    for (let i = 0; i < n; ++i) {
      const v = column[i];
      if (present(v) && !isNumber(v)) throw new RangeError(`Column “${c}” holds text (row ${i + 1}: “${String(v).slice(0, 40)}”); use it as a categorical column instead.`);
    }
  }
  const fill: Record<string, number | string> = {};
  const imputed: Record<string, number> = {};
  let keep: number[] = [];
  if (missing === "drop") {
    const chosen = [...numeric, ...categorical].map((c) => rows.col(c));
    for (let i = 0; i < n; ++i) if (chosen.every((column) => present(column[i]))) keep.push(i);
  } else if (missing === "mean" || missing === "median") {
    keep = Array.from({length: n}, (_, i) => i);
    for (const c of numeric) {
      const values: number[] = [];
      const column = rows.col(c);
      for (let i = 0; i < n; ++i) if (isNumber(column[i])) values.push(column[i] as number);
      if (values.length === 0) throw new RangeError(`Column “${c}” has no values to compute a ${missing} from.`);
      if (values.length < n) {
        fill[c] = missing === "mean" ? values.reduce((a, b) => a + b, 0) / values.length : median(values);
        imputed[c] = n - values.length;
      }
    }
    for (const c of categorical) {
      const counts = new Map<string, number>();
      let m = 0;
      const column = rows.col(c);
      for (let i = 0; i < n; ++i) {
        const v = column[i];
        if (present(v)) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
        else ++m;
      }
      if (m > 0 && counts.size) {
        fill[c] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
        imputed[c] = m;
      }
    }
  } else {
    throw new RangeError(`unknown missing-value strategy: ${String(missing)}; use "drop", "mean" or "median"`);
  }
  if (keep.length < 2) {
    throw new RangeError(`Only ${keep.length} row${keep.length === 1 ? "" : "s"} ${missing === "drop" ? "have every chosen value" : "remain"}; at least 2 are needed. Try filling missing values instead of dropping rows.`);
  }
  const value = (i: number, c: string): unknown => {
    const v = rows.col(c)[i];
    return present(v) ? v : fill[c];
  };
  const levels = categorical.map((c) => {
    const set = new Set<string>();
    for (const i of keep) set.add(String(value(i, c)));
    if (set.size > maxCategories) throw new RangeError(`Column “${c}” has ${set.size} different values, more than ${maxCategories}; one-hot encoding it would add ${set.size} columns. Leave it out or group its values first.`);
    return [...set].sort();
  });
  const features = [...numeric, ...categorical.flatMap((c, j) => levels[j].map((l) => `${c} = ${l}`))];
  const raw = keep.map((i) => {
    const row = numeric.map((c) => value(i, c) as number);
    categorical.forEach((c, j) => {
      const v = String(value(i, c));
      for (const l of levels[j]) row.push(v === l ? 1 : 0);
    });
    return row;
  });
  // Values near the largest double (1e307) overflow in a sum of squares: such a column is divided by
  // its largest magnitude first, which leaves z-scores, min–max and robust scaling unchanged.
  const huge = features.map((_, j) => raw.reduce((m, r) => Math.max(m, Math.abs(r[j])), 0)).map((m) => (m > 1e150 ? m : 1));
  if (huge.some((m) => m !== 1)) {
    if (scaling === "none") {
      const j = huge.findIndex((m) => m !== 1);
      throw new RangeError(`Column “${features[j]}” holds values as large as ${huge[j].toExponential(1)}; distances between them overflow. Choose a scaling (standard, min–max or robust) or divide the column by a power of ten.`);
    }
    for (const r of raw) for (let j = 0; j < r.length; ++j) r[j] /= huge[j];
  }
  let X: number[][];
  let center: number[];
  let scale: number[];
  switch (scaling) {
    case "standard":
      ({data: X, center, scale} = standardize(raw));
      break;
    case "minmax":
      ({data: X, center, scale} = minMaxScale(raw));
      break;
    case "robust":
      ({data: X, center, scale} = robustScale(raw));
      break;
    case "none":
      X = raw.map((r) => r.slice());
      center = features.map(() => 0);
      scale = features.map(() => 1);
      break;
    default: {
      const never: never = scaling;
      throw new RangeError(`unknown scaling: ${String(never)}; use "standard", "minmax", "robust" or "none"`);
    }
  }
  if (huge.some((m) => m !== 1)) {
    for (const r of raw) for (let j = 0; j < r.length; ++j) r[j] *= huge[j];
    center = center.map((c, j) => c * huge[j]);
    scale = scale.map((v, j) => v * huge[j]);
  }
  return {X, raw, features, rowIndex: keep, droppedRows: missing === "drop" ? n - keep.length : 0, imputed, fill, center, scale, missing, scaling};
}
