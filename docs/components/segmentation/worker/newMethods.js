// The methods added by issue 18, run in the analysis worker beside clusterRun.js's k-means,
// hierarchical and DBSCAN: Gaussian mixtures ("gmm"), HDBSCAN ("hdbscan") and k-medoids on Gower
// distances ("kmedoids", mixed numeric and categorical columns). clusterRun.js's `cluster` hands
// these three algorithms here (one delimited hook).
import {gaussianMixture, gower, hdbscan, kmedoids, randomSource, subsampleIndices} from "../../../lib/index.js";
import {gowerSilhouette} from "./gowerSilhouette.js";

/** Rows above which k-medoids runs on a seeded sample: Gower keeps n(n−1)/2 distances (5,000 rows: 100 MB). */
export const kmedoidsLimit = 5000;

/** The algorithms this file runs. */
export const newMethods = ["gmm", "hdbscan", "kmedoids"];

/**
 * Runs one of the new methods on the prepared rows X. `features` are the prepared column names
 * (numeric first, then one-hot columns "column = value"), needed by k-medoids to treat each
 * categorical column as one category. Returns {labels, probabilities?, model, notes}.
 */
export function clusterNew(X, params, {seed = params.seed ?? 42, nInit = 1, features} = {}) {
  switch (params.algorithm) {
    case "gmm": {
      const r = gaussianMixture(X, {k: params.k, covariance: params.covariance ?? "full", seed, nInit});
      return {
        labels: r.labels,
        probabilities: r.probabilities.map((p) => Math.max(...p)),
        iterations: r.iterations,
        converged: r.converged,
        model: {kind: "gmm", covariance: r.covariance, weights: r.weights, means: r.means, covariances: r.covariances, score: r.score, bic: r.bic, aic: r.aic, parameters: r.parameters},
        notes: r.converged ? [] : [`EM stopped after ${r.iterations} iterations without converging; the mixture may still move.`]
      };
    }
    case "hdbscan": {
      const minClusterSize = params.minClusterSize ?? 5;
      const r = hdbscan(X, {minClusterSize, minSamples: params.minSamples ?? minClusterSize, clusterSelectionMethod: params.selection ?? "eom"});
      return {labels: r.labels, probabilities: r.probabilities, model: {kind: "hdbscan", persistence: r.persistence.map((p) => (Number.isFinite(p) ? p : null))}, notes: []};
    }
    case "kmedoids":
      return medoidRun(X, params, {seed, features});
    default:
      throw new RangeError(`unknown algorithm: ${params.algorithm}`);
  }
}

/** The Gower table of rows `index` of X: numeric columns as numbers, each one-hot group as one category (its level's name). */
export function mixedColumns(X, index, {numeric = [], categorical = [], features}) {
  const columns = {};
  numeric.forEach((name, j) => (columns[`n:${name}`] = index.map((i) => X[i][j])));
  const groups = categorical.map((c) => ({name: c, at: features.flatMap((f, j) => (f.startsWith(`${c} = `) ? [j] : []))}));
  for (const {name, at} of groups) {
    columns[`c:${name}`] = index.map((i) => {
      let best = -1;
      for (const j of at) if (best < 0 || X[i][j] > X[i][best]) best = j;
      return best < 0 ? null : features[best].slice(name.length + 3);
    });
  }
  return {columns, numeric: numeric.map((n) => `n:${n}`), categorical: categorical.map((c) => `c:${c}`)};
}

function medoidRun(X, params, {seed, features}) {
  if (!features) throw new Error("k-medoids needs the prepared feature names");
  const n = X.length;
  if (params.k > n) throw new RangeError(`k = ${params.k} but the data has only ${n} rows`);
  const sampled = n > kmedoidsLimit;
  const sample = sampled ? subsampleIndices(n, kmedoidsLimit, randomSource(seed)) : Array.from({length: n}, (_, i) => i);
  const mixed = mixedColumns(X, sample, {numeric: params.numeric, categorical: params.categorical, features});
  const dissimilarity = gower(mixed.columns, {numeric: mixed.numeric, categorical: mixed.categorical});
  const r = kmedoids(dissimilarity, {k: params.k});
  const medoidRows = r.medoids.map((m) => sample[m]);
  let labels = r.labels;
  if (sampled) {
    // The other rows join the nearest medoid by the same Gower distance (ranges of the sample).
    const ranges = mixed.numeric.map((c) => {
      const v = mixed.columns[c];
      let lo = Infinity;
      let hi = -Infinity;
      for (const x of v) {
        if (x !== x) continue;
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
      return hi > lo ? hi - lo : 1;
    });
    const all = mixedColumns(X, Array.from({length: n}, (_, i) => i), {numeric: params.numeric, categorical: params.categorical, features});
    labels = new Array(n);
    for (let i = 0; i < n; ++i) labels[i] = nearestMedoid(all, ranges, i, medoidRows);
  }
  const notes = [`k-medoids compares rows by Gower's distance: each numeric feature by its difference over its range, each categorical feature (${params.categorical.length ? params.categorical.join(", ") : "none chosen"}) as equal or not; the medoids are real rows.`];
  if (sampled) notes.push(`Gower's distances grow with the square of the rows, so the medoids were found on a random sample of ${kmedoidsLimit.toLocaleString("en-US")} rows; the other ${(n - kmedoidsLimit).toLocaleString("en-US")} rows joined the nearest medoid.`);
  // The silhouette on the Gower distances PAM used (on its sample above kmedoidsLimit rows).
  const silhouette = gowerSilhouette(dissimilarity, r.labels, {sampled});
  return {labels, iterations: r.iterations, converged: r.converged, gowerSilhouette: silhouette, model: {kind: "kmedoids", medoids: medoidRows, cost: r.cost, sampled: sampled ? kmedoidsLimit : null}, notes};
}

function nearestMedoid(all, ranges, i, medoids) {
  let best = 0;
  let bestD = Infinity;
  medoids.forEach((m, label) => {
    let total = 0;
    let present = 0;
    all.numeric.forEach((c, j) => {
      const a = all.columns[c][i];
      const b = all.columns[c][m];
      if (a !== a || b !== b) return;
      total += Math.abs(a - b) / ranges[j];
      present += 1;
    });
    for (const c of all.categorical) {
      const a = all.columns[c][i];
      const b = all.columns[c][m];
      if (a === null || b === null) continue;
      total += a === b ? 0 : 1;
      present += 1;
    }
    const d = present ? total / present : Infinity;
    if (d < bestD) {
      bestD = d;
      best = label;
    }
  });
  return best;
}
