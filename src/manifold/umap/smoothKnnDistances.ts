import type {Neighbors} from "./nearestNeighbors.js";

// umap-learn's constants (umap/umap_.py).
const SMOOTH_K_TOLERANCE = 1e-5;
const MIN_K_DIST_SCALE = 1e-3;

/** Options of {@link smoothKnnDistances}. */
export interface SmoothKnnOptions {
  /** Number of neighbours each row should be "fully" connected to; defaults to 1 (umap-learn's `local_connectivity`). */
  localConnectivity?: number;
  /** Binary-search steps; defaults to 64. */
  iterations?: number;
  /** Target bandwidth; defaults to 1. */
  bandwidth?: number;
}

/**
 * umap-learn's `smooth_knn_dist`, formula for formula: for each row, `rho` is the distance to its
 * nearest non-zero neighbour (interpolated for a fractional `localConnectivity`), and `sigma` is
 * found by binary search so that Σ_{j ≥ 1} exp(−max(0, d_j − rho) / sigma) = log2(k)·bandwidth
 * over the row's k neighbours (column 0 — the row itself — left out), then floored at 1e-3 × the
 * mean neighbour distance (of the row, or of all rows when rho = 0).
 */
export function smoothKnnDistances(
  {n, k, distances}: Pick<Neighbors, "n" | "k" | "distances">,
  {localConnectivity = 1, iterations = 64, bandwidth = 1}: SmoothKnnOptions = {}
): {sigmas: Float64Array; rhos: Float64Array} {
  const target = Math.log2(k) * bandwidth;
  const rhos = new Float64Array(n), sigmas = new Float64Array(n);
  let meanAll = 0;
  for (let i = 0; i < n * k; ++i) meanAll += distances[i];
  meanAll /= n * k;
  const nonZero = new Float64Array(k);
  for (let i = 0; i < n; ++i) {
    const o = i * k;
    let m = 0;
    for (let j = 0; j < k; ++j) if (distances[o + j] > 0) nonZero[m++] = distances[o + j];
    if (m >= localConnectivity) {
      const index = Math.floor(localConnectivity), interpolation = localConnectivity - index;
      if (index > 0) {
        rhos[i] = nonZero[index - 1];
        if (interpolation > SMOOTH_K_TOLERANCE) rhos[i] += interpolation * (nonZero[index] - nonZero[index - 1]);
      } else rhos[i] = interpolation * nonZero[0];
    } else if (m > 0) {
      let max = 0;
      for (let j = 0; j < m; ++j) if (nonZero[j] > max) max = nonZero[j];
      rhos[i] = max;
    }
    let lo = 0, hi = Infinity, mid = 1;
    for (let it = 0; it < iterations; ++it) {
      let psum = 0;
      for (let j = 1; j < k; ++j) {
        const t = distances[o + j] - rhos[i];
        psum += t > 0 ? Math.exp(-(t / mid)) : 1;
      }
      if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) break;
      if (psum > target) {
        hi = mid;
        mid = (lo + hi) / 2;
      } else {
        lo = mid;
        mid = hi === Infinity ? mid * 2 : (lo + hi) / 2;
      }
    }
    sigmas[i] = mid;
    if (rhos[i] > 0) {
      let mean = 0;
      for (let j = 0; j < k; ++j) mean += distances[o + j];
      mean /= k;
      if (sigmas[i] < MIN_K_DIST_SCALE * mean) sigmas[i] = MIN_K_DIST_SCALE * mean;
    } else if (sigmas[i] < MIN_K_DIST_SCALE * meanAll) sigmas[i] = MIN_K_DIST_SCALE * meanAll;
  }
  return {sigmas, rhos};
}
