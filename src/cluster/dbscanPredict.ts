// Assigning new rows to the clusters of a fitted DBSCAN by its own rule: a row within eps of a core row.
import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {distance2, kdTree, minDistance2} from "./kdTree.js";

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
  // A k-d tree over the core rows and a chunk of new rows (as hdbscanPredict: a query is a tree
  // position), chunks the size of the core so most of what a search meets are core rows; the nearer
  // child is searched first, so the eps bound shrinks early.
  const chunk = Math.max(1000, C.n);
  const stack = new Int32Array(128);
  for (let from = 0; from < M.n; from += chunk) {
    const m = Math.min(chunk, M.n - from);
    const all = new Float64Array((C.n + m) * M.d);
    all.set(C.data);
    all.set(M.data.subarray(from * M.d, (from + m) * M.d), C.n * M.d);
    const tree = kdTree({data: all, n: C.n + m, d: M.d});
    for (let i = 0; i < m; ++i) {
      const q = tree.position[C.n + i];
      let bestD = eps * eps;
      let best = -1;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const node = stack[--top];
        if (minDistance2(tree, node, q) > bestD) continue;
        if (node >= tree.firstLeaf) {
          for (let p = tree.start[node]; p < tree.end[node]; ++p) {
            const row = tree.index[p];
            if (row >= C.n) continue;
            const s = distance2(tree.points, tree.d, p, q);
            // The nearest core row; on equal distances the first in the fit's order (as a scan would find).
            if (s < bestD || (s === bestD && (best < 0 || row < best))) {
              bestD = s;
              best = row;
            }
          }
        } else {
          const left = 2 * node + 1;
          const right = left + 1;
          const near = minDistance2(tree, left, q) <= minDistance2(tree, right, q);
          stack[top++] = near ? right : left;
          stack[top++] = near ? left : right;
        }
      }
      if (best >= 0) labels[from + i] = coreLabels[best];
    }
  }
  return labels;
}
