import type {ClusterScoreOptions} from "./calinskiHarabasz.js";
import {scoredClusters} from "../core/labelCodes.js";
import type {Rows} from "../core/matrix.js";

/**
 * The Davies–Bouldin index, as scikit-learn's `davies_bouldin_score`: for each cluster, the worst
 * ratio (sᵢ + sⱼ) / dᵢⱼ over the other clusters, averaged, where s is a cluster's mean distance to
 * its centroid and d the distance between centroids (Euclidean). Lower is better; 0 when every
 * cluster is a single repeated point or all centroids coincide. Every label is a cluster, −1
 * included unless `excludeNoise`. Throws when `labels` does not have one entry per row, or there
 * are not between 2 and n − 1 distinct labels.
 */
export function daviesBouldin(X: Rows, labels: ArrayLike<number | string>, {excludeNoise = false}: ClusterScoreOptions = {}): number {
  const {M, L} = scoredClusters(X, labels, {fn: "daviesBouldin", excludeNoise});
  const {data, n, d} = M;
  const {codes, sizes, k} = L;
  const centroids = new Float64Array(k * d);
  for (let i = 0; i < n; ++i) {
    const o = codes[i] * d;
    for (let j = 0; j < d; ++j) centroids[o + j] += data[i * d + j];
  }
  for (let c = 0; c < k; ++c) for (let j = 0; j < d; ++j) centroids[c * d + j] /= sizes[c];
  const spread = new Float64Array(k);
  for (let i = 0; i < n; ++i) {
    const o = codes[i] * d;
    let s = 0;
    for (let j = 0; j < d; ++j) {
      const diff = data[i * d + j] - centroids[o + j];
      s += diff * diff;
    }
    spread[codes[i]] += Math.sqrt(s);
  }
  for (let c = 0; c < k; ++c) spread[c] /= sizes[c];
  const between = new Float64Array(k * k);
  for (let a = 0; a < k; ++a) {
    for (let b = a + 1; b < k; ++b) {
      let s = 0;
      for (let j = 0; j < d; ++j) {
        const diff = centroids[a * d + j] - centroids[b * d + j];
        s += diff * diff;
      }
      between[a * k + b] = between[b * k + a] = Math.sqrt(s);
    }
  }
  // scikit-learn's np.allclose(·, 0) tests: absolute tolerance 1e-8.
  if (spread.every((s) => s <= 1e-8) || between.every((s) => s <= 1e-8)) return 0;
  let total = 0;
  for (let a = 0; a < k; ++a) {
    let worst = -Infinity;
    for (let b = 0; b < k; ++b) {
      if (b === a) continue;
      const dist = between[a * k + b];
      // Coinciding centroids count as infinitely far apart, as scikit-learn does.
      worst = Math.max(worst, dist === 0 ? 0 : (spread[a] + spread[b]) / dist);
    }
    total += worst;
  }
  return total / k;
}
