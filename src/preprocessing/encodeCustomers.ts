import {applyScaling} from "./applyScaling.js";
import {hourCircle} from "./circularHour.js";
import {minMaxScale} from "./minMaxScale.js";
import {robustScale} from "./robustScale.js";
import {standardize} from "./standardize.js";

/** How columns are put on a common footing before distances are measured. */
export type CustomerScaling = "standardize" | "min-max" | "robust" | "none";

/** How the hour-of-day column enters the distances: as a plain number, or as a point on the clock face. */
export type HourEncoding = "number" | "circle";

/** Options of {@link encodeCustomers}. */
export interface EncodeCustomersOptions {
  /** Column names of X, in order; required. */
  columns: string[];
  /** Name of the hour-of-day column (0–23); defaults to "peak_ordering_time". Absent: no hour handling. */
  hourColumn?: string;
  /** Encoding of the hour; defaults to "number". */
  hour?: HourEncoding;
  /** Scaling of every column; defaults to "standardize" (z-scores, population std). */
  scaling?: CustomerScaling;
}

/** Result of {@link encodeCustomers}. */
export interface EncodedCustomers {
  /** The rows the clustering sees. */
  data: number[][];
  /** Names of its columns (the hour becomes `<hour>_sin` and `<hour>_cos` on the circle). */
  columns: string[];
  /** Subtracted from each encoded column. */
  center: number[];
  /** Divides each encoded column. */
  scale: number[];
  /** Encodes and scales new raw rows exactly as the data was (the fit is not redone). */
  transform: (rows: number[][]) => number[][];
}

/**
 * Customer rows ready for distances: the hour column kept as a number or replaced by its point on
 * the clock, [sin, cos] of 2π·hour/24, then every column scaled. On the circle the two coordinates
 * share one divisor, the length of the vector of their own two divisors, so the clock stays round
 * (23:00 and 01:00 stay as close as 11:00 and 13:00) and the hour weighs about as much as one column.
 */
export function encodeCustomers(X: number[][], {columns, hourColumn = "peak_ordering_time", hour = "number", scaling = "standardize"}: EncodeCustomersOptions): EncodedCustomers {
  if (!Array.isArray(columns)) throw new TypeError("encodeCustomers needs {columns}: the names of the data's columns");
  if (!Array.isArray(X) || X.length === 0) throw new RangeError("encodeCustomers needs at least one customer row");
  X.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== columns.length) {
      throw new RangeError(`row ${i + 1} has ${Array.isArray(row) ? row.length : 0} values but there are ${columns.length} columns`);
    }
    row.forEach((v, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`row ${i + 1}, ${columns[j]} = ${v}; every value must be a finite number`);
    });
  });
  if (hour !== "number" && hour !== "circle") throw new RangeError(`unknown hour encoding: ${hour}; expected "number" or "circle"`);
  const h = columns.indexOf(hourColumn);
  if (hour === "circle" && h < 0) throw new RangeError(`the circular encoding needs an hour column "${hourColumn}", and the data has ${columns.join(", ")}`);
  const circle = hour === "circle";
  const encodedColumns = circle ? columns.flatMap((c, j) => (j === h ? [`${c}_sin`, `${c}_cos`] : [c])) : columns.slice();
  const encode = (rows: number[][]) => (circle ? rows.map((row) => row.flatMap((v, j) => (j === h ? hourCircle(v) : [v]))) : rows.map((row) => row.slice()));
  const raw = encode(X);
  let center: number[];
  let scale: number[];
  switch (scaling) {
    case "standardize":
      ({center, scale} = standardize(raw));
      break;
    case "min-max":
      ({center, scale} = minMaxScale(raw));
      break;
    case "robust":
      ({center, scale} = robustScale(raw));
      break;
    case "none":
      center = encodedColumns.map(() => 0);
      scale = encodedColumns.map(() => 1);
      break;
    default: {
      const never: never = scaling;
      throw new RangeError(`unknown scaling: ${never}; expected "standardize", "min-max", "robust" or "none"`);
    }
  }
  if (circle && scaling !== "none") {
    const shared = Math.hypot(scale[h], scale[h + 1]);
    scale[h] = shared;
    scale[h + 1] = shared;
  }
  const transform = (rows: number[][]) => applyScaling(encode(rows), {center, scale});
  return {data: transform(X), columns: encodedColumns, center, scale, transform};
}
