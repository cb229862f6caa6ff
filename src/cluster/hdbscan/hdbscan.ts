// HDBSCAN*: density-based clusters over all densities, without eps (Campello, Moulavi & Sander 2013;
// McInnes, Healy & Astels 2017), with the semantics of R's dbscan 1.1 `hdbscan` — the reference.
import {toMatrix} from "../../core/matrix.js";
import {kdTree} from "../kdTree.js";
import type {Rows} from "../../core/matrix.js";
import {clusterTree} from "./condensedTree.js";
import {outlierScores} from "./outlierScores.js";
import {selectClusters} from "./selectClusters.js";
import type {ClusterSelectionMethod} from "./selectClusters.js";
import {singleLinkage} from "./singleLinkage.js";
import {mutualReachabilityTree} from "./spanningTree.js";

/** Options of {@link hdbscan}. */
export interface HdbscanOptions {
  /** Smallest number of rows a cluster may have, at least 2; defaults to 5. */
  minClusterSize?: number;
  /** Rows counted (the row itself included) for a row's core distance; defaults to minClusterSize. */
  minSamples?: number;
  /** "eom" (the most stable clusters) or "leaf" (the finest ones); defaults to "eom". */
  clusterSelectionMethod?: ClusterSelectionMethod;
  /** Clusters that appear below this distance are merged into the ancestor that appears above it; defaults to 0 (off). */
  clusterSelectionEpsilon?: number;
}

/** One cluster of the condensed tree. Distances are mutual reachability distances. */
export interface CondensedCluster {
  id: number;
  /** The cluster it split off (−1 for the root, id 0). */
  parent: number;
  /** Distance at which it appears; smaller is denser. */
  birth: number;
  /** Distance at which it splits in two, or, for a leaf, its smallest internal distance. */
  death: number;
  /** Rows it holds when it appears. */
  size: number;
  /** R's stability: Σ over its rows of (1/ε − 1/birth), ε where a row leaves it (or its split). */
  stability: number;
  /** Its label when selected as a cluster, else −1. */
  label: number;
}

/** The result of {@link hdbscan} (JSON-ready). */
export interface HdbscanResult {
  /** Cluster of each row, 0 … k − 1, or −1 for noise. */
  labels: number[];
  /** Strength of each row's membership, 0 (noise) to 1 (the cluster's densest rows): R's membership_prob. */
  probabilities: number[];
  /** GLOSH outlier score of each row, 0 (inlier) towards 1 (outlier). */
  outlierScores: number[];
  /**
   * Stability of each cluster, by label (R's cluster_scores); higher means it persists over more
   * densities. Infinity for a cluster holding duplicate rows at distance 0 (R reports NaN there).
   */
  persistence: number[];
  /** Each row's core distance. */
  coreDistances: number[];
  /** The cluster tree with a row's cluster and leaving distance. */
  condensedTree: {clusters: CondensedCluster[]; points: {cluster: number[]; distance: number[]}};
  nClusters: number;
  nNoise: number;
  minClusterSize: number;
  minSamples: number;
}

/**
 * Finds clusters of varying density and labels the rest noise, without a radius: core distances
 * (the minSamples-th nearest row, counting the row itself), the minimum spanning tree of the mutual
 * reachability distances max(core(a), core(b), ‖a − b‖), its single-linkage hierarchy, the tree of
 * clusters with at least minClusterSize rows, and the selection of the most stable ones.
 *
 * With minClusterSize = minSamples = m this is R's `dbscan::hdbscan(x, minPts = m)` (dbscan 1.1,
 * Debian's r-cran-dbscan), compared in test/unit/cluster/hdbscan.test.ts on the fixtures and seeded
 * tables: identical labels, probabilities, outlier scores and cluster stabilities. Its conventions:
 * a part of fewer than minClusterSize rows that separates from a cluster stays in it (its rows leave
 * it one by one, where each becomes single), `probabilities` are 1 − core / (the cluster's largest
 * core distance), and the root is never a cluster (one dense blob is all noise). Up to 4,096 rows the
 * spanning tree is built by Prim's algorithm in R's order; above, by Borůvka's over a k-d tree, whose
 * tree can resolve equal distances differently. "leaf" and clusterSelectionEpsilon follow the hdbscan
 * library (R 1.1 has neither).
 *
 * @example hdbscan(standardize(rows).data, {minClusterSize: 10}).labels
 */
export function hdbscan(
  X: Rows,
  {minClusterSize = 5, minSamples = minClusterSize, clusterSelectionMethod = "eom", clusterSelectionEpsilon = 0}: HdbscanOptions = {},
): HdbscanResult {
  const M = toMatrix(X);
  if (typeof minClusterSize !== "number" || !Number.isInteger(minClusterSize) || minClusterSize < 2) {
    throw new RangeError(`minClusterSize = ${String(minClusterSize)}; the smallest cluster must be a whole number of rows, at least 2`);
  }
  if (typeof minSamples !== "number" || !Number.isInteger(minSamples) || minSamples < 1) {
    throw new RangeError(`minSamples = ${String(minSamples)}; minSamples must be a whole number, at least 1`);
  }
  if (minSamples > M.n) throw new RangeError(`minSamples = ${minSamples}, but the data has only ${M.n} row${M.n === 1 ? "" : "s"}`);
  if (typeof clusterSelectionEpsilon !== "number" || !(clusterSelectionEpsilon >= 0) || clusterSelectionEpsilon === Infinity) {
    throw new RangeError(`clusterSelectionEpsilon = ${String(clusterSelectionEpsilon)}; it must be a finite distance ≥ 0`);
  }
  const n = M.n;
  const index = kdTree(M);
  const {core, path} = mutualReachabilityTree(M, index, minSamples);
  const merges = singleLinkage(path, n);
  const tree = clusterTree(merges, n, minClusterSize);
  const selected = selectClusters(tree, clusterSelectionMethod, clusterSelectionEpsilon);
  // The label of each tree cluster: its own if selected, else its nearest selected ancestor's.
  const clusterLabel = new Int32Array(tree.count).fill(-1);
  selected.forEach((c, i) => (clusterLabel[c] = i));
  for (let c = 1; c < tree.count; ++c) if (clusterLabel[c] < 0) clusterLabel[c] = clusterLabel[tree.parent[c]];
  const labels = new Array<number>(n);
  const maxCore = new Float64Array(selected.length);
  let nNoise = 0;
  for (let p = 0; p < n; ++p) {
    const l = clusterLabel[tree.pointCluster[p]];
    labels[p] = l;
    if (l < 0) ++nNoise;
    else if (core[p] > maxCore[l]) maxCore[l] = core[p];
  }
  const probabilities = labels.map((l, p) => (l < 0 ? 0 : maxCore[l] > 0 ? (maxCore[l] - core[p]) / maxCore[l] : 1));
  const selectedSet = new Set(selected);
  const clusters: CondensedCluster[] = Array.from({length: tree.count}, (_, c) => ({
    id: c,
    parent: tree.parent[c],
    birth: tree.birth[c],
    death: tree.death[c],
    size: tree.size[c],
    stability: tree.stability[c],
    label: selectedSet.has(c) ? clusterLabel[c] : -1,
  }));
  return {
    labels,
    probabilities,
    outlierScores: Array.from(outlierScores(tree)),
    persistence: selected.map((c) => tree.stability[c]),
    coreDistances: Array.from(core),
    condensedTree: {clusters, points: {cluster: Array.from(tree.pointCluster), distance: Array.from(tree.pointDistance)}},
    nClusters: selected.length,
    nNoise,
    minClusterSize,
    minSamples,
  };
}
