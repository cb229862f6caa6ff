// Core distances of HDBSCAN*: each row's distance to its minSamples-th nearest row, counting itself.
import {kthNeighbourDistances} from "../kdTree.js";
import type {KdTree} from "../kdTree.js";

/**
 * Distance from each row to its minSamples-th nearest row counting the row itself (minSamples = 1
 * gives 0) — R dbscan's `coredist(x, minPts)`, which takes the (minPts − 1)-th nearest other row,
 * and scikit-learn's `min_samples`. Found with the k-d tree (a scan above its column limit).
 */
export function coreDistances(tree: KdTree, minSamples: number): Float64Array {
  return kthNeighbourDistances(tree, minSamples);
}
