import {scoredClusters} from "../core/labelCodes.js";
import type {Rows} from "../core/matrix.js";

/** Options of {@link calinskiHarabasz} and {@link daviesBouldin}. */
export interface ClusterScoreOptions {
  /**
   * Drop the rows labelled −1 (DBSCAN's noise) before scoring; defaults to false, which treats
   * −1 as one more cluster, as scikit-learn does.
   */
  excludeNoise?: boolean;
}

/**
 * The Calinski–Harabasz index (variance ratio criterion), as scikit-learn's
 * `calinski_harabasz_score`: between-cluster dispersion over within-cluster dispersion, each
 * divided by its degrees of freedom, (B / (k − 1)) / (W / (n − k)). Higher is better; it is 1 when
 * every cluster is a single repeated point (W = 0). Every label is a cluster, −1 included unless
 * `excludeNoise`. Throws when `labels` does not have one entry per row, or there are not between 2
 * and n − 1 distinct labels.
 */
export function calinskiHarabasz(X: Rows, labels: ArrayLike<number | string>, {excludeNoise = false}: ClusterScoreOptions = {}): number {
  const {M, L} = scoredClusters(X, labels, {fn: "calinskiHarabasz", excludeNoise});
  const {data, n, d} = M;
  const {codes, sizes, k} = L;
  const mean = new Float64Array(d);
  const centroids = new Float64Array(k * d);
  for (let i = 0; i < n; ++i) {
    const o = codes[i] * d;
    for (let j = 0; j < d; ++j) {
      mean[j] += data[i * d + j];
      centroids[o + j] += data[i * d + j];
    }
  }
  for (let j = 0; j < d; ++j) mean[j] /= n;
  for (let c = 0; c < k; ++c) for (let j = 0; j < d; ++j) centroids[c * d + j] /= sizes[c];
  let between = 0;
  for (let c = 0; c < k; ++c) {
    let s = 0;
    for (let j = 0; j < d; ++j) {
      const diff = centroids[c * d + j] - mean[j];
      s += diff * diff;
    }
    between += sizes[c] * s;
  }
  let within = 0;
  for (let i = 0; i < n; ++i) {
    const o = codes[i] * d;
    for (let j = 0; j < d; ++j) {
      const diff = data[i * d + j] - centroids[o + j];
      within += diff * diff;
    }
  }
  return within === 0 ? 1 : (between * (n - k)) / (within * (k - 1));
}
