import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {scaledRows, safeScale} from "./applyScaling.js";
import type {Scaled} from "./applyScaling.js";

/**
 * Centres each column on its median and divides by its interquartile range (Q3 − Q1), as
 * scikit-learn's RobustScaler: quantiles interpolate linearly between order statistics (numpy's
 * default), and a column with zero IQR keeps scale 1. Outliers barely move the result.
 */
export function robustScale(X: Rows): Scaled {
  const {data, n, d} = toMatrix(X);
  const center = new Array<number>(d);
  const scale = new Array<number>(d);
  const column = new Float64Array(n);
  for (let j = 0; j < d; ++j) {
    for (let i = 0; i < n; ++i) column[i] = data[i * d + j];
    column.sort();
    center[j] = quantileSorted(column, 0.5);
    scale[j] = safeScale(quantileSorted(column, 0.75) - quantileSorted(column, 0.25));
  }
  return {data: scaledRows(data, n, d, center, scale), center, scale};
}

/** numpy's "linear" quantile of sorted values: position p·(n − 1), interpolated between neighbours. */
function quantileSorted(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = position - lo;
  return sorted[lo] + (sorted[hi] - sorted[lo]) * t;
}
