// Synthetic benchmark data: the same seeded Gaussian blobs for every section, so the tables compare like with like.
import type {Matrix} from "../src/core/matrix.js";
import {randomSource} from "../src/core/random.js";

/** Options of {@link blobs}. */
export interface BlobsOptions {
  /** Number of blob centres; defaults to 4 (as `make_blobs(centers=4)`). */
  centers?: number;
  /** Standard deviation of each blob around its centre, before z-scoring; defaults to 1. */
  clusterStd?: number;
  /** Seed of the generator; defaults to 42. Same arguments, same values. */
  seed?: number;
}

/**
 * Seeded Gaussian blobs in the manner of scikit-learn's `make_blobs(centers=4, cluster_std=1.0)`:
 * centres drawn uniformly in [−10, 10]^d, row i belongs to blob `i % centers`, then every column
 * is z-scored (population std) as the lessons do before clustering. The values are not those of
 * `make_blobs` (a different generator); they are sent to scikit-learn bit for bit by `reference`.
 */
export function blobs(n: number, d: number, {centers = 4, clusterStd = 1, seed = 42}: BlobsOptions = {}): Matrix {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n = ${n}; the number of rows must be a positive integer`);
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`d = ${d}; the number of columns must be a positive integer`);
  if (!Number.isInteger(centers) || centers < 1) throw new RangeError(`centers = ${centers}; must be a positive integer`);
  const random = randomSource(seed);
  const mu = new Float64Array(centers * d);
  for (let i = 0; i < mu.length; ++i) mu[i] = -10 + 20 * random();
  const data = new Float64Array(n * d);
  const normal = gaussian(random);
  for (let i = 0; i < n; ++i) {
    const c = i % centers;
    for (let j = 0; j < d; ++j) data[i * d + j] = mu[c * d + j] + clusterStd * normal();
  }
  for (let j = 0; j < d; ++j) {
    let mean = 0;
    for (let i = 0; i < n; ++i) mean += data[i * d + j];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; ++i) ss += (data[i * d + j] - mean) ** 2;
    const std = Math.sqrt(ss / n) || 1;
    for (let i = 0; i < n; ++i) data[i * d + j] = (data[i * d + j] - mean) / std;
  }
  return {data, n, d};
}

/** The generating blob of each row of `blobs(n, d, {centers})`: `i % centers`. */
export function blobLabels(n: number, {centers = 4}: {centers?: number} = {}): number[] {
  return Array.from({length: n}, (_, i) => i % centers);
}

/** The matrix as plain `number[][]`, for peers (ml-kmeans, ml-hclust, density-clustering) that want arrays of rows. */
export function toRowArrays(M: Matrix): number[][] {
  const rows: number[][] = new Array(M.n);
  for (let i = 0; i < M.n; ++i) rows[i] = Array.from(M.data.subarray(i * M.d, (i + 1) * M.d));
  return rows;
}

// Box–Muller, keeping the second variate for the next call.
function gaussian(random: () => number): () => number {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    const u = 1 - random(); // in (0, 1], so log(u) is finite
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
