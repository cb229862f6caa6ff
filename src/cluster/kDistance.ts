import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {kdTree, kthNeighbourDistances} from "./kdTree.js";

export interface KDistanceOptions {
  /**
   * Which neighbour: the k-th nearest point counting the point itself, so k = 1 gives zeros and
   * k = minSamples gives the curve for choosing DBSCAN's eps. An integer in [1, n]; defaults to 5.
   */
  k?: number;
}

/**
 * The k-distance curve: each row's Euclidean distance to its k-th nearest row (the row itself
 * counts as the first), sorted from largest to smallest. Plotted, it falls steeply through the
 * sparse points and flattens inside clusters; a DBSCAN eps near the bend separates the two
 * (see {@link suggestEps}). Same as scikit-learn's `NearestNeighbors(n_neighbors=k).kneighbors(X)`
 * last column, sorted descending.
 */
export function kDistance(X: Rows, {k = 5}: KDistanceOptions = {}): number[] {
  const M = toMatrix(X, {name: "data"});
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
    throw new RangeError(`k = ${String(k)}; k must be a whole number of at least 1 (the point itself is the first neighbour)`);
  }
  if (k > M.n) throw new RangeError(`k = ${k}, but the data has only ${M.n} row${M.n === 1 ? "" : "s"}`);
  const distances = kthNeighbourDistances(kdTree(M), k);
  return Array.from(distances.sort().reverse());
}
