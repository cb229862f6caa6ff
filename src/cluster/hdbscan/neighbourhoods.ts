// Core distances and core balls in one k-d tree search per row.
import type {KdTree} from "../kdTree.js";
import {distance2, minDistance2} from "../kdTree.js";

/** Core distances (original row order) and each row's core ball (tree positions, see {@link coreBalls}). */
export interface CoreBalls {
  core: Float64Array;
  offsets: Int32Array;
  neighbours: Int32Array;
}

// Relative width added to the k-th squared distance, so that rows tied with the k-th are kept.
const TIE = 1e-9;

/**
 * For every row, its distance to the k-th nearest row counting itself (the core distance, equal to
 * `kthNeighbourDistances`) and the rows b ≠ a within it, as a compressed list in tree positions:
 * the neighbours of tree position a are `neighbours[offsets[a] … offsets[a + 1] − 1]`. Each search
 * keeps the k nearest plus any tied with the k-th. Every edge whose mutual reachability distance is
 * a core distance, max(core(a), core(b)), joins rows in each other's core ball, so these lists hold
 * them all.
 */
export function coreBalls(tree: KdTree, k: number): CoreBalls {
  const {n, d, points, index, firstLeaf, start, end} = tree;
  const core = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  let neighbours = new Int32Array(Math.max(16, n * k));
  let size = 0;
  let ls = new Float64Array(k + 64), li = new Int32Array(k + 64);
  const stack = new Int32Array(64), gap = new Float64Array(64);
  for (let q = 0; q < n; ++q) {
    let m = 0;
    let bound = Infinity;
    let top = 0;
    stack[0] = 0;
    gap[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (gap[top] > bound) continue;
      if (node >= firstLeaf) {
        for (let p = start[node], e = end[node]; p < e; ++p) {
          const s = distance2(points, d, p, q);
          if (s > bound) continue;
          if (m === ls.length) {
            const gs = new Float64Array(m * 2), gi = new Int32Array(m * 2);
            gs.set(ls);
            gi.set(li);
            ls = gs;
            li = gi;
          }
          let j = m++;
          while (j > 0 && ls[j - 1] > s) {
            ls[j] = ls[j - 1];
            li[j] = li[j - 1];
            --j;
          }
          ls[j] = s;
          li[j] = p;
          if (m >= k) {
            bound = ls[k - 1] * (1 + TIE);
            while (m > k && ls[m - 1] > bound) --m;
          }
        }
      } else {
        const l = 2 * node + 1, r = l + 1;
        const dl = minDistance2(tree, l, q), dr = minDistance2(tree, r, q);
        if (dl <= dr) {
          if (dr <= bound) {
            stack[top] = r;
            gap[top++] = dr;
          }
          stack[top] = l;
          gap[top++] = dl;
        } else {
          if (dl <= bound) {
            stack[top] = l;
            gap[top++] = dl;
          }
          stack[top] = r;
          gap[top++] = dr;
        }
      }
    }
    core[index[q]] = Math.sqrt(ls[k - 1]);
    offsets[q] = size;
    if (size + m > neighbours.length) {
      const grown = new Int32Array(Math.max(neighbours.length * 2, size + m));
      grown.set(neighbours);
      neighbours = grown;
    }
    for (let j = 0; j < m; ++j) if (li[j] !== q) neighbours[size++] = li[j];
  }
  offsets[n] = size;
  return {core, offsets, neighbours: neighbours.slice(0, size)};
}
