import {checkMerges} from "./mergeTree.js";

/** Options of {@link cutTree}: give exactly one of `k` and `height`. */
export interface CutTreeOptions {
  /**
   * Largest number of clusters wanted (1 ≤ k ≤ n); no default. The tree is cut at the lowest merge
   * height that leaves at most k clusters, as scipy's `fcluster(Z, k, "maxclust")`: when several
   * merges share that height they all happen, so ties can leave fewer than k clusters.
   */
  k?: number;
  /**
   * Cut height; no default. Observations whose cophenetic distance is at most `height` share a
   * cluster (every merge at or below it happens), as scipy's `fcluster(Z, height, "distance")`.
   */
  height?: number;
}

/**
 * Flat clusters from the merges of {@link hierarchical}: one 0-based label per observation
 * (n = merges.length + 1 of them), numbered in order of first appearance (observation 0 is in
 * cluster 0, the first observation outside it in cluster 1, …), so equal cuts give equal arrays.
 *
 * One difference from scipy: `fcluster(Z, k, "maxclust")` never cuts below the second-lowest merge,
 * so for k ≥ n − 1 it returns at most n − 2 clusters; here k = n − 1 and k = n give n − 1 and n.
 */
export function cutTree(merges: ArrayLike<ArrayLike<number>>, {k, height}: CutTreeOptions = {}): number[] {
  const n = checkMerges(merges);
  if ((k === undefined) === (height === undefined)) {
    throw new TypeError(
      k === undefined
        ? "cutTree needs either {k} (a number of clusters) or {height} (a cut height)"
        : `cutTree takes {k} or {height}, not both (got k = ${k} and height = ${height})`
    );
  }
  // A merge happens at a threshold when the highest merge below and including it does (scipy's
  // monocrit "max distance"), so a cut never splits a cluster formed lower down.
  const top = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; ++i) {
    let h = merges[i][2];
    const a = merges[i][0] - n;
    const b = merges[i][1] - n;
    if (a >= 0 && top[a] > h) h = top[a];
    if (b >= 0 && top[b] > h) h = top[b];
    top[i] = h;
  }
  let threshold: number;
  if (k !== undefined) {
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
      throw new RangeError(`k = ${k}; the number of clusters must be a whole number of at least 1`);
    }
    if (k > n) throw new RangeError(`k = ${k}, but the tree has only ${n} observations`);
    // At most k clusters needs at least n − k merges: the (n − k)-th lowest merge sets the cut.
    threshold = k === n ? -Infinity : Float64Array.from(top).sort()[n - k - 1];
  } else {
    if (typeof height !== "number" || !Number.isFinite(height)) {
      throw new RangeError(`height = ${height}; the cut height must be a finite number`);
    }
    threshold = height;
  }
  const parent = new Int32Array(2 * n - 1);
  for (let i = 0; i < parent.length; ++i) parent[i] = i;
  for (let i = 0; i < n - 1; ++i) {
    if (top[i] <= threshold) parent[merges[i][0]] = parent[merges[i][1]] = n + i;
  }
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const labelOf = new Map<number, number>();
  const labels: number[] = new Array(n);
  for (let i = 0; i < n; ++i) {
    const r = root(i);
    let l = labelOf.get(r);
    if (l === undefined) labelOf.set(r, (l = labelOf.size));
    labels[i] = l;
  }
  return labels;
}
