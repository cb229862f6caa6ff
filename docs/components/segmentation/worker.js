// The segmentation engine, run in a Web Worker so that parsing and clustering large files never
// freezes the page. The page talks to it through client.js: each request carries an id; the worker
// answers with progress messages and then one result or error. Cancelling terminates the worker.
import {
  adjustedRandIndex,
  calinskiHarabasz,
  cleanColumnNames,
  coAssignmentStability,
  cutTree,
  daviesBouldin,
  dbscan,
  hierarchical,
  kDistance,
  kmeans,
  parseJsonTable,
  parseTable,
  pca,
  prepareFeatures,
  profileClusters,
  profileTable,
  randomSource,
  segmentNames,
  silhouette,
  silhouetteSamples,
  subsampleIndices,
  suggestEps,
  tableFingerprint,
  typeColumns
} from "../../lib/index.js";
import {cachedTree, treeKey, treeSummary} from "./treeCache.js";

/** Row limits above which an algorithm is fitted on a seeded sample (stated on the page). */
export const limits = {hierarchical: 10000, hierarchicalDense: 5000, silhouette: 2000, scatter: 5000, kDistance: 20000, dbscanStability: 20000};

let table = null; // {key, columns, types, rows}
let current = 0;
let transfer = []; // buffers the current result hands over (moved, not copied)

function progress(stage, done = 0, total = 1) {
  postMessage({id: current, type: "progress", stage, done, total});
}

onmessage = async ({data}) => {
  current = data.id;
  transfer = [];
  const started = performance.now();
  try {
    let result;
    switch (data.type) {
      case "parse":
        result = await parse(data);
        break;
      case "load":
        table = {key: data.key, columns: data.columns, types: data.types, rows: data.rows};
        result = {key: data.key};
        break;
      case "analyse":
        result = analyse(data.params);
        break;
      case "chooseK":
        result = chooseK(data.params);
        break;
      case "kDistance":
        result = kDistanceCurve(data.params);
        break;
      default:
        throw new Error(`unknown request: ${data.type}`);
    }
    postMessage({id: data.id, type: "result", result, ms: performance.now() - started}, transfer);
  } catch (error) {
    postMessage({id: data.id, type: "error", name: error?.name ?? "Error", message: String(error?.message ?? error)});
  }
};

async function parse({file, kind, key, columns, raw, quiet = false, store = true}) {
  progress("reading");
  let parsed;
  if (raw) {
    const notes = [];
    parsed = typeColumns(cleanColumnNames(columns, notes), raw, notes);
  } else {
    const text = await file.text();
    progress("parsing", 0, 1);
    parsed = kind === "json" ? parseJsonTable(text) : parseTable(text, kind === "tsv" ? {delimiter: "\t"} : {});
  }
  progress("profiling");
  const quality = profileTable(parsed);
  if (quality.errors.length === 0 && store) table = {key, columns: parsed.columns, types: parsed.types, rows: parsed.rows};
  // A quiet parse only loads the table here: nothing large goes back to the page.
  if (quiet) return {quality: {errors: quality.errors}};
  progress("fingerprint");
  const fingerprint = tableFingerprint(parsed.rows, parsed.columns);
  const {rows, ...rest} = parsed;
  return {table: {...rest, n: rows.length, encoded: encodeColumns(rows, parsed.columns, parsed.types)}, quality, fingerprint};
}

/**
 * The rows column by column, for the trip to the page: cloning 200,000 record objects there blocks
 * its thread for over a second, while typed arrays move for free and arrays of strings clone fast.
 * A numeric column is a Float64Array (transferred) plus the indices of its missing cells; any other
 * column is a dictionary of its distinct cells plus an Int32Array of codes when it repeats a lot,
 * else a plain array of its cells. client.js rebuilds the records in slices (decodeRows).
 */
function encodeColumns(rows, columns, types) {
  const n = rows.length;
  return columns.map((name, j) => {
    if (types[j] === "number") {
      const values = new Float64Array(n);
      const missing = [];
      let ok = true;
      for (let i = 0; i < n; ++i) {
        const v = rows[i][name];
        if (v === null) {
          missing.push(i);
          values[i] = NaN;
        } else if (typeof v === "number") values[i] = v;
        else {
          ok = false;
          break;
        }
      }
      if (ok) {
        const gaps = Int32Array.from(missing);
        transfer.push(values.buffer, gaps.buffer);
        return {values, missing: gaps};
      }
    }
    // A column with few distinct values (a city, a segment) travels as a dictionary plus codes.
    const limit = n >> 2;
    const index = new Map();
    const codes = new Int32Array(n);
    for (let i = 0; i < n && index.size <= limit; ++i) {
      const v = rows[i][name];
      let c = index.get(v);
      if (c === undefined) index.set(v, (c = index.size));
      codes[i] = c;
    }
    if (index.size <= limit) {
      transfer.push(codes.buffer);
      return {dictionary: [...index.keys()], codes};
    }
    const values = new Array(n);
    for (let i = 0; i < n; ++i) values[i] = rows[i][name];
    return {values};
  });
}

function requireTable(key) {
  if (!table || table.key !== key) throw new Error("the dataset is not loaded in the worker");
  return table;
}

function prepare(params) {
  const t = requireTable(params.key);
  progress("preparing features");
  const prepared = prepareFeatures(t.rows, {numeric: params.numeric, categorical: params.categorical, missing: params.missing, scaling: params.scaling});
  return {t, prepared};
}

/** Within-cluster sum of squares of labelled rows (noise −1 left out). */
function withinSS(X, labels) {
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

function centroids(X, labels) {
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

/** Runs one clustering; returns labels for every row of X plus notes. */
function cluster(X, params, {seed = params.seed, nInit = params.nInit ?? 10, cache = false} = {}) {
  const n = X.length;
  switch (params.algorithm) {
    case "kmeans": {
      const r = kmeans(X, {k: params.k, nInit, seed});
      return {labels: r.labels, iterations: r.iterations, converged: r.converged, centers: r.centers, notes: []};
    }
    case "hierarchical": {
      const limit = params.linkage === "ward" || params.linkage === "single" ? limits.hierarchical : limits.hierarchicalDense;
      if (params.k > n) throw new RangeError(`k = ${params.k} but the data has only ${n} rows`);
      // The tree is kept per data, features and linkage: a new k only cuts it again.
      const {merges, sample, reused} = cachedTree(X, {key: cache ? treeKey(params, n, limit) : null, linkage: params.linkage, seed, limit});
      if (!sample) {
        const labels = cutTree(merges, {k: params.k});
        return {labels, tree: cache ? treeSummary(merges, labels, params.k) : null, treeReused: reused, notes: []};
      }
      const sampleLabels = cutTree(merges, {k: params.k});
      const centers = centroids(sample.map((i) => X[i]), sampleLabels);
      const labels = X.map((x) => nearest(centers, x));
      return {
        labels,
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

function contingency(truth, labels) {
  const rows = [...new Set(truth)].sort();
  const cols = [...new Set(labels)].sort((a, b) => a - b);
  const cells = [];
  for (const t of rows) for (const l of cols) cells.push({truth: t, label: l, count: 0});
  const index = new Map(cells.map((c, i) => [`${c.truth}\u0000${c.label}`, i]));
  for (let i = 0; i < truth.length; ++i) ++cells[index.get(`${truth[i]}\u0000${labels[i]}`)].count;
  return cells;
}

function pcaView(X, labels, rowIndex, components = 2) {
  const d = X[0].length;
  const m = Math.min(components, d);
  const model = pca(X, {components: m});
  const n = X.length;
  const sample = n > limits.scatter ? subsampleIndices(n, limits.scatter, randomSource(7)) : Array.from({length: n}, (_, i) => i);
  const points = sample.map((i) => ({
    row: rowIndex[i],
    pc1: model.scores[i][0],
    pc2: m > 1 ? model.scores[i][1] : 0,
    label: labels ? labels[i] : 0
  }));
  return {model: {explainedVarianceRatio: model.explainedVarianceRatio, explainedVariance: model.explainedVariance, components: model.components}, points, sampled: n > limits.scatter};
}

function analyse(params) {
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
    nTable: t.rows.length,
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
      const column = new Float64Array(t.rows.length).fill(NaN);
      rowIndex.forEach((i, r) => (column[i] = full.scores[r][j]));
      transfer.push(column.buffer);
      return column;
    });
    timings.algorithm = performance.now() - t0;
    if (params.labelColumn) for (const p of view.points) p.truth = t.rows[p.row][params.labelColumn] ?? "(missing)";
    return {...base, kind: "pca", pca: view, scree: full.explainedVarianceRatio, timings, notes: []};
  }
  progress(params.algorithm === "kmeans" ? "k-means" : params.algorithm === "dbscan" ? "DBSCAN" : "hierarchical clustering");
  t0 = performance.now();
  const run = cluster(X, params, {cache: true});
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
  if (scorable) {
    const excludeNoise = nNoise > 0;
    const sampleSize = kept > limits.silhouette ? limits.silhouette : undefined;
    metrics.silhouette = silhouette(X, labels, {sampleSize, seed: 42, excludeNoise});
    metrics.silhouetteSampleSize = sampleSize ?? kept;
    // "all": every row that has a segment (for DBSCAN every non-noise row); "sample": a random sample of them.
    metrics.silhouetteScope = sampleSize === undefined ? "all" : "sample";
    metrics.calinskiHarabasz = calinskiHarabasz(X, labels, {excludeNoise});
    metrics.daviesBouldin = daviesBouldin(X, labels, {excludeNoise});
  }
  // Silhouette of each row of a (sampled) subset, for the silhouette plot.
  let silhouettePlot = [];
  if (scorable) {
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
  const records = rowIndex.map((i) => t.rows[i]);
  const columns = t.columns.filter((c, j) => t.types[j] !== "empty" && (params.profileColumns ? params.profileColumns.includes(c) : true));
  const profile = profileClusters(records, labels, {columns});
  const names = segmentNames(profile.clusters.map((c) => Object.fromEntries(params.numeric.map((f) => [f, c.numeric[f]?.z ?? null]))));
  profile.clusters.forEach((c, i) => (c.name = c.label === -1 ? "Noise (no dense neighbourhood)" : names[i]));
  timings.profiles = performance.now() - t0;

  progress("PCA view");
  t0 = performance.now();
  const view = pcaView(X, labels, rowIndex, 2);
  timings.pca = performance.now() - t0;

  let agreement = null;
  if (params.labelColumn && t.columns.includes(params.labelColumn)) {
    const truth = rowIndex.map((i) => String(t.rows[i][params.labelColumn] ?? "(missing)"));
    agreement = {column: params.labelColumn, ari: adjustedRandIndex(truth, labels), table: contingency(truth, labels)};
  }

  let stability = null;
  if (params.stability) {
    t0 = performance.now();
    const runs = [];
    const R = params.stabilityRuns ?? 20;
    const fraction = 0.8;
    for (let r = 0; r < R; ++r) {
      progress(`stability rerun ${r + 1} of ${R}`, r, R);
      const sample = subsampleIndices(n, Math.round(n * fraction), randomSource(1000 + r));
      const sub = cluster(sample.map((i) => X[i]), params, {seed: 1000 + r, nInit: 1});
      const full = new Array(n).fill(-2);
      sample.forEach((i, j) => (full[i] = sub.labels[j]));
      runs.push(full);
    }
    const s = coAssignmentStability(labels, runs);
    const rows = new Array(t.rows.length).fill(null);
    rowIndex.forEach((i, j) => (rows[i] = s.rows[j]));
    stability = {runs: s.runs, fraction, segments: s.segments, rows};
    timings.stability = performance.now() - t0;
  }

  const fullLabels = new Array(t.rows.length).fill(null);
  rowIndex.forEach((i, j) => (fullLabels[i] = labels[j]));
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
    notes: run.notes,
    timings
  };
}

function chooseK({kMax = 10, ...params}) {
  const {prepared} = prepare(params);
  const X = prepared.X;
  const n = X.length;
  const ks = [];
  for (let k = 2; k <= Math.min(kMax, n - 1); ++k) ks.push(k);
  const out = [];
  let tree = null;
  let sample = null;
  if (params.algorithm === "hierarchical") {
    const limit = params.linkage === "ward" || params.linkage === "single" ? limits.hierarchical : limits.hierarchicalDense;
    sample = n > limit ? subsampleIndices(n, limit, randomSource(params.seed ?? 42)) : null;
    tree = hierarchical(sample ? sample.map((i) => X[i]) : X, {linkage: params.linkage}).merges;
  }
  const Y = sample ? sample.map((i) => X[i]) : X;
  for (const [i, k] of ks.entries()) {
    progress(`k = ${k}`, i, ks.length);
    const labels = tree ? cutTree(tree, {k}) : kmeans(X, {k, nInit: 3, seed: params.seed ?? 42}).labels;
    const size = Y.length > limits.silhouette ? limits.silhouette : undefined;
    out.push({k, inertia: withinSS(Y, labels), silhouette: silhouette(Y, labels, {sampleSize: size, seed: 42})});
  }
  return {points: out, sampled: sample ? sample.length : null, silhouetteSample: Y.length > limits.silhouette ? limits.silhouette : null};
}

function kDistanceCurve(params) {
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
