import {subsampleIndices} from "../cluster/stability.js";
import type {Rows} from "../core/matrix.js";
import {toMatrix} from "../core/matrix.js";
import {randomSource} from "../core/random.js";

/** Options of {@link trustworthiness}. */
export interface TrustworthinessOptions {
  /** Neighbourhood size k; defaults to 5 (scikit-learn's default), and must be below n / 2. */
  nNeighbors?: number;
  /**
   * Sum the penalties over this many rows drawn at random (seeded) and scale up to n, instead of
   * over every row: the cost falls from n² to sampleSize·n distances. Defaults to undefined (every row).
   */
  sampleSize?: number;
  /** Seed of the row sample; defaults to 42. */
  seed?: number;
}

/**
 * How far a map can be trusted: scikit-learn's `sklearn.manifold.trustworthiness` (Venna &
 * Kaski 2001), Euclidean on both sides. T = 1 − 2 / (n·k·(2n − 3k − 1)) · Σᵢ Σ_{j ∈ Uᵢ} (r(i, j) − k),
 * where Uᵢ are the k nearest rows of i on the map that are not among its k nearest in the data,
 * and r(i, j) is j's rank among i's neighbours in the data (1 = nearest; ties ranked by row
 * order). 1 means every map neighbour is a true neighbour. O(n²·d) time, O(n) memory.
 */
export function trustworthiness(X: Rows, embedding: Rows, {nNeighbors = 5, sampleSize, seed = 42}: TrustworthinessOptions = {}): number {
  const A = toMatrix(X, {name: "data"});
  const E = toMatrix(embedding, {name: "embedding"});
  const n = A.n, k = nNeighbors;
  if (E.n !== n) throw new RangeError(`the embedding has ${E.n} rows but the data has ${n}`);
  if (!Number.isInteger(k) || k < 1 || k >= n / 2) throw new RangeError(`nNeighbors = ${k}; it must be a whole number from 1 to below n / 2 = ${n / 2}`);
  const queries = sampleSize !== undefined && sampleSize < n ? subsampleIndices(n, sampleSize, randomSource(seed)) : null;
  const count = queries ? queries.length : n;
  if (count < 1) throw new RangeError(`sampleSize = ${sampleSize}; it must be at least 1`);
  const dx = new Float64Array(n), de = new Float64Array(n);
  const nearest = new Int32Array(k), nearestD = new Float64Array(k);
  let penalty = 0;
  for (let s = 0; s < count; ++s) {
    const i = queries ? queries[s] : s;
    squaredDistances(A.data, A.d, i, dx);
    squaredDistances(E.data, E.d, i, de);
    // The k nearest rows on the map (not i), by insertion into a sorted list; ties by row order.
    nearestD.fill(Infinity);
    for (let l = 0; l < n; ++l) {
      if (l === i || de[l] >= nearestD[k - 1]) continue;
      let p = k - 1;
      while (p > 0 && nearestD[p - 1] > de[l]) {
        nearestD[p] = nearestD[p - 1];
        nearest[p] = nearest[p - 1];
        --p;
      }
      nearestD[p] = de[l];
      nearest[p] = l;
    }
    for (let p = 0; p < k; ++p) {
      const j = nearest[p], t = dx[j];
      let rank = 1;
      for (let l = 0; l < n; ++l) if (l !== i && (dx[l] < t || (dx[l] === t && l < j))) ++rank;
      if (rank > k) penalty += rank - k;
    }
  }
  penalty *= n / count;
  return 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * penalty;
}

function squaredDistances(data: Float64Array, d: number, i: number, out: Float64Array): void {
  const n = out.length;
  for (let l = 0, o = i * d; l < n; ++l) {
    let s = 0;
    for (let j = 0, p = l * d; j < d; ++j) {
      const t = data[p + j] - data[o + j];
      s += t * t;
    }
    out[l] = s;
  }
}
