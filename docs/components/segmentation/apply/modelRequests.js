// The worker side of "Apply this model to new rows" (issue 18), two requests served by worker.js:
// "segmentModel" fits the saved model of an analysis on the loaded table (the preparation and the
// method's parameters, JSON-ready, src/pipeline/), and "applyFile" reads a file of new rows and places
// each row in the model's segments, with the CSV to export. The page's thread never sees a row.
import {applyModel, csvSafeTable, fitPreparation, hdbscan, methodModel, modelFormat, modelVersion, prepareRows, randomSource, subsampleIndices} from "../../../lib/index.js";
import {progress, requireTable} from "../engineState.js";
import {cluster} from "../clusterRun.js";
import {readTable} from "../readTable.js";
import {kmedoidsLimit} from "../worker/newMethods.js";

/** Rows above which a model keeps too many training rows to be worth saving (HDBSCAN keeps them all). */
export const modelRowLimit = 200000;

/**
 * The saved model of the analysis `params` (as the page ran it) on the loaded table: the same
 * preparation and the same seeded fit, so its segments are the ones on screen. `segments` are the
 * page's names, kept in the model.
 */
export function segmentModel({params, segments = []}) {
  const t = requireTable(params.key);
  if (params.algorithm === "pca") throw new RangeError("PCA finds directions, not segments: there is no segment to place a new row in. Choose a clustering method.");
  progress("preparing features");
  const options = {numeric: params.numeric, categorical: params.categorical, missing: params.missing, scaling: params.scaling};
  const {prepared, preparation} = fitPreparation(t, options);
  const {X, features} = prepared;
  progress("fitting the model");
  const fit = methodFit(X, params, features);
  if (fit.kind === "hdbscan" && X.length > modelRowLimit) throw new RangeError(`An HDBSCAN model keeps every training row (${X.length.toLocaleString("en-US")} here, more than ${modelRowLimit.toLocaleString("en-US")}); choose k-means, a mixture or hierarchical clustering to apply a model to new rows.`);
  const text = fit.kind === "kmedoids" ? prepareRows(preparation, t).text : [];
  const method = methodModel(fit, X, {text, preparation});
  if (fit.centers && method.kind === "hierarchical") method.centroids = fit.centers; // the tree was cut on a sample: the centroids the other rows joined
  return {format: modelFormat, version: modelVersion, preparation, method, segments, trainingRows: X.length, settings: settingsOf(params), dataset: {name: params.dataset ?? null, fingerprint: params.fingerprint ?? null}};
}

/** The page's settings kept with a model, for the reader (not used to apply it). */
function settingsOf(params) {
  const keep = ["algorithm", "k", "linkage", "eps", "minSamples", "minClusterSize", "selection", "covariance", "seed", "missing", "scaling"];
  return Object.fromEntries(keep.filter((k) => params[k] !== undefined).map((k) => [k, params[k]]));
}

/** The fit of the analysis's method on the prepared rows, in src/pipeline's MethodFit form. */
function methodFit(X, params, features) {
  switch (params.algorithm) {
    case "hdbscan": {
      // As worker/newMethods.js runs it (its run keeps labels and probabilities only).
      const minClusterSize = params.minClusterSize ?? 5;
      return {kind: "hdbscan", fit: hdbscan(X, {minClusterSize, minSamples: params.minSamples ?? minClusterSize, clusterSelectionMethod: params.selection ?? "eom"})};
    }
    case "kmeans":
    case "gmm":
    case "dbscan":
    case "hierarchical":
    case "kmedoids": {
      const run = cluster(X, params, {features});
      if (params.algorithm === "kmeans") return {kind: "kmeans", centers: run.centers};
      if (params.algorithm === "gmm") return {kind: "gmm", covariance: run.model.covariance, weights: run.model.weights, means: run.model.means, covariances: run.model.covariances};
      if (params.algorithm === "dbscan") return {kind: "dbscan", eps: params.eps, labels: run.labels, core: run.core};
      if (params.algorithm === "hierarchical") return {kind: "hierarchical", linkage: params.linkage, labels: run.labels, centers: run.centers};
      const fitted = run.model.sampled ? subsampleIndices(X.length, kmedoidsLimit, randomSource(params.seed ?? 42)) : undefined;
      return {kind: "kmedoids", medoids: run.model.medoids, fitted};
    }
    default:
      throw new RangeError(`unknown algorithm: ${params.algorithm}`);
  }
}

/** The segment column of the CSV: numbered from 1 as on the page, "noise" for −1, empty for a row not placed. */
function segmentCells(labels) {
  return labels.map((l) => (l >= 0 ? l + 1 : l === -1 ? "noise" : ""));
}

/**
 * Reads `file` (new rows, any format the page reads) and applies `model`: {n, counts, approximate,
 * rule, method, preparation, labels (Int32Array), csv (Blob: the new rows, then segment and
 * probability), columns, kind}.
 */
export async function applyFile({file, name = file?.name ?? "the file", model}, transfer) {
  const {table, kind} = await readTable(file, name, {progress});
  if (table.n === 0) throw new RangeError(`“${name}” has a header but no rows.`);
  progress("assigning rows");
  const applied = applyModel(model, table);
  progress("writing the CSV");
  const extra = [{name: "segment", values: segmentCells(applied.labels)}];
  if (applied.probabilities) extra.push({name: "probability", values: applied.probabilities.map((p) => (Number.isFinite(p) ? p : NaN))});
  const {parts, columns} = csvSafeTable(table, {extra});
  const labels = Int32Array.from(applied.labels);
  transfer.push(labels.buffer);
  return {n: table.n, kind, labels, counts: applied.counts, approximate: applied.approximate, rule: applied.rule, method: applied.method, preparation: applied.preparation, csv: new Blob(parts, {type: "text/csv"}), columns, notes: table.notes};
}
