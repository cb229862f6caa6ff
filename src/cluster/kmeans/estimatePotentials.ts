// The sampled trials of k-means++ on large data.
//
// Above EXACT_ROWS rows, the trials' potentials are estimated on a fixed stratified sample of
// n / 16 rows (at least 8,192) and only the chosen centre's distances are computed for every row
// (still skipping the rows the triangle inequality settles). The centres are still drawn with
// probability proportional to D² from all rows, and the trial with the lowest (estimated) potential
// is kept. Why: at 100,000 × 20 (k = 4, 10 runs) the passes that summed every trial over every
// row took 160 ms of kmeans()'s ~340 ms, which left it at 1.6–1.7× scikit-learn's time (its BLAS
// distances on two threads). Estimated, they take ~35 ms; the update passes, which now compute the
// chosen centre's distances, grew from ~35 to ~95 ms (bench/RESULTS.md has the totals). The trials
// compete on the same sampled rows, so the comparison is paired, and a rare wrong pick between two
// near-equal trials costs little: each run is then polished by Lloyd and Hartigan, and the best of
// nInit runs is kept (test/unit/cluster/kmeans.test.ts checks the result against scikit-learn at 60,000 rows).
import {squaredDistanceUpTo} from "../../core/squaredDistance.js";

/**
 * m rows of n, sorted: one drawn uniformly from each of m equal strata, so the sample covers the
 * table evenly (rows stored in a periodic order, such as blob i % 4, are not aliased).
 */
export function stratifiedSample(n: number, m: number, random: () => number): Int32Array {
  const rows = new Int32Array(m);
  for (let s = 0; s < m; ++s) {
    const start = Math.floor((s * n) / m);
    const end = Math.floor(((s + 1) * n) / m);
    rows[s] = Math.min(end - 1, start + Math.floor(random() * (end - start)));
  }
  return rows;
}

/**
 * Each candidate's potential estimated on the sample rows: the same terms as `candidatePass` (candidatePass.ts)
 * (a candidate the triangle inequality rules out contributes the row's current distance), summed
 * over the sample only. Only the order of the potentials matters, so they are not rescaled.
 */
export function estimatePotentials(
  data: Float64Array, d: number, k: number, sample: Int32Array, candidates: Int32Array, separation: Float64Array,
  minDistance: Float64Array, labels: Int32Array, potentials: Float64Array,
): void {
  const trials = candidates.length;
  potentials.fill(0);
  for (let r = 0; r < sample.length; ++r) {
    const i = sample[r];
    const nearest = minDistance[i];
    const m = labels[i];
    for (let t = 0; t < trials; ++t) {
      if (separation[t * k + m] >= 4 * nearest) {
        potentials[t] += nearest;
        continue;
      }
      const s = squaredDistanceUpTo(data, i, data, candidates[t], d, nearest);
      potentials[t] += s < nearest ? s : nearest;
    }
  }
}
