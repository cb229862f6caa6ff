// Each row's core ball: the rows within its core distance, found with the k-d tree.
import type {KdTree} from "../kdTree.js";
import {distance2, minDistance2} from "../kdTree.js";

/**
 * For every row a, the rows b ≠ a with ‖a − b‖² ≤ core2(a), as a compressed list in tree positions:
 * the neighbours of tree position a are `neighbours[offsets[a] … offsets[a + 1] − 1]`. `core2`
 * holds each row's squared core distance in tree order. Every edge whose mutual reachability distance is a core
 * distance, max(core(a), core(b)), joins rows in each other's core ball, so these lists hold them all.
 */
export function coreNeighbourhoods(tree: KdTree, core2: Float64Array): {offsets: Int32Array; neighbours: Int32Array} {
  const {n, d, points, firstLeaf, start, end} = tree;
  const offsets = new Int32Array(n + 1);
  let neighbours = new Int32Array(Math.max(16, n * 8));
  let size = 0;
  const stack = new Int32Array(64);
  for (let q = 0; q < n; ++q) {
    const r2 = core2[q];
    offsets[q] = size;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (minDistance2(tree, node, q) > r2) continue;
      if (node >= firstLeaf) {
        for (let p = start[node], e = end[node]; p < e; ++p) {
          if (p === q || distance2(points, d, p, q) > r2) continue;
          if (size === neighbours.length) {
            const grown = new Int32Array(neighbours.length * 2);
            grown.set(neighbours);
            neighbours = grown;
          }
          neighbours[size++] = p;
        }
      } else {
        stack[top++] = 2 * node + 1;
        stack[top++] = 2 * node + 2;
      }
    }
  }
  offsets[n] = size;
  return {offsets, neighbours: neighbours.slice(0, size)};
}
