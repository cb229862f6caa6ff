// Assigning new rows to the clusters of a fitted DBSCAN by its own rule: a row within eps of a core row.
import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";

/** What {@link dbscanPredict} needs of a fit: its core rows, their clusters and eps (JSON-ready). */
export interface DbscanModel {
  /** The fitted core rows (prepared as the fit's rows). */
  core: ArrayLike<ArrayLike<number>>;
  /** The cluster of each core row, 0 … k − 1. */
  coreLabels: ArrayLike<number>;
  /** The fit's neighbourhood radius. */
  eps: number;
}

/**
 * The cluster of each new row's nearest core row when it lies within eps (distance ≤ eps, as the
 * fit counts neighbours), else −1 (noise): by DBSCAN's definition such a row would be a border row
 * of that cluster, had it been in the data. It is an approximation — a new row is never a core row
 * here, so it neither links two clusters nor starts one. R's `predict(dbscan fit, newdata, data)`
 * looks among every clustered row (border rows too); called with the core rows it gives these
 * labels (test/unit/reference/apply-model.R).
 *
 * @example dbscanPredict({core: X.filter((_, i) => fit.core[i]), coreLabels, eps: 0.5}, newRows)
 */
export function dbscanPredict({core, coreLabels, eps}: DbscanModel, X: Rows): number[] {
  if (!(eps > 0) || !Number.isFinite(eps)) throw new RangeError(`dbscanPredict: eps = ${eps}; it must be a positive number`);
  const M = toMatrix(X, {name: "new rows"});
  const labels = new Array<number>(M.n).fill(-1);
  if (!core || core.length === 0) return labels; // a fit without core rows has no clusters: all noise
  const C = toMatrix(core, {name: "the core rows"});
  if (coreLabels.length !== C.n) throw new RangeError(`dbscanPredict: ${C.n} core rows but ${coreLabels.length} core labels`);
  if (M.d !== C.d) throw new RangeError(`the new rows have ${M.d} columns but the model was fitted on ${C.d}; prepare them as the fitted rows were`);
  const eps2 = eps * eps;
  for (let i = 0; i < M.n; ++i) {
    let bestD = Infinity;
    for (let c = 0; c < C.n; ++c) {
      let s = 0;
      for (let j = 0; j < M.d && s <= bestD; ++j) {
        const t = M.data[i * M.d + j] - C.data[c * C.d + j];
        s += t * t;
      }
      if (s < bestD && s <= eps2) {
        bestD = s;
        labels[i] = coreLabels[c];
      }
    }
  }
  return labels;
}
