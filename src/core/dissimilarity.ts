import type {Rows} from "./matrix.js";
import {toMatrix} from "./matrix.js";

/**
 * Pairwise dissimilarities of n observations in condensed form: row i < j at
 * `n·i − i(i+1)/2 + j − i − 1` (scipy's `pdist` order, and R's `dist` read by columns).
 */
export interface Dissimilarity {
  n: number;
  distances: Float64Array;
}

/** Where the pair (i, j), i ≠ j, sits in a condensed dissimilarity of n observations. */
export function condensedIndex(n: number, i: number, j: number): number {
  if (i > j) [i, j] = [j, i];
  return n * i - (i * (i + 1)) / 2 + j - i - 1;
}

export function isDissimilarity(D: unknown): D is Dissimilarity {
  return typeof D === "object" && D !== null && (D as Dissimilarity).distances instanceof Float64Array && Number.isInteger((D as Dissimilarity).n);
}

/** Euclidean distances between the rows of X, condensed. */
export function euclideanDissimilarity(X: Rows): Dissimilarity {
  const {data, n, d} = toMatrix(X, {name: "data", minRows: 2});
  const distances = new Float64Array((n * (n - 1)) / 2);
  let at = 0;
  for (let i = 0; i < n - 1; ++i) {
    for (let j = i + 1; j < n; ++j) {
      let s = 0;
      for (let c = 0; c < d; ++c) {
        const t = data[i * d + c] - data[j * d + c];
        s += t * t;
      }
      distances[at++] = Math.sqrt(s);
    }
  }
  return {n, distances};
}

/** Checks a condensed dissimilarity: the right length, every value finite and ≥ 0. */
export function checkDissimilarity(D: Dissimilarity, name = "dissimilarity"): void {
  const {n, distances} = D;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`${name}: n = ${n}; at least 2 observations are needed`);
  if (distances.length !== (n * (n - 1)) / 2) throw new RangeError(`${name}: ${distances.length} values for ${n} observations; a condensed dissimilarity holds n(n − 1)/2 = ${(n * (n - 1)) / 2}`);
  for (let i = 0; i < distances.length; ++i) {
    const v = distances[i];
    if (!(v >= 0) || v === Infinity) throw new RangeError(`${name}: value ${i} is ${v}; dissimilarities must be finite and ≥ 0 (a pair with nothing in common has no dissimilarity: drop a row or a column)`);
  }
}
