// The single-linkage tree of a spanning tree: its edges sorted by weight (stable, as R's `order`)
// and merged with a union–find, as R dbscan's `hclustMergeOrder`.
import type {SpanningTree} from "./spanningTree.js";

/**
 * n − 1 merges in R's hclust encoding: `left[k]`, `right[k]` are −(row + 1) for a single row and
 * m + 1 for the cluster formed by merge m; `height[k]` is the merge's distance, non-decreasing;
 * `size[k]` the number of rows it joins.
 */
export interface Merges {
  left: Int32Array;
  right: Int32Array;
  height: Float64Array;
  size: Int32Array;
}

export function singleLinkage(tree: SpanningTree, n: number): Merges {
  const m = n - 1;
  const order = Array.from({length: m}, (_, i) => i);
  order.sort((a, b) => tree.weight[a] - tree.weight[b] || a - b);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; ++i) parent[i] = i;
  // The merge label (R encoding) of each union–find root.
  const label = new Int32Array(n);
  for (let i = 0; i < n; ++i) label[i] = -(i + 1);
  const find = (p: number): number => {
    while (parent[p] !== p) {
      parent[p] = parent[parent[p]];
      p = parent[p];
    }
    return p;
  };
  const left = new Int32Array(m), right = new Int32Array(m), height = new Float64Array(m), size = new Int32Array(m);
  for (let k = 0; k < m; ++k) {
    const e = order[k];
    const a = find(tree.from[e]), b = find(tree.to[e]);
    left[k] = label[a];
    right[k] = label[b];
    height[k] = tree.weight[e];
    size[k] = (left[k] < 0 ? 1 : size[left[k] - 1]) + (right[k] < 0 ? 1 : size[right[k] - 1]);
    parent[a] = b;
    label[b] = k + 1;
  }
  return {left, right, height, size};
}
