import type {Matrix} from "../../core/matrix.js";

/** Column means and the total squared deviation from them, Σ‖x − μ‖². */
export interface Spread {
  mean: Float64Array;
  total: number;
}

/** The data's spread: its total divided by n·d is the mean column variance that scales scikit-learn's tolerance. */
export function columnSpread({data, n, d}: Matrix): Spread {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; ++i) for (let j = 0; j < d; ++j) mean[j] += data[i * d + j];
  for (let j = 0; j < d; ++j) mean[j] /= n;
  let total = 0;
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < d; ++j) {
      const delta = data[i * d + j] - mean[j];
      total += delta * delta;
    }
  }
  return {mean, total};
}
