// One clustering run and the sums the metrics need: k-means, hierarchical (tree kept per data and
// linkage, cut per k) and DBSCAN on a prepared matrix X.
import {cutTree, dbscan, kmeans} from "../../lib/index.js";
import {pooledKmeans} from "./worker/pool.js";
import {limits} from "./engineState.js";
import {cachedTree, treeKey, treeSummary} from "./treeCache.js";
import {clusterNew, newMethods} from "./worker/newMethods.js"; // issue 18 (gmm, hdbscan, kmedoids)

/** Within-cluster sum of squares of labelled rows (noise −1 left out). */
export function withinSS(X, labels) {
  const d = X[0].length;
  const sums = new Map();
  for (let i = 0; i < X.length; ++i) {
    if (labels[i] < 0) continue;
    let s = sums.get(labels[i]);
    if (!s) sums.set(labels[i], (s = {n: 0, sum: new Float64Array(d), sq: 0}));
    ++s.n;
    for (let j = 0; j < d; ++j) {
      s.sum[j] += X[i][j];
      s.sq += X[i][j] * X[i][j];
    }
  }
  let total = 0;
  for (const s of sums.values()) {
    let c = 0;
    for (let j = 0; j < d; ++j) c += (s.sum[j] * s.sum[j]) / s.n;
    total += s.sq - c;
  }
  return Math.max(0, total);
}

export function centroids(X, labels) {
  const d = X[0].length;
  const map = new Map();
  for (let i = 0; i < X.length; ++i) {
    if (labels[i] < 0) continue;
    let c = map.get(labels[i]);
    if (!c) map.set(labels[i], (c = {n: 0, sum: new Float64Array(d)}));
    ++c.n;
    for (let j = 0; j < d; ++j) c.sum[j] += X[i][j];
  }
  return [...map].sort((a, b) => a[0] - b[0]).map(([label, c]) => ({label, center: Array.from(c.sum, (s) => s / c.n)}));
}

function nearest(centers, x) {
  let best = -1;
  let bestD = Infinity;
  for (const {label, center} of centers) {
    let s = 0;
    for (let j = 0; j < x.length; ++j) s += (x[j] - center[j]) ** 2;
    if (s < bestD) {
      bestD = s;
      best = label;
    }
  }
  return best;
}

/** {@link cluster}, with k-means' runs spread over `pool` (worker/pool.js, over the matrix M of X): the same result. */
export async function clusterPooled(X, params, {pool, M, ...options} = {}) {
  if (params.algorithm !== "kmeans" || !pool) return cluster(X, params, options);
  // With a pool, M is X as a Matrix.
  const r = await pooledKmeans(pool, M, {k: params.k, nInit: options.nInit ?? params.nInit ?? 10, seed: options.seed ?? params.seed});
  return {labels: r.labels, iterations: r.iterations, converged: r.converged, centers: r.centers, notes: []};
}

/** Runs one clustering; returns labels for every row of X plus notes. */
export function cluster(X, params, {seed = params.seed, nInit = params.nInit ?? 10, cache = false, features} = {}) {
  const n = X.length;
  // issue 18: Gaussian mixtures, HDBSCAN and k-medoids live in worker/newMethods.js.
  if (newMethods.includes(params.algorithm)) return clusterNew(X, params, {seed, nInit: params.algorithm === "gmm" ? Math.min(nInit, 3) : nInit, features});
  switch (params.algorithm) {
    case "kmeans": {
      const r = kmeans(X, {k: params.k, nInit, seed});
      return {labels: r.labels, iterations: r.iterations, converged: r.converged, centers: r.centers, notes: []};
    }
    case "hierarchical": {
      const limit = params.linkage === "ward" || params.linkage === "single" ? limits.hierarchical : limits.hierarchicalDense;
      if (params.k > n) throw new RangeError(`k = ${params.k} but the data has only ${n} rows`);
      // The tree is kept per data, features and linkage: a new k only cuts it again.
      const {merges, sample, reused} = cachedTree(X, {key: cache ? treeKey(params, n, limit) : null, linkage: params.linkage, seed, limit, given: params.tree});
      if (!sample) {
        const labels = cutTree(merges, {k: params.k});
        return {labels, tree: cache ? treeSummary(merges, labels, params.k) : null, treeReused: reused, notes: []};
      }
      const sampleLabels = cutTree(merges, {k: params.k});
      const centers = centroids(sample.map((i) => X[i]), sampleLabels);
      const labels = X.map((x) => nearest(centers, x));
      return {
        labels,
        centers: centers.map((c) => c.center), // issue 18: the centroids the other rows joined (Python export)
        tree: cache ? treeSummary(merges, sampleLabels, params.k, {sampled: true}) : null,
        treeReused: reused,
        notes: [`Hierarchical clustering costs time in the square of the rows, so the tree was built on a random sample of ${limit.toLocaleString("en-US")} rows; the other ${(n - limit).toLocaleString("en-US")} rows joined the cluster with the nearest centroid.`]
      };
    }
    case "dbscan": {
      const r = dbscan(X, {eps: params.eps, minSamples: params.minSamples});
      return {labels: r.labels, core: r.core, notes: []};
    }
    default:
      throw new RangeError(`unknown algorithm: ${params.algorithm}`);
  }
}
