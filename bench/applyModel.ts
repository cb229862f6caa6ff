// Applying a saved model to new rows (src/pipeline/applyModel): preparation + each method's rule, per
// method, on new rows given as columns (as the page's reader gives them). The fit is not timed.
import {applyModel, dbscan, gaussianMixture, hdbscan, kmeans, kmedoids, segmentModelOf} from "../src/index.js";
import type {MethodFit, SegmentModel} from "../src/index.js";
import {blobs} from "./data.js";
import {formatCount, formatSeconds, markdownTable, time} from "./time.js";

const D = 5;
const columns = Array.from({length: D}, (_, j) => `x${j}`);

/** Rows from..to of one seeded set of blobs (training and new rows from the same groups). */
function table(from: number, to: number) {
  const M = blobs(to, D, {seed: 42});
  const n = to - from;
  return {n, columns, data: columns.map((_, j) => Float64Array.from({length: n}, (_, i) => M.data[(from + i) * D + j]))};
}

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const nNew = quick ? 100000 : 1000000;
  const fresh = table(20000, 20000 + nNew); // the training rows are the first ones
  const options = {numeric: columns, scaling: "standard" as const};
  const fits: [string, number, (X: number[][]) => MethodFit][] = [
    ["k-means (k = 4)", 10000, (X) => ({kind: "kmeans", centers: kmeans(X, {k: 4, seed: 1}).centers})],
    ["mixture (full, k = 4)", 10000, (X) => {
      const g = gaussianMixture(X, {k: 4, seed: 1});
      return {kind: "gmm", covariance: g.covariance, weights: g.weights, means: g.means, covariances: g.covariances};
    }],
    ["hierarchical (centroids, k = 4)", 10000, (X) => ({kind: "hierarchical", linkage: "ward", labels: kmeans(X, {k: 4, seed: 1}).labels})],
    ["DBSCAN (eps = 0.5)", 10000, (X) => {
      const r = dbscan(X, {eps: 0.5, minSamples: 10});
      return {kind: "dbscan", eps: 0.5, labels: r.labels, core: r.core};
    }],
    ["HDBSCAN (min size 25)", 10000, (X) => ({kind: "hdbscan", fit: hdbscan(X, {minClusterSize: 25})})],
    ["k-medoids (Gower, k = 4)", 2000, (X) => ({kind: "kmedoids", medoids: kmedoids(X, {k: 4}).medoids})]
  ];
  const rows: string[][] = [];
  for (const [name, nTrain, fit] of fits) {
    log(name);
    const model: SegmentModel = segmentModelOf(table(0, nTrain), options, (p) => fit(p.X));
    const size = JSON.stringify(model).length;
    const t = time(() => applyModel(model, fresh), {repeats: nNew >= 1000000 ? 1 : 3});
    const placed = t.value.labels.filter((l) => l >= 0).length;
    rows.push([name, formatCount(nTrain), formatCount(nNew), formatSeconds(t.seconds), `${formatCount(Math.round(nNew / t.seconds))}/s`, `${(size / 1024).toFixed(0)} kB`, `${((100 * placed) / nNew).toFixed(1)}%`]);
  }
  return [
    "## Applying a saved model",
    "",
    `applyModel(model, newRows) on ${formatCount(nNew)} new rows × ${D} columns (blobs), the model fitted on the training rows given; one run on 1,000,000 rows, best of 3 otherwise.`,
    "",
    markdownTable(["method", "training rows", "new rows", "time", "rows per second", "model (JSON)", "placed"], rows)
  ].join("\n");
}

function log(message: string): void {
  process.stderr.write(`applyModel: ${message}\n`);
}
