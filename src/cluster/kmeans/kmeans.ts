// K-means by Lloyd's algorithm with scikit-learn 1.2's semantics (relative tolerance, strict
// convergence, greedy k-means++, best of nInit runs), computed with Hamerly's bounds (Hamerly 2010,
// "Making k-means even faster"): each point keeps an upper bound on the distance to its centre and
// one lower bound for all other centres, so after the first iterations most points are settled
// without computing a single distance, and the centre sums are updated only for points that move.
// Each run then ends with Hartigan–Wong single-point moves (see hartigan.ts), so a run can end
// lower than plain Lloyd. We don't wrap ml-kmeans: about 95% of its time is its k-means++ seeding,
// and with k = 4 and 10 seeded runs it is 13–24× slower than this code at 100,000 and 1,000,000
// rows (bench/RESULTS.md), where this code is 0.8–1.2× scikit-learn's time (two threads, BLAS).
//
// This file: the public function, its validation and the choice of runs (how many, the best one,
// whether jump runs challenge it). One run is lloyd.ts (assignment steps in assignStep.ts, the
// refinement in hartigan.ts), the seeding kmeansPlusPlus.ts, the jump runs jumps.ts.
import {toMatrix} from "../../core/matrix.js";
import type {Matrix, Rows} from "../../core/matrix.js";
import {randomSource} from "../../core/random.js";
import {squaredDistance} from "../../core/squaredDistance.js";
import {columnSpread} from "./columnSpread.js";
import {jumps} from "./jumps.js";
import {centerRows, kept, lloyd} from "./lloyd.js";
import type {KmeansStep, Run, RunOptions} from "./lloyd.js";
import {localTrials, seedingWorkspace} from "./kmeansPlusPlus.js";
import {kmeansWorkspace} from "./workspace.js";

export type {KmeansStep} from "./lloyd.js";

/** How the first centres are chosen: a strategy, or the centres themselves (k rows of d values). */
export type KmeansInit = "kmeans++" | "random" | ArrayLike<ArrayLike<number>>;

/** Options of {@link kmeans}. */
export interface KmeansOptions {
  /** Number of clusters, a whole number from 1 to the number of rows; required unless `init` gives the centres. */
  k?: number;
  /**
   * Number of runs from different starting centres; the one with the lowest inertia is returned.
   * Defaults to 10 (1 with explicit `init`). With nInit > 1 and `refine` on small data (n · d · k
   * up to 200,000), more runs are made, up to 10 × nInit, since they cost little there; nInit = 1
   * is always exactly one run.
   */
  nInit?: number;
  /** Maximum Lloyd iterations per run; defaults to 300. */
  maxIterations?: number;
  /** Convergence tolerance, relative to the mean of the per-column variances of X (scikit-learn's `tol`); defaults to 1e-4. */
  tolerance?: number;
  /**
   * Starting centres: "kmeans++" (greedy k-means++: each centre is the best of 2 + ⌊ln k⌋ rows drawn
   * with probability ∝ D², as in scikit-learn; above 50,000 rows the trials are compared on a
   * seeded sample of the rows), "random" (k distinct rows) or explicit centres; defaults to "kmeans++".
   */
  init?: KmeansInit;
  /** Seed of the random choices; same seed, same result. Defaults to 42. */
  seed?: number;
  /** Whether to return every iteration of the best run in `history`; defaults to false. */
  history?: boolean;
  /**
   * Whether each run ends with Hartigan's single-point moves and, with nInit > 1 on data up to
   * n · d · k = 200,000, the best run is challenged by "jump" runs (see {@link kmeans}); defaults
   * to true. With false, the result is scikit-learn's plain Lloyd result.
   */
  refine?: boolean;
  /**
   * Makes only the runs start … end − 1 of the `kmeansRunPlan(…).runs` runs, and returns the best of
   * them with `run` set, so that runs spread over workers and merged by {@link bestRun} give exactly
   * the result of one call (each run draws from its own stretch of the seeded stream). Defaults to
   * every run; a range is refused where jump runs apply (small data, see {@link kmeansRunPlan}).
   */
  runs?: [number, number];
}

/** The result of {@link kmeans}: the best of its runs. */
export interface KmeansResult {
  /** Cluster of each row, 0 … k − 1. */
  labels: number[];
  /** k centres (cluster means), one row of d values each. */
  centers: number[][];
  /** Sum of squared distances from each row to its centre. */
  inertia: number;
  /** Number of Lloyd iterations (assignment steps) the best run took. */
  iterations: number;
  /** Whether the best run converged before `maxIterations`. */
  converged: boolean;
  /**
   * With `history: true`: the starting centres, then the centres after each Lloyd iteration, then,
   * if the refinement moved any point, the refined state; the last entry equals the result.
   */
  history?: KmeansStep[];
  /** With the `runs` option: the index of the best run and the inertia runs are compared by (from the cluster sums). */
  run?: {index: number; score: number};
}

/**
 * Partitions rows into k clusters, minimising the sum of squared distances to the cluster means
 * (Lloyd's algorithm, as scikit-learn's `KMeans(algorithm="lloyd")`). A run stops when no label
 * changes or when the centres move, in total squared distance, less than `tolerance` times the
 * mean column variance; its labels and inertia are then recomputed against the final centres.
 * Then (unless `refine: false`) points are moved one at a time, Hartigan–Wong style, wherever the
 * move lowers the inertia once both means are updated, until no move does. Lloyd's algorithm cannot
 * make these moves, so results can have a lower inertia than scikit-learn's; when both reach the
 * same optimum, the labels are identical. The best of the `nInit` runs is chosen after refinement;
 * on small data more runs are made, and the best is then challenged by "jump" runs that restart it
 * with one centre moved elsewhere (see `runCount` and `jumps`), so a result is rarely stuck in a
 * local optimum that a luckier set of 10 starts would have avoided.
 * Duplicate rows and constant columns are fine, even with more clusters than distinct rows.
 *
 * @example kmeans(standardize(rows).data, {k: 3}).labels
 */
export function kmeans(
  X: Rows,
  {k, nInit = 10, maxIterations = 300, tolerance = 1e-4, init = "kmeans++", seed = 42, history = false, refine = true, runs}: KmeansOptions = {},
): KmeansResult {
  const M = toMatrix(X);
  const explicit = typeof init === "string" ? null : toCenters(init, M.d);
  if (explicit && k === undefined) k = explicit.n;
  if (k === undefined || k === null) throw new TypeError("k is required: the number of clusters, a whole number from 1 to the number of rows");
  if (typeof k !== "number" || !Number.isInteger(k)) throw new RangeError(`k = ${String(k)}; k must be a whole number of clusters`);
  if (k < 1) throw new RangeError(`k = ${k}; k must be at least 1`);
  if (k > M.n) throw new RangeError(`k = ${k}, but the data has only ${M.n} row${M.n === 1 ? "" : "s"}`);
  if (explicit && explicit.n !== k) throw new RangeError(`init has ${explicit.n} centre${explicit.n === 1 ? "" : "s"}, but k = ${k}`);
  if (typeof nInit !== "number" || !Number.isInteger(nInit) || nInit < 1) throw new RangeError(`nInit = ${String(nInit)}; nInit must be a whole number, at least 1`);
  if (typeof maxIterations !== "number" || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(`maxIterations = ${String(maxIterations)}; maxIterations must be a whole number, at least 1`);
  }
  if (typeof tolerance !== "number" || !(tolerance >= 0) || tolerance === Infinity) {
    throw new RangeError(`tolerance = ${String(tolerance)}; tolerance must be a finite number ≥ 0`);
  }
  const start = explicit ?? strategy(init as "kmeans++" | "random");
  const plan = explicit ? {runs: 1, jumps: false} : kmeansRunPlan(M.n, M.d, k, {nInit, refine});
  const range = runs === undefined ? null : runRange(runs, plan);
  const random = randomSource(seed);
  // Every run makes the same number of draws, so run r starts r · draws into the stream.
  if (range) for (let i = range[0] * drawsPerRun(start, k); i > 0; --i) random();
  const spread = columnSpread(M);
  return lloydRuns(M, k, {
    runs: range ? range[1] - range[0] : plan.runs,
    first: range ? range[0] : null,
    maxIterations,
    tolerance: (tolerance * spread.total) / (M.n * M.d),
    spread,
    start,
    random,
    sampleRandom: randomSource(seed + 0x632be5ab),
    history,
    refine: refine !== false,
  });
}

/**
 * How many runs kmeans() makes on n rows × d columns with k clusters, and whether jump runs follow
 * (both only on small data, see {@link kmeans}): what a caller spreading runs over workers splits.
 */
export function kmeansRunPlan(n: number, d: number, k: number, {nInit = 10, refine = true}: {nInit?: number; refine?: boolean} = {}): {runs: number; jumps: boolean} {
  if (refine === false) return {runs: nInit, jumps: false};
  return {runs: runCount(nInit, n, d, k), jumps: nInit > 1 && k > 1 && k < n && n * k * d <= JUMP_WORK};
}

/**
 * The best of runs made in parts (results of kmeans() with the `runs` option, in any order): the
 * lowest compared inertia, the earliest run on a tie, as one call would choose.
 */
export function bestRun(parts: KmeansResult[]): KmeansResult {
  let best: KmeansResult | null = null;
  for (const part of parts) {
    if (!part.run) throw new TypeError("bestRun: each part must come from kmeans() with the runs option");
    if (best === null || part.run.score < best.run!.score || (part.run.score === best.run!.score && part.run.index < best.run!.index)) best = part;
  }
  if (best === null) throw new RangeError("bestRun: no runs to choose from");
  return best;
}

/** Random draws one run's seeding makes: k-means++ draws the first centre, then trials per further centre. */
function drawsPerRun(start: Matrix | "kmeans++" | "random", k: number): number {
  if (start === "kmeans++") return 1 + localTrials(k) * (k - 1);
  if (start === "random") return k;
  return 0;
}

function runRange(runs: [number, number], plan: {runs: number; jumps: boolean}): [number, number] {
  const [a, b] = runs;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a || b > plan.runs) {
    throw new RangeError(`runs = [${String(a)}, ${String(b)}]; it must be whole numbers 0 ≤ start < end ≤ ${plan.runs}, the runs this call would make`);
  }
  if (plan.jumps) throw new RangeError("runs: on data this small the best run is challenged by jump runs, which need every run: make them in one call");
  return [a, b];
}

/** Up to this much n · d · k, more runs are made than nInit asks for (see {@link runCount}). */
const EXTRA_RUNS_WORK = 2_000_000;

/**
 * How many runs to make: nInit, raised on small data (when nInit > 1) to as many as fit in
 * EXTRA_RUNS_WORK / (n · d · k), at most 10 · nInit. Ten runs are not always enough: on 100 random
 * small tables (test/unit/randomBlobs.ts, randomTable) the best of 10 ended above scikit-learn's
 * best of 10 on 11, by up to 0.6%; with these extra runs and the jumps (see {@link jumps}), on none,
 * and on 150 further tables on 2 (0.2–0.3%). It costs little where it applies: 1,000 × 3 rows with
 * k = 4 make 100 runs in about 20 ms. Large data keeps nInit runs, as scikit-learn does.
 */
function runCount(nInit: number, n: number, d: number, k: number): number {
  if (nInit === 1) return 1;
  return Math.max(nInit, Math.min(10 * nInit, Math.floor(EXTRA_RUNS_WORK / (n * d * k))));
}

function strategy(init: "kmeans++" | "random"): "kmeans++" | "random" {
  switch (init) {
    case "kmeans++":
    case "random":
      return init;
    default: {
      const unknown: never = init;
      throw new RangeError(`unknown init: ${String(unknown)} (use "kmeans++", "random" or k centres)`);
    }
  }
}

/** Makes `options.runs` runs and, on small data, jump runs; returns the best as a plain result. */
function lloydRuns(M: Matrix, k: number, options: RunOptions): KmeansResult {
  const {n, d} = M;
  const state = kmeansWorkspace(n, d, k, options.start === "kmeans++" ? seedingWorkspace(n, d, k, options.sampleRandom) : null);
  let best: Run | null = null;
  let index = 0;
  for (let r = 0; r < options.runs; ++r) {
    const run = lloyd(M, k, options, state);
    // As scikit-learn: the first run with the strictly lowest inertia wins.
    if (best === null || run.inertia < best.inertia) {
      best = kept(run);
      index = r;
    }
  }
  if (options.first === null && options.refine && options.runs > 1 && k > 1 && k < n && n * k * d <= JUMP_WORK) best = jumps(M, k, options, state, best!);
  const {labels, centers, iterations, converged, history} = best!;
  // Runs are compared by an inertia computed from the cluster sums; the winner's is summed exactly.
  let inertia = 0;
  for (let i = 0; i < n; ++i) inertia += squaredDistance(M.data, i, centers, labels[i], d);
  const result: KmeansResult = {labels: Array.from(labels), centers: centerRows(centers, k, d), inertia, iterations, converged};
  if (history) result.history = history;
  if (options.first !== null) result.run = {index: options.first + index, score: best!.inertia};
  return result;
}

/**
 * Jump runs are tried only up to this much n · d · k (200,000, e.g. 10,000 rows × 5 columns ×
 * k = 4), where extra runs start (see {@link runCount}). Above it, the jumps' cost shows: at
 * 100,000 × 2 (k = 4) the four jumps of a fruitless round added 40% to kmeans().
 */
const JUMP_WORK = EXTRA_RUNS_WORK / 10;

function toCenters(init: ArrayLike<ArrayLike<number>>, d: number): Matrix {
  if (init === null || typeof init !== "object") {
    throw new TypeError(`init must be "kmeans++", "random" or an array of k centres, got ${init === null ? "null" : typeof init}`);
  }
  const centers = toMatrix(init, {name: "init"});
  if (centers.d !== d) {
    throw new RangeError(`init: the centres have ${centers.d} value${centers.d === 1 ? "" : "s"} each, but the data has ${d} column${d === 1 ? "" : "s"}`);
  }
  // Copy so that a Matrix passed as init is never modified.
  return {data: centers.data.slice(), n: centers.n, d};
}
