import {checkClusterCount, dropNoise, labelCodes} from "./labelCodes.js";
import type {Matrix, Rows} from "./matrix.js";
import {toMatrix} from "./matrix.js";
import {randomSource} from "./random.js";

/** Options of {@link silhouette}. */
export interface SilhouetteOptions {
  /**
   * Compute the score on this many rows drawn at random without replacement (seeded by `seed`)
   * instead of all of them: the cost falls from n² to sampleSize² distance evaluations. The
   * result then estimates the full score. Defaults to undefined (all rows); a value ≥ n also
   * means all rows. The sample is not the one scikit-learn would draw for the same seed.
   */
  sampleSize?: number;
  /** Seed of the row sample when `sampleSize` is set; defaults to 42. */
  seed?: number;
  /**
   * Drop the rows labelled −1 (DBSCAN's noise) before scoring; defaults to false, which treats
   * −1 as one more cluster, as scikit-learn does.
   */
  excludeNoise?: boolean;
}

/**
 * The silhouette value of every row, as scikit-learn's `silhouette_samples` (Euclidean):
 * s = (b − a) / max(a, b), with a the mean distance to the other members of the row's own cluster
 * and b the smallest mean distance to the members of another cluster. A row alone in its cluster
 * gets 0. Values lie in [−1, 1]; near 1, the row sits well inside its cluster.
 *
 * Every label is a cluster, −1 included (drop DBSCAN's noise rows first if they should not count).
 * Throws when `labels` does not have one entry per row, or there are not between 2 and n − 1
 * distinct labels. Costs O(n²·d) time and O(n·k) memory (no n × n matrix).
 */
export function silhouetteSamples(X: Rows, labels: ArrayLike<number | string>): number[] {
  const M = toMatrix(X, {name: "data"});
  const {codes, sizes, k} = labelCodes(labels, M.n, {fn: "silhouette"});
  checkClusterCount("silhouette", k, M.n);
  return Array.from(silhouetteValues(M, codes, sizes, k));
}

/**
 * The mean silhouette value of the rows (scikit-learn's `silhouette_score`, Euclidean): one number
 * in [−1, 1] summarising how well separated the clusters are; higher is better. With `sampleSize`,
 * it is the mean over a seeded random sample of rows, computed among those rows only (as
 * scikit-learn's `sample_size`), so large data stays fast. See {@link silhouetteSamples} for the
 * definition and the errors.
 */
export function silhouette(
  X: Rows,
  labels: ArrayLike<number | string>,
  {sampleSize, seed = 42, excludeNoise = false}: SilhouetteOptions = {}
): number {
  let M = toMatrix(X, {name: "data"});
  let L = labelCodes(labels, M.n, {fn: "silhouette"});
  let raw: ArrayLike<number | string> = labels;
  if (excludeNoise) {
    ({M, labels: raw} = dropNoise(M, labels as ArrayLike<number>));
    if (M.n === 0) throw new RangeError("silhouette: every row is labelled −1 (noise); there are no clusters to score");
  }
  if (sampleSize !== undefined) {
    if (!Number.isInteger(sampleSize) || sampleSize < 2) {
      throw new RangeError(`silhouette: sampleSize = ${sampleSize}; it must be a whole number of rows, at least 2`);
    }
    if (sampleSize < M.n) ({M, labels: raw} = sampleRows(M, raw, sampleSize, seed));
  }
  if (raw !== labels) L = labelCodes(raw, M.n, {fn: "silhouette"});
  checkClusterCount("silhouette", L.k, M.n);
  const s = silhouetteValues(M, L.codes, L.sizes, L.k);
  let sum = 0;
  for (let i = 0; i < s.length; ++i) sum += s[i];
  return sum / s.length;
}

// Seeded partial Fisher–Yates: `m` distinct rows.
function sampleRows(M: Matrix, labels: ArrayLike<number | string>, m: number, seed: number): {M: Matrix; labels: (number | string)[]} {
  const random = randomSource(seed);
  const index = Int32Array.from({length: M.n}, (_, i) => i);
  const data = new Float64Array(m * M.d);
  const out: (number | string)[] = new Array(m);
  for (let r = 0; r < m; ++r) {
    const j = r + Math.floor(random() * (M.n - r));
    const t = index[r];
    index[r] = index[j];
    index[j] = t;
    const i = index[r];
    data.set(M.data.subarray(i * M.d, (i + 1) * M.d), r * M.d);
    out[r] = labels[i];
  }
  return {M: {data, n: m, d: M.d}, labels: out};
}

/**
 * The core: for each row, the sum of its distances to each cluster, visiting every pair once
 * and adding the distance to both ends (n²/2 square roots, an n × k table of sums).
 */
function silhouetteValues({data, n, d}: Matrix, codes: Int32Array, sizes: Int32Array, k: number): Float64Array {
  const sums = new Float64Array(n * k);
  if (d === 2) {
    for (let i = 0; i < n; ++i) {
      const xi = data[2 * i], yi = data[2 * i + 1];
      const ci = codes[i];
      let own = 0;
      for (let j = i + 1; j < n; ++j) {
        const dx = data[2 * j] - xi, dy = data[2 * j + 1] - yi;
        const dist = Math.sqrt(dx * dx + dy * dy);
        const cj = codes[j];
        if (cj === ci) own += dist;
        else sums[i * k + cj] += dist;
        sums[j * k + ci] += dist;
      }
      sums[i * k + ci] += own;
    }
  } else {
    for (let i = 0; i < n; ++i) {
      const oi = i * d;
      const ci = codes[i];
      let own = 0;
      for (let j = i + 1; j < n; ++j) {
        const oj = j * d;
        let s = 0;
        for (let t = 0; t < d; ++t) {
          const diff = data[oj + t] - data[oi + t];
          s += diff * diff;
        }
        const dist = Math.sqrt(s);
        const cj = codes[j];
        if (cj === ci) own += dist;
        else sums[i * k + cj] += dist;
        sums[j * k + ci] += dist;
      }
      sums[i * k + ci] += own;
    }
  }
  const s = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const ci = codes[i];
    if (sizes[ci] === 1) continue; // alone in its cluster: 0, as scikit-learn
    const a = sums[i * k + ci] / (sizes[ci] - 1);
    let b = Infinity;
    for (let c = 0; c < k; ++c) if (c !== ci) b = Math.min(b, sums[i * k + c] / sizes[c]);
    const m = Math.max(a, b);
    s[i] = m > 0 ? (b - a) / m : 0;
  }
  return s;
}
