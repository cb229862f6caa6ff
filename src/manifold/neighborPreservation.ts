import type {Rows} from "../core/matrix.js";
import {toMatrix} from "../core/matrix.js";
import {nearestNeighbors} from "./umap/nearestNeighbors.js";

/** Options of {@link neighborPreservation}. */
export interface NeighborPreservationOptions {
  /** Neighbourhood size k (the row itself not counted); defaults to 15. */
  nNeighbors?: number;
}

/**
 * The mean share of each row's k nearest rows in the data that are also among its k nearest on
 * the map (k-nearest-neighbour preservation; 1 = every neighbourhood kept, about k / n for a
 * random map). Exact neighbours on both sides (k-d trees); ties broken by the search order.
 */
export function neighborPreservation(X: Rows, embedding: Rows, {nNeighbors = 15}: NeighborPreservationOptions = {}): number {
  const A = toMatrix(X, {name: "data"});
  const E = toMatrix(embedding, {name: "embedding"});
  const n = A.n, k = nNeighbors;
  if (E.n !== n) throw new RangeError(`the embedding has ${E.n} rows but the data has ${n}`);
  if (!Number.isInteger(k) || k < 1 || k >= n) throw new RangeError(`nNeighbors = ${k}; it must be a whole number from 1 to n − 1 = ${n - 1}`);
  const a = nearestNeighbors(A, k + 1), e = nearestNeighbors(E, k + 1);
  const mark = new Int32Array(n).fill(-1);
  let kept = 0;
  for (let i = 0; i < n; ++i) {
    for (let j = 1; j <= k; ++j) mark[a.indices[i * (k + 1) + j]] = i;
    for (let j = 1; j <= k; ++j) if (mark[e.indices[i * (k + 1) + j]] === i) ++kept;
  }
  return kept / (n * k);
}
