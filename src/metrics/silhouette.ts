import {checkClusterCount, dropNoise, labelCodes} from "../core/labelCodes.js";
import type {Matrix, Rows} from "../core/matrix.js";
import {toMatrix} from "../core/matrix.js";
import {randomSource} from "../core/random.js";

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
 * The core. Rows are first grouped by cluster (counting sort), so that for row i the other rows of
 * each cluster c form one contiguous run: the sum of distances from i to that run accumulates in a
 * local variable, and each distance is also added to row j's sum towards i's cluster, kept in a
 * cluster-major table so those writes are contiguous too. Every pair is visited once (n²/2 square
 * roots, no branch in the inner loop, O(n·k) memory).
 */
function silhouetteValues({data: raw, n, d}: Matrix, codes: Int32Array, sizes: Int32Array, k: number): Float64Array {
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; ++c) start[c + 1] = start[c] + sizes[c];
  const next = start.slice(0, k);
  const order = new Int32Array(n); // order[p] = original index of the p-th row once grouped
  for (let i = 0; i < n; ++i) order[next[codes[i]]++] = i;
  const data = new Float64Array(n * d);
  for (let p = 0; p < n; ++p) data.set(raw.subarray(order[p] * d, (order[p] + 1) * d), p * d);

  const later = new Float64Array(n * k); // [p][c]: Σ distances from p to rows of c after p
  const earlier = new Float64Array(k * n); // [c][p]: Σ distances from p to rows of c before p
  const xi = new Float64Array(d);
  const even = d & ~1;
  for (let ci = 0; ci < k; ++ci) {
    const base = ci * n;
    for (let i = start[ci]; i < start[ci + 1]; ++i) {
      for (let t = 0; t < d; ++t) xi[t] = data[i * d + t];
      for (let c = ci; c < k; ++c) {
        let sum = 0;
        for (let j = Math.max(i + 1, start[c]), end = start[c + 1]; j < end; ++j) {
          const o = j * d;
          let s0 = 0;
          let s1 = 0;
          let t = 0;
          for (; t < even; t += 2) {
            const a = data[o + t] - xi[t];
            const b = data[o + t + 1] - xi[t + 1];
            s0 += a * a;
            s1 += b * b;
          }
          if (t < d) {
            const a = data[o + t] - xi[t];
            s0 += a * a;
          }
          const dist = Math.sqrt(s0 + s1);
          sum += dist;
          earlier[base + j] += dist;
        }
        later[i * k + c] += sum;
      }
    }
  }

  const s = new Float64Array(n);
  for (let ci = 0; ci < k; ++ci) {
    if (sizes[ci] === 1) continue; // alone in its cluster: 0, as scikit-learn
    for (let p = start[ci]; p < start[ci + 1]; ++p) {
      const a = (later[p * k + ci] + earlier[ci * n + p]) / (sizes[ci] - 1);
      let b = Infinity;
      for (let c = 0; c < k; ++c) if (c !== ci) b = Math.min(b, (later[p * k + c] + earlier[c * n + p]) / sizes[c]);
      const m = Math.max(a, b);
      s[order[p]] = m > 0 ? (b - a) / m : 0;
    }
  }
  return s;
}
