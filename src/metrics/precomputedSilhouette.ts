import type {Dissimilarity} from "../core/dissimilarity.js";
import {checkDissimilarity} from "../core/dissimilarity.js";
import {checkClusterCount, labelCodes} from "../core/labelCodes.js";

/**
 * The silhouette value of every observation from precomputed dissimilarities (condensed, as
 * {@link gower} returns them), as scikit-learn's `silhouette_samples(D, labels, metric="precomputed")`:
 * s = (b − a) / max(a, b), with a the mean dissimilarity to the other members of the observation's
 * own cluster and b the smallest mean dissimilarity to the members of another cluster; 0 for an
 * observation alone in its cluster. Every label is a cluster, −1 included. Throws when `labels` does not
 * have one entry per observation or there are not between 2 and n − 1 clusters. O(n²) time, O(n·k) memory.
 */
export function precomputedSilhouetteSamples(D: Dissimilarity, labels: ArrayLike<number | string>): number[] {
  checkDissimilarity(D);
  const {n, distances} = D;
  const {codes, sizes, k} = labelCodes(labels, n, {fn: "silhouette", rows: "observations"});
  checkClusterCount("silhouette", k, n);
  const sums = new Float64Array(n * k); // [i][c]: Σ dissimilarities from i to the members of c
  let at = 0;
  for (let i = 0; i < n - 1; ++i) {
    const ci = codes[i];
    const row = i * k;
    for (let j = i + 1; j < n; ++j) {
      const v = distances[at++];
      sums[row + codes[j]] += v;
      sums[j * k + ci] += v;
    }
  }
  const values = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const own = codes[i];
    if (sizes[own] === 1) {
      values[i] = 0;
      continue;
    }
    const a = sums[i * k + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; ++c) if (c !== own) b = Math.min(b, sums[i * k + c] / sizes[c]);
    const m = Math.max(a, b);
    values[i] = m > 0 ? (b - a) / m : 0;
  }
  return values;
}

/**
 * The mean silhouette from precomputed dissimilarities: scikit-learn's
 * `silhouette_score(D, labels, metric="precomputed")` on the square form of D. See
 * {@link precomputedSilhouetteSamples} for the definition and the errors.
 */
export function precomputedSilhouette(D: Dissimilarity, labels: ArrayLike<number | string>): number {
  const values = precomputedSilhouetteSamples(D, labels);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
