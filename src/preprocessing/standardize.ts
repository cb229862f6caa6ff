import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {scaledRows} from "./applyScaling.js";
import type {Scaled} from "./applyScaling.js";

/** The result of {@link standardize}: z-scores plus the parameters that produced them. */
export interface Standardized extends Scaled {
  /** Column means (the same values as `center`). */
  mean: number[];
}

/**
 * Z-scores each column: (x − mean) / std, with the population standard deviation (ddof 0), as
 * scikit-learn's StandardScaler. A constant column keeps scale 1 (its values all become 0) rather
 * than dividing by zero. Reuse `{center, scale}` with `applyScaling` to place new rows on the same axes.
 */
export function standardize(X: Rows): Standardized {
  const {data, n, d} = toMatrix(X);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (let i = 0; i < n; ++i) for (let j = 0; j < d; ++j) mean[j] += data[i * d + j];
  for (let j = 0; j < d; ++j) mean[j] /= n;
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < d; ++j) {
      const delta = data[i * d + j] - mean[j];
      scale[j] += delta * delta;
    }
  }
  for (let j = 0; j < d; ++j) {
    const variance = scale[j] / n;
    // scikit-learn's _is_constant_feature: a variance within the rounding error of its own computation is zero.
    const eps = Number.EPSILON;
    const constant = variance <= n * eps * variance + (n * mean[j] * eps) ** 2;
    scale[j] = constant ? 1 : Math.sqrt(variance);
  }
  return {data: scaledRows(data, n, d, mean, scale), center: mean.slice(), scale, mean};
}
