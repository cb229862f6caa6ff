import {kdTree} from "../../cluster/kdTree.js";
import type {Rows} from "../../core/matrix.js";
import {toMatrix} from "../../core/matrix.js";
import {randomSource} from "../../core/random.js";
import {queryNeighbors} from "./nearestNeighbors.js";
import {optimizeLayout} from "./optimizeLayout.js";
import {smoothKnnDistances} from "./smoothKnnDistances.js";
import type {UmapResult} from "./umap.js";

/** What {@link umapTransform} needs of a fitted map: its result and the rows it was fitted on. */
export interface UmapModel extends Pick<UmapResult, "embedding" | "nNeighbors" | "a" | "b"> {
  /** The rows the map was fitted on, in the same order as `embedding`. */
  X: Rows;
}

/** Options of {@link umapTransform}. */
export interface UmapTransformOptions {
  /** Epochs of refinement; defaults to 100 up to 10,000 new rows and 30 above (umap-learn's rule). */
  nEpochs?: number;
  /** Seed of the negative samples; defaults to 42. */
  seed?: number;
}

/**
 * Places new rows on a fitted map without moving it, as umap-learn's `transform`: each new row's
 * nNeighbors nearest training rows (exact), memberships exp(−d / sigma) with sigma from
 * {@link smoothKnnDistances} at local connectivity 0, a start at the membership-weighted mean of
 * those rows' map positions, then `nEpochs` epochs that move only the new rows (learning rate
 * 1/4, negative samples drawn from the training map). Returns one `[x, y]` per new row.
 */
export function umapTransform(model: UmapModel, Xnew: Rows, {nEpochs, seed = 42}: UmapTransformOptions = {}): number[][] {
  const train = toMatrix(model.X, {name: "the map's rows"});
  const Q = toMatrix(Xnew, {name: "new rows"});
  if (model.embedding.length !== train.n) throw new RangeError(`the map has ${model.embedding.length} points but ${train.n} rows were given as its data`);
  if (Q.d !== train.d) throw new RangeError(`the new rows have ${Q.d} columns but the map was fitted on ${train.d}`);
  const epochs = nEpochs ?? (Q.n <= 10000 ? 100 : 30);
  if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`nEpochs = ${nEpochs}; it must be a whole number ≥ 0`);
  const k = Math.min(model.nNeighbors, train.n);
  const neighbors = queryNeighbors(kdTree(train), Q, k);
  const {sigmas, rhos} = smoothKnnDistances(neighbors, {localConnectivity: 0});
  const head = new Int32Array(Q.n * k), tail = new Int32Array(Q.n * k), weight = new Float64Array(Q.n * k);
  const fixed = new Float64Array(train.n * 2);
  model.embedding.forEach((p, i) => {
    fixed[2 * i] = p[0];
    fixed[2 * i + 1] = p[1];
  });
  const placed = new Float64Array(Q.n * 2);
  for (let i = 0; i < Q.n; ++i) {
    let total = 0;
    for (let j = 0; j < k; ++j) {
      const e = i * k + j, t = neighbors.distances[e] - rhos[i];
      head[e] = i;
      tail[e] = neighbors.indices[e];
      weight[e] = t <= 0 || sigmas[i] === 0 ? 1 : Math.exp(-(t / sigmas[i]));
      total += weight[e];
    }
    for (let j = 0; j < k; ++j) {
      const e = i * k + j, w = total > 0 ? weight[e] / total : 1 / k;
      placed[2 * i] += w * fixed[2 * tail[e]];
      placed[2 * i + 1] += w * fixed[2 * tail[e] + 1];
    }
  }
  if (epochs > 0) {
    optimizeLayout(placed, {n: Q.n, head, tail, weight}, {
      a: model.a,
      b: model.b,
      nEpochs: epochs,
      random: randomSource(seed),
      learningRate: 0.25,
      moveOther: false,
      tailEmbedding: fixed,
      nTail: train.n
    });
  }
  return Array.from({length: Q.n}, (_, i) => [placed[2 * i], placed[2 * i + 1]]);
}
