// The helpers that guide a choice: the elbow and silhouette over k = 2…10, and DBSCAN's k-distance
// curve with a suggested eps.
import {cutTree, hierarchical, kDistance, randomSource, silhouette, subsampleIndices, suggestEps, toMatrix} from "../../lib/index.js";
import {limits, prepare, progress, requireTable} from "./engineState.js";
import {withinSS} from "./clusterRun.js";
import {mixtureCriteria} from "./worker/mixtureCriteria.js"; // issue 18
import {createPool} from "./worker/pool.js";

/**
 * Inertia and silhouette for k = 2…kMax. Above limits.chooseK table rows, k-means runs on a seeded
 * sample of that many rows, prepared and scaled on their own (`curveSample`: the rows kept, stated
 * under the chart); the sweep's fits are spread over the pool.
 */
export async function chooseK({kMax = 10, ...params}) {
  if (params.algorithm === "gmm") return mixtureCriteria({kMax, ...params}); // issue 18: BIC/AIC over k
  // k-means' sweep above limits.chooseK table rows: on a seeded sample of them, prepared alone.
  const nTable = requireTable(params.key).n;
  const rows = params.algorithm !== "hierarchical" && nTable > limits.chooseK ? subsampleIndices(nTable, limits.chooseK, randomSource(params.seed ?? 42)) : null;
  const {prepared} = prepare(params, {rows});
  const X = prepared.X;
  const n = X.length;
  const ks = [];
  for (let k = 2; k <= Math.min(kMax, n - 1); ++k) ks.push(k);
  if (ks.length === 0) throw new RangeError(`Only ${n} row${n === 1 ? "" : "s"} ${n === 1 ? "has" : "have"} every chosen value: trying k = 2, 3, … needs at least 3.`);
  const out = [];
  let tree = null;
  let sample = null;
  if (params.algorithm === "hierarchical") {
    const limit = params.linkage === "ward" || params.linkage === "single" ? limits.hierarchical : limits.hierarchicalDense;
    sample = n > limit ? subsampleIndices(n, limit, randomSource(params.seed ?? 42)) : null;
    tree = hierarchical(sample ? sample.map((i) => X[i]) : X, {linkage: params.linkage}).merges;
  }
  const curveSample = rows ? n : null;
  const Y = sample ? sample.map((i) => X[i]) : X;
  let fits = null;
  if (!tree) {
    const M = toMatrix(Y);
    const pool = createPool(M);
    progress(`k = ${ks[0]}`, 0, ks.length);
    try {
      fits = await pool.run(ks.map((k) => ({options: {k, nInit: 3, seed: params.seed ?? 42}})), {onDone: (done) => progress(`k = ${ks[Math.min(done, ks.length - 1)]}`, done, ks.length)});
    } finally {
      pool.close();
    }
  }
  for (const [i, k] of ks.entries()) {
    if (tree) progress(`k = ${k}`, i, ks.length);
    const labels = tree ? cutTree(tree, {k}) : Array.from(fits[i].labels);
    const size = Y.length > limits.silhouette ? limits.silhouette : undefined;
    out.push({k, inertia: withinSS(Y, labels), silhouette: silhouette(Y, labels, {sampleSize: size, seed: 42})});
  }
  return {points: out, sampled: sample ? sample.length : null, curveSample, silhouetteSample: Y.length > limits.silhouette ? limits.silhouette : null};
}

export function kDistanceCurve(params) {
  const {prepared} = prepare(params);
  let X = prepared.X;
  let sampled = null;
  if (X.length > limits.kDistance) {
    sampled = limits.kDistance;
    X = subsampleIndices(X.length, limits.kDistance, randomSource(42)).map((i) => X[i]);
  }
  progress("k-distance");
  const curve = kDistance(X, {k: params.minSamples});
  const suggestion = suggestEps(curve);
  const step = Math.max(1, Math.floor(curve.length / 1000));
  const points = [];
  for (let i = 0; i < curve.length; i += step) points.push({rank: i, distance: curve[i]});
  return {points, eps: suggestion.eps, index: suggestion.index, n: curve.length, sampled};
}
