// Private helper of the cluster metrics: labels → dense codes 0…k−1, with the shared checks.
import {toMatrix} from "./matrix.js";
import type {Matrix, Rows} from "./matrix.js";

/** Labels recoded as 0…k−1 in order of first appearance, with the size of each cluster. */
export interface LabelCodes {
  codes: Int32Array;
  /** The original label of each code. */
  values: (number | string)[];
  sizes: Int32Array;
  k: number;
}

/** Recodes `labels` (numbers or strings, any values, −1 included), checking there are `n` of them. */
export function labelCodes(labels: ArrayLike<number | string>, n: number, {fn, name = "labels", rows = "rows"}: {fn: string; name?: string; rows?: string}): LabelCodes {
  if (labels === null || labels === undefined || typeof labels !== "object" || typeof labels.length !== "number") {
    throw new TypeError(`${fn}: ${name} must be an array with one label per row, got ${labels === null ? "null" : typeof labels}`);
  }
  if (labels.length !== n) {
    throw new RangeError(`${fn}: there are ${labels.length} ${name} for ${n} ${rows}; give exactly one label per row`);
  }
  const codes = new Int32Array(n);
  const index = new Map<number | string, number>();
  const values: (number | string)[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < n; ++i) {
    const v = labels[i];
    if (!(typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) {
      throw new TypeError(`${fn}: ${name}[${i}] is ${typeof v === "number" ? v : v === null ? "null" : typeof v}; a label must be a finite number or a string`);
    }
    let c = index.get(v);
    if (c === undefined) {
      c = values.length;
      index.set(v, c);
      values.push(v);
      sizes.push(0);
    }
    codes[i] = c;
    ++sizes[c];
  }
  return {codes, values, sizes: Int32Array.from(sizes), k: values.length};
}

/** Throws unless 2 ≤ k ≤ n − 1, as scikit-learn's metrics require. */
export function checkClusterCount(fn: string, k: number, n: number): void {
  if (k < 2 || k > n - 1) {
    const why = k < 2 ? "every row has the same label" : "every row is its own cluster";
    throw new RangeError(`${fn} needs between 2 and n−1 clusters; got ${k} (n = ${n} rows: ${why})`);
  }
}

/** Drops the rows labelled −1 (noise) from a matrix and its labels. */
export function dropNoise(M: Matrix, labels: ArrayLike<number>): {M: Matrix; labels: number[]} {
  const keep: number[] = [];
  for (let i = 0; i < M.n; ++i) if (labels[i] !== -1) keep.push(i);
  if (keep.length === M.n) return {M, labels: Array.from(labels)};
  const data = new Float64Array(keep.length * M.d);
  keep.forEach((i, r) => data.set(M.data.subarray(i * M.d, (i + 1) * M.d), r * M.d));
  return {M: {data, n: keep.length, d: M.d}, labels: keep.map((i) => labels[i])};
}

/**
 * What calinskiHarabasz and daviesBouldin score: the data and its label codes, with the noise rows
 * (−1) dropped when `excludeNoise`, checked for one label per row and 2 … n − 1 clusters.
 */
export function scoredClusters(
  X: Rows, labels: ArrayLike<number | string>, {fn, excludeNoise}: {fn: string; excludeNoise: boolean},
): {M: Matrix; L: LabelCodes} {
  let M = toMatrix(X, {name: "data"});
  let L = labelCodes(labels, M.n, {fn});
  if (excludeNoise) {
    const kept = dropNoise(M, labels as ArrayLike<number>);
    M = kept.M;
    L = labelCodes(kept.labels, M.n, {fn});
  }
  checkClusterCount(fn, L.k, M.n);
  return {M, L};
}
