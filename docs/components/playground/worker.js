// The playground's engine, in a Web Worker so the page only draws: it runs an algorithm on the
// points and scores the result (adjusted Rand against the true groups, silhouette, the verdict),
// replays DBSCAN's scan, and runs the Compare grid. Requests carry an id; answers echo it.
import {adjustedRandIndex, clusteringVerdict, dbscanSteps, makeShape, silhouette, standardize, SHAPES} from "../../lib/index.js";
import {algorithmById, algorithms} from "./algorithms.js";

function rows(flat) {
  const X = new Array(flat.length / 2);
  for (let i = 0; i < X.length; ++i) X[i] = [flat[2 * i], flat[2 * i + 1]];
  return X;
}

/** Scores a labelling: adjusted Rand against the truth, silhouette without the noise, the sentence. */
export function score(X, y, labels, algorithm, params) {
  const clusters = new Set(labels);
  clusters.delete(-1);
  const kept = labels.filter((l) => l !== -1).length;
  let sil = null;
  if (clusters.size >= 2 && clusters.size < kept) sil = silhouette(X, labels, {excludeNoise: true});
  const verdict = clusteringVerdict(labels, y, {method: algorithm.method(params), name: algorithm.name(params)});
  return {ari: adjustedRandIndex(labels, y), silhouette: sil, verdict: verdict.sentence, kind: verdict.kind, clusters: clusters.size};
}

function runOne(algorithm, X, y, params) {
  const start = performance.now();
  const result = algorithm.run(X, params);
  const ms = performance.now() - start;
  const scores = result.labels ? score(X, y, result.labels, algorithm, params) : null;
  return {...result, scores, ms};
}

function compare({n, noise, seed, params}) {
  const panels = [];
  const shapes = [];
  for (const shape of SHAPES) {
    const {X: raw, y} = makeShape(shape.name, {n, seed, noise: noise ?? shape.noise});
    // As scikit-learn's comparison does: every data set standardized first, so one eps fits all.
    const X = standardize(raw).data;
    shapes.push({name: shape.name, label: shape.label, X, y});
    for (const algorithm of algorithms) {
      try {
        const r = runOne(algorithm, X, y, {...params[algorithm.id], init: params[algorithm.id].init === "manual" ? "kmeans++" : params[algorithm.id].init});
        panels.push({shape: shape.name, algorithm: algorithm.id, ...r, history: undefined, merges: undefined});
      } catch (error) {
        panels.push({shape: shape.name, algorithm: algorithm.id, error: error.message});
      }
    }
  }
  return {shapes, panels};
}

self.onmessage = ({data}) => {
  const {id, op} = data;
  try {
    let result;
    switch (op) {
      case "run": {
        const algorithm = algorithmById.get(data.algorithm);
        if (!algorithm) throw new RangeError(`unknown algorithm: ${data.algorithm}`);
        result = runOne(algorithm, rows(data.X), Array.from(data.y), data.params);
        break;
      }
      case "replay":
        result = dbscanSteps(rows(data.X), {eps: data.eps, minSamples: data.minSamples});
        break;
      case "compare":
        result = compare(data);
        break;
      default:
        throw new RangeError(`unknown request: ${op}`);
    }
    self.postMessage({id, type: "result", result});
  } catch (error) {
    self.postMessage({id, type: "error", message: error?.message ?? String(error)});
  }
};
