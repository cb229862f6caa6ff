// The analysis the page shows: prepare the features, cluster (or PCA), score, profile each segment
// in the table's own columns, place rows on a PCA scatter, compare with a known label, and rerun for
// stability. Labels come back as an Int32Array over every table row (−1 noise, −2 dropped).
import {toMatrix, adjustedRandIndex, calinskiHarabasz, coAssignmentStability, daviesBouldin, pca, profileClusters, randomSource, segmentNames, silhouette, silhouetteSamples, subsampleIndices} from "../../lib/index.js";
import {cell, columnNamed, limits, prepare, progress, state, subsetTable} from "./engineState.js";
import {cluster, clusterPooled, withinSS} from "./clusterRun.js";
import {createPool} from "./worker/pool.js";
import {methodExtras, methodStage} from "./worker/methodExtras.js"; // issue 18
import {applyGowerSilhouette} from "./worker/gowerSilhouette.js"; // issue 18
import {segmentDistributions} from "./worker/segmentDistributions.js"; // issue 18

function contingency(truth, labels) {
  const rows = [...new Set(truth)].sort();
  const cols = [...new Set(labels)].sort((a, b) => a - b);
  const cells = [];
  for (const t of rows) for (const l of cols) cells.push({truth: t, label: l, count: 0});
  const index = new Map(cells.map((c, i) => [`${c.truth}\u0000${c.label}`, i]));
  for (let i = 0; i < truth.length; ++i) ++cells[index.get(`${truth[i]}\u0000${labels[i]}`)].count;
  return cells;
}

/** X: rows, or a Matrix (no copy). */
function pcaView(X, labels, rowIndex, components = 2) {
  const d = X.d ?? X[0].length;
  const m = Math.min(components, d);
  const model = pca(X, {components: m});
  const n = X.n ?? X.length;
  const sample = n > limits.scatter ? subsampleIndices(n, limits.scatter, randomSource(7)) : Array.from({length: n}, (_, i) => i);
  const points = sample.map((i) => ({
    row: rowIndex[i],
    pc1: model.scores[i][0],
    pc2: m > 1 ? model.scores[i][1] : 0,
    label: labels ? labels[i] : 0
  }));
  return {model: {explainedVarianceRatio: model.explainedVarianceRatio, explainedVariance: model.explainedVariance, components: model.components}, points, sampled: n > limits.scatter};
}

export async function analyse(params) {
  const timings = {};
  let t0 = performance.now();
  const {t, prepared} = prepare(params);
  const {X, rowIndex, features} = prepared;
  const n = X.length;
  timings.prepare = performance.now() - t0;
  const base = {
    params,
    features,
    n,
    nTable: t.n,
    droppedRows: prepared.droppedRows,
    imputed: prepared.imputed,
    fill: prepared.fill,
    scaling: {center: prepared.center, scale: prepared.scale}
  };
  if (params.algorithm === "pca") {
    progress("PCA");
    t0 = performance.now();
    const components = Math.min(params.components, features.length);
    const view = pcaView(X, null, rowIndex, components);
    const full = pca(X, {components: features.length});
    // Per-row scores for the exports: one Float64Array per component over every table row (NaN = dropped).
    view.scores = Array.from({length: components}, (_, j) => {
      const column = new Float64Array(t.n).fill(NaN);
      rowIndex.forEach((i, r) => (column[i] = full.scores[r][j]));
      state.transfer.push(column.buffer);
      return column;
    });
    timings.algorithm = performance.now() - t0;
    const truthColumn = params.labelColumn ? columnNamed(t, params.labelColumn) : undefined;
    if (truthColumn) for (const p of view.points) p.truth = cell(truthColumn, p.row) ?? "(missing)";
    return {...base, kind: "pca", pca: view, scree: full.explainedVarianceRatio, timings, notes: []};
  }
  progress(methodStage[params.algorithm] ?? params.algorithm);
  t0 = performance.now();
  if (params.algorithm !== "dbscan" && params.algorithm !== "hdbscan") {
    const distinct = distinctPoints(X, params.k);
    if (distinct < params.k) throw new RangeError(`The ${n.toLocaleString("en-US")} rows take only ${distinct} distinct value${distinct === 1 ? "" : "s"} on the chosen features, fewer than k = ${params.k}: at most ${distinct} segment${distinct === 1 ? "" : "s"} can differ. Choose k ≤ ${distinct} or other features.`);
  }
  // One matrix of X for the metrics and the PCA view (each would copy X's rows into one), and for
  // k-means a pool (worker/pool.js) to spread its n_init runs and stability reruns over.
  const M = toMatrix(X);
  const pool = params.algorithm === "kmeans" ? createPool(M) : null;
  try {
    return await analyseWith(params, {t, prepared, base, timings, t0, M, pool});
  } finally {
    pool?.close();
  }
}

async function analyseWith(params, {t, prepared, base, timings, t0, M, pool}) {
  const {X, rowIndex, features} = prepared;
  const n = X.length;
  const run = await clusterPooled(X, params, {cache: true, features, pool, M});
  const labels = run.labels;
  timings.algorithm = performance.now() - t0;

  progress("metrics");
  t0 = performance.now();
  const clusters = new Set(labels);
  const nNoise = labels.filter((l) => l === -1).length;
  const nClusters = clusters.size - (clusters.has(-1) ? 1 : 0);
  const metrics = {nClusters, nNoise, inertia: withinSS(X, labels), silhouette: null, calinskiHarabasz: null, daviesBouldin: null, silhouetteSampleSize: null, iterations: run.iterations ?? null};
  const kept = labels.filter((l) => l !== -1).length;
  const scorable = nClusters >= 2 && nClusters < kept;
  const gowerScores = scorable ? run.gowerSilhouette : null; // issue 18: k-medoids, on its Gower distances
  if (scorable) {
    const excludeNoise = nNoise > 0;
    const sampleSize = kept > limits.silhouette ? limits.silhouette : undefined;
    if (gowerScores) applyGowerSilhouette(metrics, gowerScores);
    else {
      metrics.silhouette = silhouette(M, labels, {sampleSize, seed: 42, excludeNoise});
      metrics.silhouetteSampleSize = sampleSize ?? kept;
      // "all": every row that has a segment (for DBSCAN every non-noise row); "sample": a random sample of them.
      metrics.silhouetteScope = sampleSize === undefined ? "all" : "sample";
    }
    metrics.calinskiHarabasz = calinskiHarabasz(M, labels, {excludeNoise});
    metrics.daviesBouldin = daviesBouldin(M, labels, {excludeNoise});
  }
  // Silhouette of each row of a (sampled) subset, for the silhouette plot.
  let silhouettePlot = gowerScores ? gowerScores.values : [];
  if (scorable && !gowerScores) {
    const candidates = [];
    for (let i = 0; i < n; ++i) if (labels[i] !== -1) candidates.push(i);
    const pick = candidates.length > limits.silhouette ? subsampleIndices(candidates.length, limits.silhouette, randomSource(42)).map((j) => candidates[j]) : candidates;
    const subLabels = pick.map((i) => labels[i]);
    if (new Set(subLabels).size >= 2) {
      const values = silhouetteSamples(pick.map((i) => X[i]), subLabels);
      silhouettePlot = pick.map((i, j) => ({label: labels[i], value: values[j]}));
    }
  }
  timings.metrics = performance.now() - t0;

  progress("profiles");
  t0 = performance.now();
  const profiled = t.columns.filter((c, j) => t.types[j] !== "empty" && (params.profileColumns ? params.profileColumns.includes(c) : true));
  const records = subsetTable(t, rowIndex, profiled);
  const profile = profileClusters(records, labels, {columns: profiled});
  shortenCategories(profile);
  const names = segmentNames(profile.clusters.map((c) => Object.fromEntries(params.numeric.map((f) => [f, c.numeric[f]?.z ?? null]))));
  profile.clusters.forEach((c, i) => (c.name = c.label === -1 ? "Noise (no dense neighbourhood)" : names[i]));
  timings.profiles = performance.now() - t0;

  progress("PCA view");
  t0 = performance.now();
  const view = pcaView(M, labels, rowIndex, 2);
  timings.pca = performance.now() - t0;

  let agreement = null;
  if (params.labelColumn && t.columns.includes(params.labelColumn)) {
    const truthColumn = columnNamed(t, params.labelColumn);
    const truth = rowIndex.map((i) => String(cell(truthColumn, i) ?? "(missing)"));
    agreement = {column: params.labelColumn, ari: adjustedRandIndex(truth, labels), table: contingency(truth, labels)};
  }

  let stability = null;
  if (params.stability) {
    t0 = performance.now();
    const runs = [];
    const R = params.stabilityRuns ?? 20;
    const fraction = 0.8;
    const size = Math.round(n * fraction);
    // k-means reruns go over the pool (each on its own seeded sample); other methods run here.
    const pooled = pool
      ? await pool.run(Array.from({length: R}, (_, r) => ({options: {k: params.k, nInit: 1, seed: 1000 + r}, sample: {size, seed: 1000 + r}})), {onDone: (done) => progress(`stability rerun ${done} of ${R}`, done, R)})
      : null;
    for (let r = 0; r < R; ++r) {
      if (!pooled) progress(`stability rerun ${r + 1} of ${R}`, r, R);
      const sample = subsampleIndices(n, size, randomSource(1000 + r));
      const sub = pooled ? pooled[r] : cluster(sample.map((i) => X[i]), params, {seed: 1000 + r, nInit: 1, features});
      const full = new Array(n).fill(-2);
      sample.forEach((i, j) => (full[i] = sub.labels[j]));
      runs.push(full);
    }
    const s = coAssignmentStability(labels, runs);
    const rows = new Float64Array(t.n).fill(NaN);
    rowIndex.forEach((i, j) => (rows[i] = s.rows[j] ?? NaN));
    state.transfer.push(rows.buffer);
    stability = {runs: s.runs, fraction, segments: s.segments, rows};
    timings.stability = performance.now() - t0;
  }

  const fullLabels = new Int32Array(t.n).fill(-2);
  rowIndex.forEach((i, j) => (fullLabels[i] = labels[j]));
  state.transfer.push(fullLabels.buffer);
  return {
    ...base,
    kind: "clusters",
    labels: fullLabels,
    metrics,
    profile,
    silhouettePlot,
    pca: view,
    agreement,
    stability,
    tree: run.tree ?? null,
    ...methodExtras(run, rowIndex, t.n), // issue 18: membership probabilities and the fitted model
    distributions: segmentDistributions(t, rowIndex, labels, profile, params.numeric), // issue 18: box plots
    notes: run.notes,
    timings
  };
}

/** How many distinct rows X has, counting no further than `limit`. */
function distinctPoints(X, limit) {
  const seen = new Set();
  for (let i = 0; i < X.length && seen.size < limit; ++i) seen.add(X[i].join(","));
  return seen.size;
}

/** Category values longer than 300 characters cut in a profile's counts, so a 10 MB cell never reaches the page. */
function shortenCategories(profile) {
  const cut = (v) => (v !== null && v.length > 300 ? `${v.slice(0, 300)}… (${v.length.toLocaleString("en-US")} characters)` : v);
  const fix = (summary) => {
    if (!Object.keys(summary.counts).some((k) => k.length > 300)) return;
    const counts = Object.create(null);
    for (const [k, c] of Object.entries(summary.counts)) counts[cut(k)] = (counts[cut(k)] ?? 0) + c;
    summary.counts = counts;
    summary.top = cut(summary.top);
  };
  for (const s of Object.values(profile.overall.categorical)) fix(s);
  for (const c of profile.clusters) for (const s of Object.values(c.categorical)) fix(s);
}
