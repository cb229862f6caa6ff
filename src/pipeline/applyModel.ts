// Placing new rows in the segments of a saved model: the saved preparation, then each method's own
// assignment rule — exact for k-means and mixtures, approximate for DBSCAN, HDBSCAN and hierarchical.
import {dbscanPredict} from "../cluster/dbscanPredict.js";
import {hdbscanPredict} from "../cluster/hdbscan/hdbscanPredict.js";
import {kmeansPredict} from "../cluster/kmeans/kmeansPredict.js";
import {kmedoidsPredict} from "../cluster/kmedoids/kmedoidsPredict.js";
import {gaussianMixturePredict} from "../mixture/gaussianMixturePredict.js";
import type {GaussianMixtureModel} from "../mixture/gaussianMixture.js";
import type {ColumnSource} from "../preprocessing/prepareFeatures.js";
import {prepareRows} from "./prepareRows.js";
import type {PreparedRows} from "./prepareRows.js";
import {checkModel} from "./segmentModel.js";
import type {MethodKind, SegmentModel} from "./segmentModel.js";

/** Options of {@link applyModel}. */
export interface ApplyModelOptions {
  /** Whether to give each row's probability where the method defines one (mixture, HDBSCAN); defaults to true. */
  probabilities?: boolean;
}

/** The result of {@link applyModel} (JSON-ready). */
export interface AppliedModel {
  /** Per table row: its segment 0 … k − 1, −1 for noise (DBSCAN, HDBSCAN), −2 when it could not be prepared (a missing value under "drop"). */
  labels: number[];
  /** Per table row: the mixture's posterior of its segment or HDBSCAN's membership strength (NaN for rows without one); null for the other methods. */
  probabilities: number[] | null;
  /** Rows per label (−1 noise and −2 unassigned included when present), by label. */
  counts: {label: number; count: number}[];
  method: MethodKind;
  /** False for k-means, mixtures and k-medoids (the fit's own rule); true for DBSCAN, HDBSCAN and hierarchical. */
  approximate: boolean;
  /** The assignment rule, in a sentence. */
  rule: string;
  /** What happened to the rows on the way: {dropped, filled, unseen} as prepareRows counts them. */
  preparation: Pick<PreparedRows, "dropped" | "filled" | "unseen">;
}

/** Each method's rule, as the page states it. */
export const assignmentRules: Record<MethodKind, {approximate: boolean; rule: string}> = {
  kmeans: {approximate: false, rule: "Each row joins the segment with the nearest centre — k-means' own rule, so a training row gets its segment back."},
  gmm: {approximate: false, rule: "Each row joins the component with the highest posterior probability under the fitted mixture — the fit's own rule (scikit-learn's predict)."},
  kmedoids: {approximate: false, rule: "Each row joins the nearest medoid by Gower's distance, with the training ranges — the fit's own rule."},
  dbscan: {approximate: true, rule: "Approximate: a row joins the cluster of its nearest core row when within eps, else it is noise; a new row never becomes a core row, so it can neither join two clusters nor start one."},
  hdbscan: {approximate: true, rule: "Approximate (the hdbscan library's approximate_predict): a row joins the cluster of its nearest training row by mutual reachability when within the distance at which that cluster formed, else it is noise; the tree is not rebuilt."},
  hierarchical: {approximate: true, rule: "Approximate: a tree cannot place a new row without being rebuilt, so each row joins the segment with the nearest centroid (the mean of the segment's training rows)."}
};

/**
 * Assigns the rows of `table` (columns, or records) to the segments of a saved {@link SegmentModel}:
 * prepares them with the saved preparation (prepareRows), then applies the method's rule
 * ({@link assignmentRules}). Throws a TypeError for a damaged model and a RangeError, with a message
 * for the reader, for missing columns or text where numbers are expected.
 *
 * @example applyModel(JSON.parse(savedText), newTable).labels
 */
export function applyModel(model: SegmentModel, table: ArrayLike<Record<string, unknown>> | ColumnSource, {probabilities: wantProbabilities = true}: ApplyModelOptions = {}): AppliedModel {
  const {preparation, method} = checkModel(model);
  const prepared = prepareRows(preparation, table);
  const n = prepared.rowIndex.length + prepared.dropped;
  const labels = new Array<number>(n).fill(-2);
  let probabilities: number[] | null = null;
  const {X} = prepared;
  if (X.length > 0) {
    let assigned: number[];
    let p: number[] | null = null;
    switch (method.kind) {
      case "kmeans":
        assigned = kmeansPredict(method.centers, X);
        break;
      case "hierarchical":
        assigned = kmeansPredict(method.centroids, X);
        break;
      case "gmm": {
        const r = gaussianMixturePredict(method as unknown as GaussianMixtureModel, X);
        assigned = r.labels;
        p = r.probabilities.map((row, i) => row[r.labels[i]]);
        break;
      }
      case "dbscan":
        assigned = dbscanPredict(method, X);
        break;
      case "hdbscan": {
        const fit = {data: method.data, labels: method.labels, coreDistances: method.coreDistances, minSamples: method.minSamples, condensedTree: {clusters: method.birth.map((birth, label) => ({id: label, parent: -1, birth, death: 0, size: 0, stability: 0, label})), points: {cluster: [], distance: []}}};
        // hdbscanPredict searches one tree over the fitted and the new rows, skipping the new ones; in
        // chunks the size of the fit, most of what it searches are fitted rows. Each row is placed alone,
        // so the labels are the same.
        const chunk = Math.max(1000, method.data.length);
        assigned = [];
        p = [];
        for (let start = 0; start < X.length; start += chunk) {
          const r = hdbscanPredict(fit, X.slice(start, start + chunk));
          for (let i = 0; i < r.labels.length; ++i) {
            assigned.push(r.labels[i]);
            p.push(r.probabilities[i]);
          }
        }
        break;
      }
      case "kmedoids":
        assigned = kmedoidsPredict(method, {numeric: X.map((x) => x.slice(0, preparation.numeric.length)), categorical: prepared.text}).labels;
        break;
      default: {
        const never: never = method;
        throw new RangeError(`unknown method: ${String((never as {kind?: unknown}).kind)}`);
      }
    }
    prepared.rowIndex.forEach((i, r) => (labels[i] = assigned[r]));
    if (p && wantProbabilities) {
      probabilities = new Array<number>(n).fill(NaN);
      prepared.rowIndex.forEach((i, r) => (probabilities![i] = p![r]));
    }
  } else if (wantProbabilities && (method.kind === "gmm" || method.kind === "hdbscan")) {
    probabilities = new Array<number>(n).fill(NaN);
  }
  const tally = new Map<number, number>();
  for (const l of labels) tally.set(l, (tally.get(l) ?? 0) + 1);
  const counts = [...tally].sort((a, b) => a[0] - b[0]).map(([label, count]) => ({label, count}));
  return {labels, probabilities, counts, method: method.kind, ...assignmentRules[method.kind], preparation: {dropped: prepared.dropped, filled: prepared.filled, unseen: prepared.unseen}};
}
