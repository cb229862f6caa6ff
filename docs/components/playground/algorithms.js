// The playground's algorithms, one entry each: its parameters (with defaults and URL keys) and how
// it runs on the points. DOM-free: the worker runs `run`, the page builds controls from `params`.
// Adding a method (a Gaussian mixture, HDBSCAN) is one entry here: the picker, the URL, the
// Compare grid, the scores and the sentence pick it up, and its labels are drawn by the generic
// view; a picture of its own (a mixture's ellipses, HDBSCAN's persistence) is an entry in views.js.
// Parameter keys are URL keys, so they must differ across entries.
import {cutTree, dbscan, gaussianMixture, hdbscan, hierarchical, kmeans, pca, standardize, suggestEps} from "../../lib/index.js";

const INITS = ["kmeans++", "random", "manual"];
const LINKAGES = ["ward", "average", "complete", "single"];
const COVARIANCES = ["diag", "full", "tied", "spherical"];

export const algorithms = [
  {
    id: "kmeans",
    label: "k-means",
    method: () => "kmeans",
    name: () => "k-means",
    params: [
      {key: "k", label: "k (clusters)", type: "range", min: 1, max: 10, step: 1, value: 2},
      {key: "init", label: "Start", type: "select", options: INITS, value: "kmeans++", format: (v) => ({"kmeans++": "k-means++", random: "random points", manual: "I'll place them (click)"})[v]},
      {key: "kseed", label: "k-means seed", type: "range", min: 0, max: 99, step: 1, value: 0}
    ],
    // One run of Lloyd's algorithm (scikit-learn's KMeans(n_init=1, algorithm="lloyd")), every step kept.
    run(X, {k, init, kseed, centres}) {
      if (init === "manual") {
        if (!centres || centres.length < k) return {waiting: `Click the chart to place ${k - (centres?.length ?? 0)} more starting centre${k - (centres?.length ?? 0) === 1 ? "" : "s"}.`};
        init = centres.slice(0, k);
      }
      const r = kmeans(X, {k, init, nInit: 1, refine: false, history: true, seed: kseed});
      return {labels: r.labels, centers: r.centers, inertia: r.inertia, iterations: r.iterations, converged: r.converged, history: r.history};
    }
  },
  {
    id: "hierarchical",
    label: "Hierarchical",
    method: ({linkage}) => linkage,
    name: ({linkage}) => (linkage === "ward" ? "Ward's linkage" : `${linkage[0].toUpperCase()}${linkage.slice(1)} linkage`),
    params: [
      {key: "linkage", label: "Linkage", type: "select", options: LINKAGES, value: "ward"},
      {key: "cut", label: "Cut the tree by", type: "radio", options: ["k", "height"], value: "k", format: (v) => (v === "k" ? "number of clusters" : "height")},
      {key: "hk", label: "Clusters", type: "range", min: 1, max: 10, step: 1, value: 2, when: ({cut}) => cut === "k"},
      // A share of the last merge's height, so one range suits data of any scale.
      {key: "height", label: "Cut at (× top height)", type: "range", min: 0.01, max: 1, step: 0.01, value: 0.5, when: ({cut}) => cut === "height"}
    ],
    run(X, {linkage, cut, hk, height}) {
      const {merges} = hierarchical(X, {linkage});
      const top = merges[merges.length - 1][2];
      const labels = cut === "k" ? cutTree(merges, {k: Math.min(hk, X.length)}) : cutTree(merges, {height: height * top});
      return {labels, merges, cutHeight: cut === "k" ? null : height * top};
    }
  },
  {
    id: "dbscan",
    label: "DBSCAN",
    method: () => "dbscan",
    name: () => "DBSCAN",
    params: [
      {key: "eps", label: "eps (radius)", type: "range", min: 0.02, max: 3, step: 0.01, value: 0.2},
      {key: "ms", label: "minSamples", type: "range", min: 1, max: 30, step: 1, value: 5}
    ],
    run(X, {eps, ms}) {
      const r = dbscan(X, {eps, minSamples: ms});
      const knee = X.length >= 3 ? suggestEps(X, {k: Math.min(ms, X.length)}).eps : null;
      return {labels: r.labels, core: r.core, nClusters: r.nClusters, nNoise: r.nNoise, knee};
    }
  },
  {
    id: "gmm",
    label: "Gaussian mixture",
    method: () => "gmm",
    name: () => "The Gaussian mixture",
    params: [
      {key: "gk", label: "Components", type: "range", min: 1, max: 10, step: 1, value: 3},
      // Diagonal by default: from its k-means start, a full-covariance fit of the mouse stays in
      // k-means' partition (adjusted Rand 0.38) while the diagonal one finds head and ears (0.99).
      {key: "cov", label: "Covariance", type: "select", options: COVARIANCES, value: "diag", format: (v) => ({full: "full (any ellipse)", diag: "diagonal (axis-aligned ellipses)", tied: "tied (one shared ellipse)", spherical: "spherical (circles)"})[v]},
      {key: "gseed", label: "Mixture seed", type: "range", min: 0, max: 99, step: 1, value: 0}
    ],
    // scikit-learn's GaussianMixture: EM from a k-means start; each point goes to its most probable component.
    run(X, {gk, cov, gseed}) {
      const k = Math.min(gk, X.length);
      const r = gaussianMixture(X, {k, covariance: cov, seed: gseed});
      return {labels: r.labels, means: r.means, weights: r.weights, bic: r.bic, converged: r.converged, iterations: r.iterations, uncertain: r.probabilities.filter((p) => Math.max(...p) < 0.5).length};
    }
  },
  {
    id: "hdbscan",
    label: "HDBSCAN",
    method: () => "hdbscan",
    name: () => "HDBSCAN",
    params: [
      {key: "mcs", label: "Smallest cluster", type: "range", min: 2, max: 100, step: 1, value: 10},
      {key: "hms", label: "minSamples", type: "range", min: 1, max: 50, step: 1, value: 5}
    ],
    // McInnes et al.'s HDBSCAN (as R's dbscan::hdbscan): no eps; clusters that persist across densities.
    run(X, {mcs, hms}) {
      if (X.length < 2) return {labels: X.map(() => -1)};
      const r = hdbscan(X, {minClusterSize: Math.min(mcs, X.length), minSamples: Math.min(hms, X.length)});
      return {labels: r.labels, nNoise: r.labels.filter((l) => l < 0).length};
    }
  },
  {
    id: "pca",
    label: "PCA",
    method: () => null, // not a clustering: no labels, no verdict
    name: () => "PCA",
    params: [{key: "scale", label: "Before PCA", type: "radio", options: ["none", "standardize"], value: "none", format: (v) => (v === "none" ? "raw units" : "standardize each column")}],
    // With standardizing, the axes are found in standardized units and drawn back in the data's units.
    run(X, {scale}) {
      const Z = scale === "standardize" ? standardize(X) : null;
      const r = pca(Z ? Z.data : X);
      return {components: r.components, explainedVariance: r.explainedVariance, ratio: r.explainedVarianceRatio, mean: Z ? Z.mean : r.mean, scale: Z ? Z.scale : [1, 1]};
    }
  }
];

export const algorithmById = new Map(algorithms.map((a) => [a.id, a]));

/** The default value of every parameter, by URL key. */
export function defaultParams(algorithm) {
  return Object.fromEntries(algorithm.params.map((p) => [p.key, p.value]));
}

/** A URL value → a parameter value, or undefined when it is not valid for that parameter. */
export function parseParam(spec, raw) {
  if (raw === null || raw === undefined) return undefined;
  if (spec.type === "range") {
    const v = Number(raw);
    return Number.isFinite(v) && v >= spec.min && v <= spec.max ? v : undefined;
  }
  return spec.options.includes(raw) ? raw : undefined;
}
