import type {Rows} from "../../core/matrix.js";
import {toMatrix} from "../../core/matrix.js";
import {randomSource} from "../../core/random.js";
import {findAbParams} from "./findAbParams.js";
import {fuzzySimplicialSet} from "./fuzzySimplicialSet.js";
import {initialEmbedding} from "./initialEmbedding.js";
import type {UmapInit} from "./initialEmbedding.js";
import {nearestNeighbors} from "./nearestNeighbors.js";
import {optimizeLayout} from "./optimizeLayout.js";
import {smoothKnnDistances} from "./smoothKnnDistances.js";

/** A step of the fit, for a progress bar: `done` of `total` units of `stage`. */
export interface UmapProgress {
  stage: "neighbors" | "graph" | "init" | "epochs";
  done: number;
  total: number;
}

/** Options of {@link umap}. */
export interface UmapOptions {
  /** Size of each row's neighbourhood, the row itself included (umap-learn's `n_neighbors`); defaults to 15, lowered to n − 1 for smaller data. */
  nNeighbors?: number;
  /** Smallest distance between points on the map, in [0, spread]; defaults to 0.1. */
  minDist?: number;
  /** Scale of the map's clumps, > 0; defaults to 1. */
  spread?: number;
  /** Optimisation epochs; defaults to 500 up to 10,000 rows and 200 above (umap-learn's rule). */
  nEpochs?: number;
  /** Seed of every random choice (start vector, noise, negative samples); defaults to 42. */
  seed?: number;
  /** Starting map; defaults to "spectral" (falls back to "random" for tiny data; the result says which was used). */
  init?: UmapInit;
  /** Neighbours each row is fully connected to; defaults to 1. */
  localConnectivity?: number;
  /** Negative samples per positive sample; defaults to 5. */
  negativeSampleRate?: number;
  /** Starting learning rate; defaults to 1. */
  learningRate?: number;
  /** Weight of the repulsion between non-neighbours; defaults to 1. */
  repulsionStrength?: number;
  /** Called as the fit progresses (about a hundred calls for the epochs). */
  onProgress?: (progress: UmapProgress) => void;
}

/** A fitted map: plain arrays, JSON-ready. */
export interface UmapResult {
  /** Map coordinates of each row, `n × 2`. */
  embedding: number[][];
  /** Neighbourhood size used (after lowering to n − 1 for small data). */
  nNeighbors: number;
  /** Epochs run. */
  nEpochs: number;
  /** Start actually used. */
  init: UmapInit;
  /** Curve parameters fitted from minDist and spread ({@link findAbParams}). */
  a: number;
  b: number;
  minDist: number;
  spread: number;
  seed: number;
}

/**
 * A 2-D map of the rows by UMAP (McInnes, Healy & Melville 2018), step for step as umap-learn
 * with the Euclidean metric: exact k nearest neighbours, smooth kNN distances, the fuzzy union of
 * the neighbour graph, a spectral start, and stochastic gradient descent with negative sampling.
 * Seeded: the same rows and options give the same map. Costs about n·k·log n for the neighbours
 * (a k-d tree up to 32 columns, a scan above) and n·k·nEpochs·(1 + negativeSampleRate) for the
 * epochs. Throws for fewer than 3 rows, non-finite values and options out of range.
 */
export function umap(
  X: Rows,
  {
    nNeighbors = 15,
    minDist = 0.1,
    spread = 1,
    nEpochs,
    seed = 42,
    init = "spectral",
    localConnectivity = 1,
    negativeSampleRate = 5,
    learningRate = 1,
    repulsionStrength = 1,
    onProgress
  }: UmapOptions = {}
): UmapResult {
  const M = toMatrix(X, {name: "data", minRows: 3});
  const n = M.n;
  if (!Number.isInteger(nNeighbors) || nNeighbors < 2) throw new RangeError(`nNeighbors = ${nNeighbors}; it must be a whole number ≥ 2`);
  if (!(spread > 0) || !Number.isFinite(spread)) throw new RangeError(`spread = ${spread}; it must be a positive number`);
  if (!(minDist >= 0) || minDist > spread) throw new RangeError(`minDist = ${minDist}; it must lie between 0 and spread (${spread})`);
  const epochs = nEpochs ?? (n <= 10000 ? 500 : 200);
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`nEpochs = ${nEpochs}; it must be a whole number ≥ 1`);
  if (!(localConnectivity >= 0) || !Number.isFinite(localConnectivity)) throw new RangeError(`localConnectivity = ${localConnectivity}; it must be ≥ 0`);
  if (!(negativeSampleRate > 0) || !Number.isFinite(negativeSampleRate)) throw new RangeError(`negativeSampleRate = ${negativeSampleRate}; it must be positive`);
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learningRate = ${learningRate}; it must be positive`);
  if (!(repulsionStrength >= 0) || !Number.isFinite(repulsionStrength)) throw new RangeError(`repulsionStrength = ${repulsionStrength}; it must be ≥ 0`);
  switch (init) {
    case "spectral":
    case "pca":
    case "random":
      break;
    default: {
      const never: never = init;
      throw new RangeError(`init = ${JSON.stringify(never)}; use "spectral", "pca" or "random"`);
    }
  }
  const random = randomSource(seed);
  const k = Math.min(nNeighbors, n - 1);
  onProgress?.({stage: "neighbors", done: 0, total: n});
  const neighbors = nearestNeighbors(M, k, {onRow: onProgress && ((done) => onProgress({stage: "neighbors", done, total: n}))});
  onProgress?.({stage: "graph", done: 0, total: 1});
  const graph = fuzzySimplicialSet(neighbors, smoothKnnDistances(neighbors, {localConnectivity}));
  onProgress?.({stage: "init", done: 0, total: 1});
  const start = initialEmbedding(M, graph, init, random);
  const {a, b} = findAbParams(spread, minDist);
  const every = Math.max(1, Math.floor(epochs / 100));
  optimizeLayout(start.embedding, graph, {
    a,
    b,
    nEpochs: epochs,
    random,
    gamma: repulsionStrength,
    learningRate,
    negativeSampleRate,
    onEpoch: onProgress && ((done) => (done % every === 0 || done === epochs) && onProgress({stage: "epochs", done, total: epochs}))
  });
  const embedding: number[][] = new Array(n);
  for (let i = 0; i < n; ++i) embedding[i] = [start.embedding[2 * i], start.embedding[2 * i + 1]];
  return {embedding, nNeighbors: k, nEpochs: epochs, init: start.init, a, b, minDist, spread, seed};
}
