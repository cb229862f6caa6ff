// Minimum spanning trees of the mutual reachability graph, whose weight between rows a and b is
// max(core(a), core(b), ‖a − b‖) (Campello et al. 2013). Small data: Prim's algorithm on the dense
// graph in R dbscan 1.1's order, so ties fall as in the reference. Large data: Borůvka's algorithm
// over a k-d tree (McInnes & Healy 2017), never holding the n² distances.
import type {Matrix} from "../../core/matrix.js";
import {distance2, kthNeighbourDistances, MAX_TREE_DIMENSIONS, minDistance2} from "../kdTree.js";
import type {KdTree} from "../kdTree.js";
import {coreBalls} from "./neighbourhoods.js";
import {sparsePrimOrder} from "./primOrder.js";

/** n − 1 weighted edges between row indices. */
export interface SpanningTree {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** Up to this many rows (or above the k-d tree's column limit) the tree is built by Prim's algorithm. */
export const PRIM_MAX_ROWS = 4096;

/**
 * Core distances (minSamples-th nearest row, counting the row itself) and the spanning tree of the
 * mutual reachability distances as R dbscan 1.1 records it (a path in Prim's order): dense Prim's
 * up to `denseUpTo` rows (and above the k-d tree's column limit); above, Borůvka's minimum spanning
 * tree over the k-d tree, then Prim's order over that tree and the core balls (`sparsePrimOrder`),
 * which is dense Prim's order without its n² distances.
 */
export function mutualReachabilityTree(M: Matrix, tree: KdTree, minSamples: number, denseUpTo = PRIM_MAX_ROWS): {core: Float64Array; path: SpanningTree} {
  if (M.n <= denseUpTo || M.d > MAX_TREE_DIMENSIONS) {
    const core = kthNeighbourDistances(tree, minSamples);
    return {core, path: primTree(M, core)};
  }
  const {n, d, points, index, position} = tree;
  const balls = coreBalls(tree, minSamples);
  const coreT = new Float64Array(n);
  for (let p = 0; p < n; ++p) coreT[p] = balls.core[index[p]];
  const weightOf = (a: number, b: number): number => Math.max(coreT[a], coreT[b], distance(points, d, a, b));
  const mst = boruvkaTree(tree, coreT, balls, weightOf);
  return {core: balls.core, path: sparsePrimOrder(mst, balls.offsets, balls.neighbours, weightOf, index, position[0])};
}

function distance(data: Float64Array, d: number, a: number, b: number): number {
  return Math.sqrt(distance2(data, d, a, b));
}

/**
 * Prim's algorithm from row 0 as R dbscan 1.1's `prims`: the fringe keeps each outside row's
 * lightest edge to the tree, the next row is the first (lowest index) of the lightest. Like R 1.1,
 * it records each added row's edge to the row added just before it, with the weight of its
 * lightest edge: a path in Prim's order, which has the same connected components as the true tree
 * at every height (Prim's algorithm finishes each component below a height before leaving it), so
 * the single-linkage clusters are the same and ties merge in R's order. O(n²·d) time, O(n) memory.
 */
export function primTree(M: Matrix, core: Float64Array): SpanningTree {
  const {data, n, d} = M;
  const from = new Int32Array(n - 1), to = new Int32Array(n - 1), weight = new Float64Array(n - 1);
  const fringe = new Float64Array(n).fill(Infinity);
  const selected = new Uint8Array(n);
  let current = 0;
  for (let e = 0; e < n - 1; ++e) {
    selected[current] = 1;
    let min = Infinity, next = -1;
    const cc = core[current];
    for (let i = 0; i < n; ++i) {
      if (selected[i]) continue;
      let w = distance(data, d, i, current);
      if (cc > w) w = cc;
      if (core[i] > w) w = core[i];
      if (w < fringe[i]) fringe[i] = w;
      if (fringe[i] < min) {
        min = fringe[i];
        next = i;
      }
    }
    from[e] = next;
    to[e] = current;
    weight[e] = min;
    current = next;
  }
  return {from, to, weight};
}

/**
 * Borůvka's algorithm over a k-d tree (rows as tree positions): in each round every component finds its lightest edge to
 * another component and all are added, so the number of components at least halves. A row's
 * search skips nodes whose rows all lie in its own component and nodes that cannot beat its
 * component's best edge so far (the edge weight is at least the row's core distance, the node's
 * smallest core distance and the distance to the node's box). Each round first tries the edges
 * to rows in core balls, so the bounds are tight before any search.
 */
export function boruvkaTree(
  tree: KdTree,
  coreT: Float64Array,
  balls: {offsets: Int32Array; neighbours: Int32Array},
  weightOf: (a: number, b: number) => number,
): SpanningTree {
  const {n, d, points, firstLeaf, nNodes, start, end} = tree;
  // Squared core distances in tree order; each node's smallest.
  const core2 = new Float64Array(n);
  for (let p = 0; p < n; ++p) core2[p] = coreT[p] * coreT[p];
  const nodeCore2 = new Float64Array(nNodes);
  for (let node = nNodes - 1; node >= 0; --node) {
    if (node >= firstLeaf) {
      let m = Infinity;
      for (let p = start[node]; p < end[node]; ++p) if (core2[p] < m) m = core2[p];
      nodeCore2[node] = m;
    } else nodeCore2[node] = Math.min(nodeCore2[2 * node + 1], nodeCore2[2 * node + 2]);
  }
  const parent = new Int32Array(n);
  for (let p = 0; p < n; ++p) parent[p] = p;
  const find = (p: number): number => {
    while (parent[p] !== p) {
      parent[p] = parent[parent[p]];
      p = parent[p];
    }
    return p;
  };
  const comp = new Int32Array(n);
  const nodeComp = new Int32Array(nNodes);
  const best2 = new Float64Array(n), bestFrom = new Int32Array(n), bestTo = new Int32Array(n);
  const from = new Int32Array(n - 1), to = new Int32Array(n - 1), weight = new Float64Array(n - 1);
  const stack = new Int32Array(64), gap = new Float64Array(64);
  let edges = 0;
  while (edges < n - 1) {
    for (let p = 0; p < n; ++p) comp[p] = find(p);
    for (let node = nNodes - 1; node >= 0; --node) {
      if (node >= firstLeaf) {
        let c = start[node] < end[node] ? comp[start[node]] : -2;
        for (let p = start[node] + 1; p < end[node] && c >= 0; ++p) if (comp[p] !== c) c = -1;
        nodeComp[node] = c;
      } else {
        const a = nodeComp[2 * node + 1], b = nodeComp[2 * node + 2];
        nodeComp[node] = a === b || b === -2 ? a : a === -2 ? b : -1;
      }
    }
    best2.fill(Infinity);
    // Seed each component's bound with the edges to its rows' core balls, whose weights are known.
    for (let q = 0; q < n; ++q) {
      const cq = comp[q];
      for (let t = balls.offsets[q], e = balls.offsets[q + 1]; t < e; ++t) {
        const p = balls.neighbours[t];
        if (comp[p] === cq) continue;
        const w = weightOf(q, p);
        if (w * w < best2[cq]) {
          best2[cq] = w * w;
          bestFrom[cq] = q;
          bestTo[cq] = p;
        }
      }
    }
    for (let q = 0; q < n; ++q) {
      const cq = comp[q];
      const cq2 = core2[q];
      if (cq2 >= best2[cq]) continue;
      let top = 0;
      stack[0] = 0;
      gap[top++] = 0;
      while (top > 0) {
        const node = stack[--top];
        const g = gap[top];
        if (g >= best2[cq] || nodeComp[node] === cq) continue;
        if (node >= firstLeaf) {
          for (let p = start[node], e = end[node]; p < e; ++p) {
            if (comp[p] === cq) continue;
            let w = 0;
            for (let j = 0, a = p * d, b = q * d; j < d; ++j) {
              const t = points[a + j] - points[b + j];
              w += t * t;
            }
            if (cq2 > w) w = cq2;
            if (core2[p] > w) w = core2[p];
            if (w < best2[cq]) {
              best2[cq] = w;
              bestFrom[cq] = q;
              bestTo[cq] = p;
            }
          }
        } else {
          const l = 2 * node + 1, r = l + 1;
          let dl = minDistance2(tree, l, q), dr = minDistance2(tree, r, q);
          if (nodeCore2[l] > dl) dl = nodeCore2[l];
          if (nodeCore2[r] > dr) dr = nodeCore2[r];
          if (cq2 > dl) dl = cq2;
          if (cq2 > dr) dr = cq2;
          // Farther child first on the stack, so the nearer one is searched first.
          if (dl <= dr) {
            stack[top] = r;
            gap[top++] = dr;
            stack[top] = l;
            gap[top++] = dl;
          } else {
            stack[top] = l;
            gap[top++] = dl;
            stack[top] = r;
            gap[top++] = dr;
          }
        }
      }
    }
    for (let c = 0; c < n; ++c) {
      if (comp[c] !== c || best2[c] === Infinity) continue;
      const q = bestFrom[c], p = bestTo[c];
      const a = find(q), b = find(p);
      if (a === b) continue;
      parent[a] = b;
      // Tree positions, and the weight as R computes it: the largest of the core distances and the distance.
      from[edges] = q;
      to[edges] = p;
      weight[edges] = weightOf(q, p);
      ++edges;
    }
  }
  return {from, to, weight};
}
