// Prim's algorithm on a sparse graph that holds every edge dense Prim's could pick, so that it
// visits the rows in the same order as R dbscan 1.1's Prim's on all n² mutual reachability distances.
import type {SpanningTree} from "./spanningTree.js";

/**
 * Prim's order from row 0 over the union of a minimum spanning tree and the core-ball edges,
 * returned as R 1.1 records it: each row's edge to the row added just before it, with the weight
 * of its lightest edge to the rows added so far. Ties go to the lowest row index, as in R.
 *
 * Why this is dense Prim's order: when dense Prim's adds a row, the weight w of its edge to the
 * visited rows is the lightest across the cut, so that edge is "tight" — no path between its ends
 * has a smaller largest edge. Tight edges are the spanning tree's own and, where weights tie,
 * edges of equal weight; an edge weighing max(core(a), core(b)) joins rows in each other's core
 * ball (`coreNeighbourhoods`). Only an edge whose plain distance equals another tight weight
 * exactly — rows on a lattice, duplicates — can be missing, and then a tie may be broken differently.
 *
 * Nodes here are tree positions (for locality); `row` maps them to row indices, which break ties
 * and label the returned edges, and the walk starts from the position of row 0.
 */
export function sparsePrimOrder(
  mst: SpanningTree,
  offsets: Int32Array,
  neighbours: Int32Array,
  weightOf: (a: number, b: number) => number,
  row: Int32Array,
  first: number,
): SpanningTree {
  const n = offsets.length - 1;
  // Adjacency: core-ball lists plus both directions of the tree's edges.
  const degree = new Int32Array(n);
  for (let a = 0; a < n; ++a) degree[a] += offsets[a + 1] - offsets[a];
  for (let a = 0; a < n; ++a) for (let t = offsets[a]; t < offsets[a + 1]; ++t) ++degree[neighbours[t]];
  for (let e = 0; e < n - 1; ++e) {
    ++degree[mst.from[e]];
    ++degree[mst.to[e]];
  }
  const start = new Int32Array(n + 1);
  for (let a = 0; a < n; ++a) start[a + 1] = start[a] + degree[a];
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]);
  const adjW = new Float64Array(start[n]);
  const link = (a: number, b: number, w: number): void => {
    adj[fill[a]] = b;
    adjW[fill[a]++] = w;
  };
  for (let a = 0; a < n; ++a) {
    for (let t = offsets[a]; t < offsets[a + 1]; ++t) {
      const b = neighbours[t], w = weightOf(a, b);
      link(a, b, w);
      link(b, a, w);
    }
  }
  for (let e = 0; e < n - 1; ++e) {
    link(mst.from[e], mst.to[e], mst.weight[e]);
    link(mst.to[e], mst.from[e], mst.weight[e]);
  }
  // A binary heap of (weight, row) with lazy deletion: stale entries are skipped when popped.
  let heapW = new Float64Array(1024), heapR = new Int32Array(1024), size = 0;
  const less = (i: number, j: number): boolean => heapW[i] < heapW[j] || (heapW[i] === heapW[j] && row[heapR[i]] < row[heapR[j]]);
  const swap = (i: number, j: number): void => {
    const w = heapW[i], r = heapR[i];
    heapW[i] = heapW[j];
    heapR[i] = heapR[j];
    heapW[j] = w;
    heapR[j] = r;
  };
  const push = (w: number, r: number): void => {
    if (size === heapW.length) {
      const gw = new Float64Array(size * 2), gr = new Int32Array(size * 2);
      gw.set(heapW);
      gr.set(heapR);
      heapW = gw;
      heapR = gr;
    }
    heapW[size] = w;
    heapR[size] = r;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(i, p)) break;
      swap(i, p);
      i = p;
    }
  };
  const pop = (): void => {
    swap(0, --size);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < size && less(l, m)) m = l;
      if (r < size && less(r, m)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  };
  const fringe = new Float64Array(n).fill(Infinity);
  const visited = new Uint8Array(n);
  const from = new Int32Array(n - 1), to = new Int32Array(n - 1), weight = new Float64Array(n - 1);
  let current = first;
  for (let e = 0; e < n - 1; ++e) {
    visited[current] = 1;
    for (let t = start[current]; t < start[current + 1]; ++t) {
      const b = adj[t], w = adjW[t];
      if (!visited[b] && w < fringe[b]) {
        fringe[b] = w;
        push(w, b);
      }
    }
    while (visited[heapR[0]] || heapW[0] !== fringe[heapR[0]]) pop();
    const next = heapR[0];
    from[e] = row[next];
    to[e] = row[current];
    weight[e] = fringe[next];
    pop();
    current = next;
  }
  return {from, to, weight};
}
