// Assigning new rows to the clusters of a fitted HDBSCAN*, after the hdbscan library's approximate_predict.
import {toMatrix} from "../../core/matrix.js";
import type {Rows} from "../../core/matrix.js";
import {distance2, kdTree, minDistance2} from "../kdTree.js";
import type {HdbscanResult} from "./hdbscan.js";

/** A fitted {@link hdbscan} result together with the rows it was fitted on (`data`). */
export type HdbscanModel = Pick<HdbscanResult, "labels" | "coreDistances" | "condensedTree" | "minSamples"> & {data: Rows};

/** The result of {@link hdbscanPredict}. */
export interface HdbscanPrediction {
  /** Cluster of each new row, or −1 (noise). */
  labels: number[];
  /** Membership strength, as the fit's: 1 − core / (the cluster's largest core distance), 0 for noise. */
  probabilities: number[];
}

/**
 * Approximate prediction (the hdbscan library's `approximate_predict`, McInnes et al.): a new row is
 * not added to the tree; its core distance is taken among the fitted rows (its (minSamples − 1)-th
 * nearest, the row itself counting as the first, as in the fit) and its nearest fitted row by mutual
 * reachability among its 2 · minSamples nearest decides: the new row joins that row's cluster if it
 * is reachable within the distance at which that cluster appeared, and is noise otherwise. Rows of
 * the fit predicted this way get their own cluster except near a cluster's edge.
 *
 * @example hdbscanPredict({...fit, data: rows}, newRows).labels
 */
export function hdbscanPredict(model: HdbscanModel, X: Rows): HdbscanPrediction {
  if (model === null || typeof model !== "object" || !Array.isArray(model.labels) || !model.condensedTree) {
    throw new TypeError("hdbscanPredict: model must be an hdbscan result with the fitted rows as `data`");
  }
  const train = toMatrix(model.data, {name: "the model's data"});
  if (train.n !== model.labels.length) throw new RangeError(`hdbscanPredict: the model has ${model.labels.length} labels but its data has ${train.n} rows`);
  const M = toMatrix(X, {name: "new rows"});
  if (M.d !== train.d) throw new RangeError(`the new rows have ${M.d} columns but the model was fitted on ${train.d}; prepare them as the fitted rows were`);
  const {labels, coreDistances: core, minSamples} = model;
  const k = Math.min(train.n, 2 * minSamples);
  // Birth distance and largest core distance of each selected cluster.
  let nLabels = 0;
  for (const l of labels) if (l + 1 > nLabels) nLabels = l + 1;
  const birth = new Float64Array(nLabels), maxCore = new Float64Array(nLabels);
  for (const c of model.condensedTree.clusters) if (c.label >= 0) birth[c.label] = c.birth;
  labels.forEach((l, i) => {
    if (l >= 0 && core[i] > maxCore[l]) maxCore[l] = core[i];
  });
  // One tree over the fitted rows and the new ones, searched from each new row.
  const all = new Float64Array((train.n + M.n) * M.d);
  all.set(train.data);
  all.set(M.data, train.n * M.d);
  const tree = kdTree({data: all, n: train.n + M.n, d: M.d});
  const best = new Float64Array(k), bestRow = new Int32Array(k);
  const out: HdbscanPrediction = {labels: new Array<number>(M.n), probabilities: new Array<number>(M.n)};
  const stack = new Int32Array(64);
  for (let i = 0; i < M.n; ++i) {
    const q = tree.position[train.n + i];
    best.fill(Infinity);
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      if (minDistance2(tree, node, q) > best[k - 1]) continue;
      if (node >= tree.firstLeaf) {
        for (let p = tree.start[node]; p < tree.end[node]; ++p) {
          if (tree.index[p] >= train.n) continue;
          const s = distance2(tree.points, tree.d, p, q);
          if (s >= best[k - 1]) continue;
          let j = k - 1;
          while (j > 0 && best[j - 1] > s) {
            best[j] = best[j - 1];
            bestRow[j] = bestRow[j - 1];
            --j;
          }
          best[j] = s;
          bestRow[j] = tree.index[p];
        }
      } else {
        // The nearer child first, so the k-th distance bound shrinks early.
        const left = 2 * node + 1;
        const near = minDistance2(tree, left, q) <= minDistance2(tree, left + 1, q);
        stack[top++] = near ? left + 1 : left;
        stack[top++] = near ? left : left + 1;
      }
    }
    const ownCore = minSamples <= 1 ? 0 : Math.sqrt(best[Math.min(k, minSamples - 1) - 1]);
    let nearest = -1, reach = Infinity;
    for (let j = 0; j < k; ++j) {
      const r = Math.max(ownCore, core[bestRow[j]], Math.sqrt(best[j]));
      if (r < reach) {
        reach = r;
        nearest = bestRow[j];
      }
    }
    const l = nearest < 0 ? -1 : labels[nearest];
    const joins = l >= 0 && reach <= birth[l];
    out.labels[i] = joins ? l : -1;
    out.probabilities[i] = joins ? (maxCore[l] > 0 ? Math.max(0, (maxCore[l] - ownCore) / maxCore[l]) : 1) : 0;
  }
  return out;
}
