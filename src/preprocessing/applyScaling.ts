import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";

/** Per-column parameters of a scaling: a value x becomes (x − center) / scale. */
export interface Scaling {
  /** The value subtracted from each column (mean, minimum or median). */
  center: ArrayLike<number>;
  /** The divisor of each column (std, range or IQR; 1 for a constant column). */
  scale: ArrayLike<number>;
}

/** Scaled rows together with the parameters that produced them. */
export interface Scaled {
  /** The scaled rows. */
  data: number[][];
  /** The value subtracted from each column. */
  center: number[];
  /** The divisor of each column. */
  scale: number[];
}

/**
 * Applies a scaling fitted earlier (by `standardize`, `minMaxScale` or `robustScale`) to new rows,
 * so they land on the same axes as the data it was fitted on: (x − center) / scale per column.
 */
export function applyScaling(X: Rows, {center, scale}: Scaling): number[][] {
  const {data, n, d} = toMatrix(X);
  if (!center || !scale || typeof center.length !== "number" || typeof scale.length !== "number") {
    throw new TypeError("applyScaling needs {center, scale}, as returned by standardize, minMaxScale or robustScale");
  }
  if (center.length !== scale.length) {
    throw new RangeError(`the scaling has ${center.length} centres but ${scale.length} scales; they must match`);
  }
  if (center.length !== d) {
    throw new RangeError(`the scaling was fitted on ${center.length} column${center.length === 1 ? "" : "s"}, but the data has ${d}`);
  }
  for (let j = 0; j < d; ++j) {
    if (!Number.isFinite(center[j])) throw new RangeError(`center[${j}] = ${center[j]}; it must be a finite number`);
    if (!Number.isFinite(scale[j]) || scale[j] === 0) {
      throw new RangeError(`scale[${j}] = ${scale[j]}; it must be a finite, non-zero number`);
    }
  }
  return scaledRows(data, n, d, center, scale);
}

/** Row arrays of (x − center) / scale. */
export function scaledRows(data: Float64Array, n: number, d: number, center: ArrayLike<number>, scale: ArrayLike<number>): number[][] {
  const rows: number[][] = new Array(n);
  for (let i = 0; i < n; ++i) {
    const row = new Array<number>(d);
    for (let j = 0; j < d; ++j) row[j] = (data[i * d + j] - center[j]) / scale[j];
    rows[i] = row;
  }
  return rows;
}

/** scikit-learn's _handle_zeros_in_scale: a spread within rounding of zero becomes 1. */
export function safeScale(spread: number): number {
  return spread < 10 * Number.EPSILON ? 1 : spread;
}
