// The edge list every HDBSCAN step passes on (its own file so that the tree builders and Prim's order import it without a cycle).

/** A spanning tree: n − 1 weighted edges between row indices, as parallel arrays in the order they were added. */
export interface SpanningTree {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}
