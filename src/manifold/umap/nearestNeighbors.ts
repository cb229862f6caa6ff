import {kdTree} from "../../cluster/kdTree.js";
import type {KdTree} from "../../cluster/kdTree.js";
import type {Matrix} from "../../core/matrix.js";

/** Each row's k nearest rows, flat `n × k` row-major, nearest first. */
export interface Neighbors {
  n: number;
  k: number;
  /** Row number of each neighbour. */
  indices: Int32Array;
  /** Euclidean distance to each neighbour. */
  distances: Float64Array;
}

/**
 * Exact k nearest neighbours of every row of M among the rows of M, the row itself first (at
 * distance 0, as umap-learn's graph expects), then its k − 1 nearest other rows. A k-d tree
 * (`src/cluster/kdTree.ts`), which falls back to a brute-force scan above 32 columns. Ties are
 * broken by the order the search meets them.
 */
export function nearestNeighbors(M: Matrix, k: number, {onRow}: {onRow?: (done: number) => void} = {}): Neighbors {
  const tree = kdTree(M);
  const {n, d, points, index} = tree;
  const indices = new Int32Array(n * k), distances = new Float64Array(n * k);
  const search = treeSearch(tree, k - 1);
  for (let q = 0; q < n; ++q) {
    const row = index[q];
    indices[row * k] = row;
    search(points, q * d, q);
    for (let j = 1; j < k; ++j) {
      indices[row * k + j] = index[search.best[j - 1]];
      distances[row * k + j] = Math.sqrt(search.dist[j - 1]);
    }
    if (onRow && (q & 1023) === 1023) onRow(q + 1);
  }
  return {n, k, indices, distances};
}

/**
 * The k nearest training rows of each row of `Q` (rows not in the tree: none is skipped), for
 * placing new rows on a map.
 */
export function queryNeighbors(tree: KdTree, Q: Matrix, k: number): Neighbors {
  if (Q.d !== tree.d) throw new RangeError(`the new rows have ${Q.d} columns but the map was fitted on ${tree.d}`);
  const indices = new Int32Array(Q.n * k), distances = new Float64Array(Q.n * k);
  const search = treeSearch(tree, k);
  for (let i = 0; i < Q.n; ++i) {
    search(Q.data, i * Q.d, -1);
    for (let j = 0; j < k; ++j) {
      indices[i * k + j] = tree.index[search.best[j]];
      distances[i * k + j] = Math.sqrt(search.dist[j]);
    }
  }
  return {n: Q.n, k, indices, distances};
}

type Search = ((coords: Float64Array, offset: number, skip: number) => void) & {best: Int32Array; dist: Float64Array};

// Depth-first search, nearer child first, pruned by the current k-th squared distance; `best`
// holds tree positions sorted by distance. `skip` is a tree position to leave out (the query itself).
function treeSearch(tree: KdTree, k: number): Search {
  const {d, points, firstLeaf, start, end, lo, hi} = tree;
  const best = new Int32Array(Math.max(k, 1)), dist = new Float64Array(Math.max(k, 1));
  const stack = new Int32Array(64), gap = new Float64Array(64);
  const boxGap = (node: number, coords: Float64Array, offset: number): number => {
    let s = 0;
    for (let j = 0, o = node * d; j < d; ++j) {
      const x = coords[offset + j];
      const g = x < lo[o + j] ? lo[o + j] - x : x > hi[o + j] ? x - hi[o + j] : 0;
      s += g * g;
    }
    return s;
  };
  const search = (coords: Float64Array, offset: number, skip: number): void => {
    if (k === 0) return;
    dist.fill(Infinity);
    best.fill(-1);
    let top = 0;
    stack[0] = 0;
    gap[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (gap[top] > dist[k - 1]) continue;
      if (node >= firstLeaf) {
        for (let p = start[node], e = end[node]; p < e; ++p) {
          if (p === skip) continue;
          let s = 0;
          for (let j = 0, a = p * d; j < d; ++j) {
            const t = points[a + j] - coords[offset + j];
            s += t * t;
          }
          if (s < dist[k - 1]) {
            let i = k - 1;
            while (i > 0 && dist[i - 1] > s) {
              dist[i] = dist[i - 1];
              best[i] = best[i - 1];
              --i;
            }
            dist[i] = s;
            best[i] = p;
          }
        }
      } else {
        const l = 2 * node + 1, r = l + 1;
        const dl = boxGap(l, coords, offset), dr = boxGap(r, coords, offset);
        const nearLeft = dl <= dr;
        const df = nearLeft ? dr : dl;
        if (df <= dist[k - 1]) {
          stack[top] = nearLeft ? r : l;
          gap[top++] = df;
        }
        stack[top] = nearLeft ? l : r;
        gap[top++] = nearLeft ? dl : dr;
      }
    }
  };
  return Object.assign(search, {best, dist});
}
