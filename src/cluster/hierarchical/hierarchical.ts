// Agglomerative clustering that returns scipy's linkage matrix.
//
// Why not ml-hclust (the npm peer): its `agnes` rebuilds the distance matrix after every merge, so
// time grows as n³ (18 s at 2,000 rows in peer-baseline.md); its `ward` is R's ward.D (the squared
// update applied to plain distances), whose heights are not scipy's; and it returns a tree object
// rather than a linkage matrix that can be compared with scipy, cut and drawn.
//
// This file: the public function, the choice of algorithm and scipy's numbering of the merges.
// The algorithms: wardChain.ts (NN-chain on centroids), primSingle.ts (minimum spanning tree for
// single linkage), matrixChain.ts (NN-chain on the condensed matrix, Lance–Williams updates).
import {toMatrix} from "../../core/matrix.js";
import type {Rows} from "../../core/matrix.js";
import {matrixChain} from "./matrixChain.js";
import {primSingle} from "./primSingle.js";
import {wardChain} from "./wardChain.js";

/** How the distance between two clusters is measured. */
export type Linkage = "ward" | "complete" | "average" | "single";

/** Options of {@link hierarchical}. */
export interface HierarchicalOptions {
  /**
   * Between-cluster distance; defaults to `"ward"` (scipy's ward: the height of merging A and B is
   * √(2|A||B| / (|A|+|B|)) · ‖centroid A − centroid B‖, not R's ward.D). `"complete"` is the largest,
   * `"average"` the mean and `"single"` the smallest Euclidean distance between members.
   */
  linkage?: Linkage;
}

/** Result of {@link hierarchical}. */
export interface HierarchicalResult {
  /**
   * The n − 1 merges in scipy's linkage-matrix layout: row i is `[a, b, height, size]`, joining
   * clusters a < b (ids below n are observations, id n + i is the cluster made by row i) at
   * `height` into a cluster of `size` observations. Rows are in non-decreasing height.
   */
  merges: number[][];
}

/**
 * Agglomerative hierarchical clustering on Euclidean distances, with the same merges as scipy's
 * `linkage(X, method)` (equal-height merges may come in another order).
 *
 * Single linkage never builds a distance matrix, nor does Ward above 2,000 rows (memory linear in
 * the rows; up to 2,000 rows Ward runs on scipy's own matrix recurrence, at most 16 MB, so tied
 * distances break as in scipy); complete and average keep the n(n − 1)/2 pairwise distances
 * (8 bytes each: 400 MB at 10,000 rows).
 */
export function hierarchical(X: Rows, {linkage = "ward"}: HierarchicalOptions = {}): HierarchicalResult {
  const {data, n, d} = toMatrix(X);
  if (n < 2) throw new RangeError(`hierarchical clustering needs at least 2 rows; the data has ${n}`);
  let raw: Float64Array; // (n − 1) × 3: a, b, height with provisional ids
  switch (linkage) {
    case "ward":
      raw = n <= WARD_MATRIX_ROWS ? matrixChain(data, n, d, linkage) : wardChain(data, n, d);
      break;
    case "single":
      raw = primSingle(data, n, d);
      break;
    case "complete":
    case "average":
      raw = matrixChain(data, n, d, linkage);
      break;
    default: {
      const never: never = linkage;
      throw new RangeError(`unknown linkage: ${String(never)}; use "ward", "complete", "average" or "single"`);
    }
  }
  return {merges: label(raw, n)};
}

/**
 * Up to this many rows, Ward runs on scipy's own recurrence (a distance matrix with scipy's
 * Lance–Williams update, at most 16 MB), above it on centroids (memory linear in the rows). Both
 * give the same tree when no two candidate merges tie, but the centroid heights differ from the
 * recurrence's in the last bits, and with ties (integer scores, duplicate rows) that decides which
 * merge comes first: on 40 random tables of 5–64 rows, two integer-valued ones came out as other
 * trees than scipy's (heights 8–15% apart, ARI 0.64–0.70 at the cut) before this, none after.
 */
const WARD_MATRIX_ROWS = 2_000;

/**
 * Sorts provisional merges by height (stable) and renumbers them as scipy's `label` does: union-find
 * where each merge creates id n + row, the smaller root first, the size last.
 */
function label(raw: Float64Array, n: number): number[][] {
  const rows = Array.from({length: n - 1}, (_, i) => i);
  rows.sort((a, b) => raw[a * 3 + 2] - raw[b * 3 + 2]); // Array.prototype.sort is stable
  const parent = new Int32Array(2 * n - 1);
  for (let i = 0; i < parent.length; ++i) parent[i] = i;
  const size = new Float64Array(2 * n - 1).fill(1);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const next = parent[x];
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const merges: number[][] = new Array(n - 1);
  for (let k = 0; k < n - 1; ++k) {
    const o = rows[k] * 3;
    const a = find(raw[o]);
    const b = find(raw[o + 1]);
    const id = n + k;
    parent[a] = parent[b] = id;
    size[id] = size[a] + size[b];
    merges[k] = [Math.min(a, b), Math.max(a, b), raw[o + 2], size[id]];
  }
  return merges;
}
