// From a fit on prepared rows to the JSON-ready parameters a saved model keeps (segmentModel.ts).
import type {HdbscanResult} from "../cluster/hdbscan/hdbscan.js";
import type {CovarianceType} from "../mixture/covariance.js";
import type {MethodModel, Preparation} from "./segmentModel.js";

/** A method's fit, as the library's functions return it (labels over the prepared rows). */
export type MethodFit =
  | {kind: "kmeans"; centers: ArrayLike<ArrayLike<number>>}
  | {kind: "gmm"; covariance: CovarianceType; weights: number[]; means: number[][]; covariances: number[] | number[][] | number[][][]}
  | {kind: "dbscan"; eps: number; labels: ArrayLike<number>; core: ArrayLike<boolean>}
  | {kind: "hdbscan"; fit: Pick<HdbscanResult, "labels" | "coreDistances" | "condensedTree" | "minSamples">}
  | {kind: "hierarchical"; linkage: string; labels: ArrayLike<number>}
  | {kind: "kmedoids"; medoids: number[]; fitted?: number[]};

/**
 * The saved parameters of a fit on the prepared rows X (with `text`, their categories, for k-medoids):
 * k-means' centres; a mixture's weights, means and covariances; DBSCAN's core rows and eps; what
 * hdbscanPredict needs (the fitted rows, labels, core distances, each cluster's birth distance);
 * a hierarchical cut's segment centroids; k-medoids' medoid rows and the Gower ranges of the rows it
 * was fitted on (`fitted`, all rows by default).
 */
export function methodModel(fit: MethodFit, X: number[][], {text = [], preparation}: {text?: (string | null)[][]; preparation?: Preparation} = {}): MethodModel {
  switch (fit.kind) {
    case "kmeans":
      return {kind: "kmeans", centers: Array.from(fit.centers, (c) => Array.from(c))};
    case "gmm":
      return {kind: "gmm", covariance: fit.covariance, weights: [...fit.weights], means: fit.means.map((m) => [...m]), covariances: structuredClone(fit.covariances)};
    case "dbscan": {
      const core: number[][] = [];
      const coreLabels: number[] = [];
      X.forEach((x, i) => {
        if (!fit.core[i] || fit.labels[i] < 0) return;
        core.push([...x]);
        coreLabels.push(fit.labels[i]);
      });
      return {kind: "dbscan", eps: fit.eps, core, coreLabels};
    }
    case "hdbscan": {
      const {labels, coreDistances, condensedTree, minSamples} = fit.fit;
      const k = labels.reduce((m, l) => Math.max(m, l + 1), 0);
      const birth = new Array<number>(k).fill(0);
      for (const c of condensedTree.clusters) if (c.label >= 0) birth[c.label] = c.birth;
      return {kind: "hdbscan", minSamples, data: X.map((x) => [...x]), labels: [...labels], coreDistances: [...coreDistances], birth};
    }
    case "hierarchical": {
      const k = Array.from(fit.labels).reduce((m, l) => Math.max(m, l + 1), 0);
      const d = X[0].length;
      const sums = Array.from({length: k}, () => new Array<number>(d).fill(0));
      const counts = new Array<number>(k).fill(0);
      X.forEach((x, i) => {
        const l = fit.labels[i];
        if (l < 0) return;
        ++counts[l];
        for (let j = 0; j < d; ++j) sums[l][j] += x[j];
      });
      return {kind: "hierarchical", linkage: fit.linkage, centroids: sums.map((s, l) => s.map((v) => v / counts[l]))};
    }
    case "kmedoids": {
      const p = preparation?.numeric.length ?? 0;
      const rows = fit.fitted ?? X.map((_, i) => i);
      const min: number[] = [];
      const range: number[] = [];
      for (let j = 0; j < p; ++j) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const i of rows) {
          const v = X[i][j];
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        min.push(lo);
        range.push(hi > lo ? hi - lo : 1);
      }
      return {kind: "kmedoids", numeric: fit.medoids.map((m) => X[m].slice(0, p)), categorical: fit.medoids.map((m) => [...(text[m] ?? [])]), min, range};
    }
    default: {
      const never: never = fit;
      throw new RangeError(`unknown method: ${String((never as {kind?: unknown}).kind)}`);
    }
  }
}
