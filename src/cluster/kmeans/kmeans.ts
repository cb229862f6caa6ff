// K-means by Lloyd's algorithm with scikit-learn 1.2's semantics (relative tolerance, strict
// convergence, greedy k-means++, best of nInit runs), computed with Hamerly's bounds (Hamerly 2010,
// "Making k-means even faster"): each point keeps an upper bound on the distance to its centre and
// one lower bound for all other centres, so after the first iterations most points are settled
// without computing a single distance, and the centre sums are updated only for points that move.
// Each run then ends with Hartigan–Wong single-point moves (see `hartigan` below), so a run can end
// lower than plain Lloyd. We don't wrap ml-kmeans: about 95% of its time is its k-means++ seeding,
// and with k = 4 and 10 seeded runs it is 13–24× slower than this code at 100,000 and 1,000,000
// rows (bench/RESULTS.md), where this code is 0.8–1.2× scikit-learn's time (two threads, BLAS).
import {toMatrix} from "../../core/matrix.js";
import type {Matrix, Rows} from "../../core/matrix.js";
import {randomSource} from "../../core/random.js";
import {drawTargets, kmeansPlusPlus, localTrials, sampleCandidates, seedingWorkspace} from "./kmeansPlusPlus.js";
import type {Assignment, SeedingWorkspace} from "./kmeansPlusPlus.js";
import {squaredDistance, squaredDistanceUpTo} from "../../core/squaredDistance.js";

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
}

/** One state of a run: centres and the labels they give (each point's nearest centre). */
export interface KmeansStep {
  centers: number[][];
  labels: number[];
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
  {k, nInit = 10, maxIterations = 300, tolerance = 1e-4, init = "kmeans++", seed = 42, history = false, refine = true}: KmeansOptions = {},
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
  const random = randomSource(seed);
  const spread = columnSpread(M);
  return lloydRuns(M, k, {
    runs: explicit ? 1 : refine === false ? nInit : runCount(nInit, M.n, M.d, k),
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

interface RunOptions {
  runs: number;
  maxIterations: number;
  /** Absolute tolerance on the total squared centre shift. */
  tolerance: number;
  spread: Spread;
  start: Matrix | "kmeans++" | "random";
  random: () => number;
  /** Draws the seeding's estimation sample on large data (a stream of its own, so `random` is untouched). */
  sampleRandom: () => number;
  history: boolean;
  refine: boolean;
}

interface Run {
  labels: Int32Array;
  centers: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
  history: KmeansStep[] | undefined;
}

function lloydRuns(M: Matrix, k: number, options: RunOptions): KmeansResult {
  const {n, d} = M;
  const state: Workspace = {
    centers: new Float64Array(k * d),
    labels: new Int32Array(n),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    previous: new Float64Array(k * d),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
    shift: new Float64Array(k),
    halfSeparation: new Float64Array(k),
    drop: new Float64Array(k),
    means: new Float64Array(k * d),
    drift: new Float64Array(k),
    settled: new Int32Array(n),
    checkpoint: new Float64Array(k * d),
    displacement: new Float64Array(k),
    touched: new Uint8Array(n),
    seeding: options.start === "kmeans++" ? seedingWorkspace(n, d, k, options.sampleRandom) : null,
  };
  let best: Run | null = null;
  for (let r = 0; r < options.runs; ++r) {
    const run = lloyd(M, k, options, state);
    // As scikit-learn: the first run with the strictly lowest inertia wins.
    if (best === null || run.inertia < best.inertia) best = kept(run);
  }
  if (options.refine && options.runs > 1 && k > 1 && k < n && n * k * d <= JUMP_WORK) best = jumps(M, k, options, state, best!);
  const {labels, centers, iterations, converged, history} = best!;
  // Runs are compared by an inertia computed from the cluster sums; the winner's is summed exactly.
  let inertia = 0;
  for (let i = 0; i < n; ++i) inertia += squaredDistance(M.data, i, centers, labels[i], d);
  const result: KmeansResult = {labels: Array.from(labels), centers: centerRows(centers, k, d), inertia, iterations, converged};
  if (history) result.history = history;
  return result;
}

/** A copy of a run's result: the next run reuses the workspace its arrays live in. */
function kept(run: Run): Run {
  return {...run, labels: run.labels.slice(), centers: run.centers.slice()};
}

/**
 * Jump runs are tried only up to this much n · d · k (200,000, e.g. 10,000 rows × 5 columns ×
 * k = 4), where extra runs start (see {@link runCount}). Above it, the jumps' cost shows: at
 * 100,000 × 2 (k = 4) the four jumps of a fruitless round added 40% to kmeans().
 */
const JUMP_WORK = EXTRA_RUNS_WORK / 10;

/** Rounds of jump runs at most (each round tries k of them). */
const JUMP_ROUNDS = 5;

/**
 * Challenges the best run with "jumps" (Hansen & Mladenović 2001, J-means): a run that starts
 * from the best centres with one centre c moved to a row drawn with probability ∝ D² (its squared
 * distance to the nearest other centre), then goes through Lloyd and the refinement like any run.
 * A jump that ends lower replaces the best, and the search goes on until a round of k jumps (one
 * per centre) finds nothing lower, or JUMP_ROUNDS rounds. This leaves local optima that all the
 * runs share (a centre stuck between two groups while another group is split in two). On the 100
 * random tables of {@link runCount}, jumps alone brought the cases above scikit-learn from 11 to 4,
 * extra runs alone to 1, both to 0.
 */
function jumps(M: Matrix, k: number, options: RunOptions, state: Workspace, best: Run): Run {
  const {data, n, d} = M;
  const nearest = new Float64Array(n);
  const trials = localTrials(k);
  const targets = new Float64Array(trials);
  const order = new Int32Array(trials);
  const candidates = new Int32Array(trials);
  for (let round = 0; round < JUMP_ROUNDS; ++round) {
    let improved = false;
    for (let c = 0; c < k; ++c) {
      const start = best.centers.slice();
      let total = 0;
      for (let i = 0; i < n; ++i) {
        let s = Infinity;
        for (let b = 0; b < k; ++b) {
          if (b === c) continue;
          const t = squaredDistanceUpTo(data, i, start, b, d, s);
          if (t < s) s = t;
        }
        nearest[i] = s;
        total += s;
      }
      if (!(total > 0)) continue;
      // Greedy, as the seeding: of 2 + ⌊ln k⌋ rows drawn ∝ D², the one that lowers the potential most.
      drawTargets(options.random, total, targets, order);
      sampleCandidates(nearest, n, targets, order, candidates);
      let row = -1;
      let bestPotential = Infinity;
      for (const candidate of candidates) {
        let potential = 0;
        for (let i = 0; i < n; ++i) {
          const s = squaredDistanceUpTo(data, i, data, candidate, d, nearest[i]);
          potential += s < nearest[i] ? s : nearest[i];
        }
        if (potential < bestPotential) {
          bestPotential = potential;
          row = candidate;
        }
      }
      for (let j = 0; j < d; ++j) start[c * d + j] = data[row * d + j];
      const run = lloyd(M, k, {...options, start: {data: start, n: k, d}}, state);
      // A margin above rounding: the inertias compared here come from the cluster sums.
      if (run.inertia < best.inertia * (1 - 1e-10)) {
        best = kept(run);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return best;
}

interface Workspace extends Assignment {
  previous: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  shift: Float64Array;
  halfSeparation: Float64Array;
  drop: Float64Array;
  means: Float64Array;
  drift: Float64Array;
  /** Rows a Hartigan sweep still has to examine. */
  settled: Int32Array;
  /** The means when the Hartigan bounds were last rebased (see `rebase`). */
  checkpoint: Float64Array;
  /** How far each mean is from its checkpoint. */
  displacement: Float64Array;
  /** Per row: 1 if its upper bound, 2 if its lower bound was set since the checkpoint. */
  touched: Uint8Array;
  seeding: SeedingWorkspace | null;
}

/** One Lloyd run from its starting centres to convergence (or maxIterations). */
function lloyd(M: Matrix, k: number, {maxIterations, tolerance, spread, start, random, history, refine}: RunOptions, w: Workspace): Run {
  const {data, n, d} = M;
  const {centers, labels, previous, sums, counts, shift} = w;
  // The first assignment step: k-means++ leaves it behind; otherwise compute it.
  if (start === "kmeans++") {
    kmeansPlusPlus(M, k, random, w, w.seeding!);
  } else {
    if (start === "random") {
      const rows = sampleWithoutReplacement(random, n, k);
      for (let c = 0; c < k; ++c) for (let j = 0; j < d; ++j) centers[c * d + j] = data[rows[c] * d + j];
    } else {
      centers.set(start.data);
    }
    assignAll(M, k, w);
  }
  const steps: KmeansStep[] | undefined = history ? [{centers: centerRows(centers, k, d), labels: Array.from(labels)}] : undefined;

  clusterSums(M, labels, sums, counts);

  let iterations = 1;
  let changed = n; // scikit-learn compares the first labels with −1s: never equal.
  let converged = false;
  let strict = false;
  for (;;) {
    previous.set(centers);
    changed += relocateEmptyClusters(M, k, w);
    let totalShift = 0;
    for (let c = 0; c < k; ++c) {
      let s = 0;
      for (let j = 0; j < d; ++j) {
        const v = sums[c * d + j] / counts[c];
        const delta = v - previous[c * d + j];
        centers[c * d + j] = v;
        s += delta * delta;
      }
      shift[c] = Math.sqrt(s);
      totalShift += s;
    }
    if (steps) steps.push({centers: centerRows(centers, k, d), labels: []});
    if (changed === 0) {
      converged = strict = true;
      break;
    }
    if (totalShift <= tolerance) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    changed = assignStep(M, k, w, true);
    ++iterations;
    if (steps) steps[steps.length - 1].labels = Array.from(labels);
  }
  if (!strict) assignStep(M, k, w, true);
  if (steps) steps[steps.length - 1].labels = Array.from(labels);
  // The bounds hold for the centres the last assignment used: the previous ones after a strict stop.
  if (refine && k > 1 && hartigan(M, k, w, strict ? previous : centers) > 0) {
    centers.set(w.means);
    if (steps) steps.push({centers: centerRows(centers, k, d), labels: Array.from(labels)});
  }
  const inertia = inertiaFromSums(k, d, w, spread);
  return {labels, centers, inertia, iterations, converged, history: steps};
}

/** The sum and size of each cluster (from scratch: the assignment steps then keep them current). */
function clusterSums({data, n, d}: Matrix, labels: Int32Array, sums: Float64Array, counts: Float64Array): void {
  sums.fill(0);
  counts.fill(0);
  if (d === 2) {
    for (let i = 0; i < n; ++i) {
      const c = labels[i];
      counts[c] += 1;
      sums[2 * c] += data[2 * i];
      sums[2 * c + 1] += data[2 * i + 1];
    }
    return;
  }
  for (let i = 0, p = 0; i < n; ++i, p += d) {
    const c = labels[i];
    counts[c] += 1;
    const q = c * d;
    let j = 0;
    // Four columns per step, as in squaredDistance.
    for (; j + 4 <= d; j += 4) {
      sums[q + j] += data[p + j];
      sums[q + j + 1] += data[p + j + 1];
      sums[q + j + 2] += data[p + j + 2];
      sums[q + j + 3] += data[p + j + 3];
    }
    for (; j < d; ++j) sums[q + j] += data[p + j];
  }
}

/** Full assignment: every distance to every centre (for random or explicit starting centres). */
function assignAll({data, n, d}: Matrix, k: number, {centers, labels, upper, lower}: Assignment): void {
  for (let i = 0; i < n; ++i) {
    let first = Infinity;
    let second = Infinity;
    let label = 0;
    for (let c = 0; c < k; ++c) {
      const s = squaredDistanceUpTo(data, i, centers, c, d, second);
      if (s < first) {
        second = first;
        first = s;
        label = c;
      } else if (s < second) second = s;
    }
    labels[i] = label;
    upper[i] = Math.sqrt(first);
    lower[i] = Math.sqrt(second);
  }
}

/** Half the distance from each centre to its nearest other centre: a point closer than that to its centre stays. */
function halfSeparations(k: number, d: number, centers: Float64Array, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; ++a) {
    for (let b = a + 1; b < k; ++b) {
      const h = Math.sqrt(squaredDistance(centers, a, centers, b, d)) / 2;
      if (h < half[a]) half[a] = h;
      if (h < half[b]) half[b] = h;
    }
  }
}

/**
 * How far the lower bound of a point in each cluster c can drop when each centre has moved by
 * `moved`: the largest move among the other centres (Hamerly's single lower bound). Into `drop`.
 */
function lowerBoundDrops(k: number, moved: Float64Array, drop: Float64Array): Float64Array {
  let most = 0;
  let mostAt = -1;
  let secondMost = 0;
  for (let c = 0; c < k; ++c) {
    if (moved[c] > most) {
      secondMost = most;
      most = moved[c];
      mostAt = c;
    } else if (moved[c] > secondMost) secondMost = moved[c];
  }
  for (let c = 0; c < k; ++c) drop[c] = c === mostAt ? secondMost : most;
  return drop;
}

/**
 * Hamerly's assignment step. Each point's bounds are first loosened by how far the centres moved;
 * a point is re-examined only when they no longer prove its centre nearest. The centre sums are
 * kept current for the points that move (when `sums` is true). Returns how many labels changed.
 */
function assignStep({data, n, d}: Matrix, k: number, w: Workspace, updateSums: boolean): number {
  const {centers, labels, upper, lower, sums, counts, halfSeparation, shift} = w;
  halfSeparations(k, d, centers, halfSeparation);
  const drop = lowerBoundDrops(k, shift, w.drop);
  let changed = 0;
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const h = halfSeparation[a];
    let u = upper[i] + shift[a];
    // Two lower bounds on the distance to every other centre b: the point's own, loosened by the
    // shifts, and 2h − u, since ‖x − b‖ ≥ ‖a − b‖ − ‖x − a‖ (u ≤ 2h − u is Hamerly's u ≤ h test).
    // Keeping the larger one spares later steps, and the refinement, recomputations.
    let l = lower[i] - drop[a];
    const far = 2 * h - u;
    if (far > l) l = far;
    lower[i] = l;
    if (u <= l) {
      upper[i] = u;
      continue;
    }
    // Distances written out for two columns: a call per point costs as much as the distance.
    const two = d === 2;
    const x = two ? data[2 * i] : 0;
    const y = two ? data[2 * i + 1] : 0;
    let s: number;
    if (two) {
      const e0 = x - centers[2 * a];
      const e1 = y - centers[2 * a + 1];
      s = e0 * e0 + e1 * e1;
    } else {
      s = squaredDistance(data, i, centers, a, d);
    }
    u = Math.sqrt(s);
    upper[i] = u;
    const tight = 2 * h - u;
    if (tight > l) {
      l = tight;
      lower[i] = l;
    }
    if (u <= l) continue;
    let first = s;
    let second = Infinity;
    let label = a;
    for (let c = 0; c < k; ++c) {
      if (c === a) continue;
      let t: number;
      if (two) {
        const e0 = x - centers[2 * c];
        const e1 = y - centers[2 * c + 1];
        t = e0 * e0 + e1 * e1;
      } else {
        t = squaredDistanceUpTo(data, i, centers, c, d, second);
      }
      // Ties go to the lower-numbered centre, as numpy's argmin.
      if (t < first || (t === first && c < label)) {
        second = first;
        first = t;
        label = c;
      } else if (t < second) second = t;
    }
    upper[i] = Math.sqrt(first);
    lower[i] = Math.sqrt(second);
    if (label !== a) {
      labels[i] = label;
      ++changed;
      if (updateSums) {
        counts[a] -= 1;
        counts[label] += 1;
        const p = i * d;
        for (let j = 0; j < d; ++j) {
          const v = data[p + j];
          sums[a * d + j] -= v;
          sums[label * d + j] += v;
        }
      }
    }
  }
  return changed;
}

/** Sweeps of the Hartigan refinement at most; each one that moves a point lowers the inertia. */
const MAX_SWEEPS = 100;

/**
 * Hartigan–Wong style single-point refinement of a converged Lloyd run (Hartigan & Wong 1979;
 * Telgarsky & Vattani 2010; Slonim, Aharoni & Crammer 2013). Moving x from cluster A (nA points,
 * mean a) to B (nB points, mean b) changes the inertia by nB/(nB+1)·‖x − b‖² − nA/(nA−1)·‖x − a‖²,
 * so a point can be worth moving although its own mean is the nearest: Lloyd cannot see that.
 * Every move lowers the inertia and a partition with no such move left is also Lloyd-stable, so
 * this never makes a run worse. The means move after each move, which Hamerly's bounds absorb as
 * drift: `upper` is stored minus the drift of the point's own cluster and `lower` plus the total
 * drift, so one comparison settles most points without computing a distance. After a full sweep,
 * the later sweeps visit only the few rows whose bounds could fail within a drift budget (see
 * `settledList`); the rows left out would be skipped anyway, so the moves, in the same order, are
 * those of full sweeps. Never empties a cluster. Leaves the means in `w.means` and returns how
 * many points moved.
 */
function hartigan({data, n, d}: Matrix, k: number, w: Workspace, boundCenters: Float64Array): number {
  const {labels, upper, lower, sums, counts, means, drift, touched} = w;
  w.checkpoint.set(boundCenters);
  touched.fill(0);
  let driftTotal = 0;
  for (let c = 0; c < k; ++c) {
    let s = 0;
    for (let j = 0, q = c * d; j < d; ++j) {
      const v = sums[q + j] / counts[c];
      const delta = v - boundCenters[q + j];
      means[q + j] = v;
      s += delta * delta;
    }
    drift[c] = Math.sqrt(s);
    driftTotal += drift[c];
  }
  // The smallest factor nB/(nB+1) over all clusters: it scales the lower bound of any target.
  let factor = smallestGrowthFactor(k, counts);
  const shrinkOf = new Float64Array(k);
  for (let c = 0; c < k; ++c) shrinkOf[c] = counts[c] > 1 ? counts[c] / (counts[c] - 1) : Infinity;
  let moves = 0;
  // After a full sweep, the points that stay settled however the means drift by up to `budget` are
  // left out of the next sweeps (see `settledList`): these visit only `list`, in row order, until
  // the drift or the number of moves runs out of budget, then finish as a full sweep.
  const list = w.settled;
  let listLength = -1;
  let budget = 0;
  let budgetMoves = 0;
  let anchor = 0;
  let sinceAnchor = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; ++sweep) {
    let moved = 0;
    let full = listLength < 0;
    const sweepStart = driftTotal;
    for (let pos = 0; ; ) {
      let i: number;
      if (full) {
        if (pos >= n) break;
        i = pos++;
      } else {
        if (pos >= listLength) break;
        i = list[pos++];
      }
      const a = labels[i];
      // nA/(nA−1), kept per cluster (a division per point would cost more than the bound test).
      const shrink = shrinkOf[a];
      if (shrink === Infinity) continue;
      const l = lower[i] - driftTotal;
      const reach = l > 0 ? factor * l * l : 0;
      const u = upper[i] + drift[a];
      if (reach >= shrink * u * u) continue;
      const sa = squaredDistance(data, i, means, a, d);
      upper[i] = Math.sqrt(sa) - drift[a];
      touched[i] |= 1;
      const cost = shrink * sa;
      if (reach >= cost) continue;
      let target = -1;
      // A relative margin keeps rounding from moving a point back and forth.
      let gain = cost * (1 - 1e-12);
      let nearest = Infinity;
      for (let c = 0; c < k; ++c) {
        if (c === a) continue;
        const s = squaredDistance(data, i, means, c, d);
        if (s < nearest) nearest = s;
        const t = (counts[c] / (counts[c] + 1)) * s;
        if (t < gain) {
          gain = t;
          target = c;
        }
      }
      if (target < 0) {
        lower[i] = Math.sqrt(nearest) + driftTotal;
        touched[i] = 3;
        continue;
      }
      counts[a] -= 1;
      counts[target] += 1;
      const p = i * d;
      let shiftA = 0;
      let shiftB = 0;
      for (let j = 0, qa = a * d, qb = target * d; j < d; ++j) {
        const v = data[p + j];
        sums[qa + j] -= v;
        sums[qb + j] += v;
        const ma = sums[qa + j] / counts[a];
        const mb = sums[qb + j] / counts[target];
        shiftA += (ma - means[qa + j]) ** 2;
        shiftB += (mb - means[qb + j]) ** 2;
        means[qa + j] = ma;
        means[qb + j] = mb;
      }
      drift[a] += Math.sqrt(shiftA);
      drift[target] += Math.sqrt(shiftB);
      driftTotal += Math.sqrt(shiftA) + Math.sqrt(shiftB);
      factor = smallestGrowthFactor(k, counts);
      shrinkOf[a] = counts[a] > 1 ? counts[a] / (counts[a] - 1) : Infinity;
      shrinkOf[target] = counts[target] / (counts[target] - 1);
      labels[i] = target;
      upper[i] = Math.sqrt(squaredDistance(data, i, means, target, d)) - drift[target];
      // Its bounds, exact against the updated means.
      let other = squaredDistance(data, i, means, a, d);
      for (let c = 0; c < k; ++c) {
        if (c === a || c === target) continue;
        const s = squaredDistance(data, i, means, c, d);
        if (s < other) other = s;
      }
      lower[i] = Math.sqrt(other) + driftTotal;
      touched[i] = 3;
      ++moved;
      if (!full && (++sinceAnchor >= budgetMoves || driftTotal - anchor >= budget)) {
        // Out of budget: the rows after this one are visited as a full sweep would.
        full = true;
        pos = i + 1;
      }
    }
    moves += moved;
    if (moved === 0) break;
    if (full) {
      // The budget: as much drift as this sweep caused (later sweeps move fewer points).
      const increase = driftTotal - sweepStart;
      rebase(n, k, d, w, driftTotal);
      driftTotal = 0;
      budget = increase;
      budgetMoves = Math.max(16, 2 * moved);
      anchor = driftTotal;
      sinceAnchor = 0;
      listLength = settledList(n, k, w, factorFloor(k, counts, budgetMoves), budgetMoves, budget, driftTotal, list);
      // A list of most rows saves nothing: sweep them all.
      if (listLength > n / 2) listLength = -1;
    }
  }
  return moves;
}

/**
 * Re-anchors the Hartigan bounds on the current means after a full sweep. Between anchors a bound
 * loosens by the path its means travelled (`drift`: every move adds the length of two small
 * steps), which over dozens of sweeps on overlapping clusters grows far beyond how far the means
 * actually went, until every bound fails and each sweep recomputes every distance (4.3 s for
 * kmeans() at 60,000 × 10, k = 7, against scikit-learn's 0.8 s). A bound not set since the last
 * anchor is instead loosened by each mean's straight-line displacement since that anchor (for the
 * lower bound, the largest among the other clusters); bounds set since then keep the drift-based
 * loosening (only their own is known to hold). Leaves `drift` at 0.
 */
function rebase(n: number, k: number, d: number, w: Workspace, driftTotal: number): void {
  const {labels, upper, lower, means, drift, checkpoint, displacement, touched} = w;
  for (let c = 0; c < k; ++c) displacement[c] = Math.sqrt(squaredDistance(means, c, checkpoint, c, d));
  const drop = lowerBoundDrops(k, displacement, w.drop);
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const t = touched[i];
    upper[i] = (t & 1) !== 0 ? upper[i] + drift[a] : upper[i] + displacement[a];
    lower[i] = (t & 2) !== 0 ? lower[i] - driftTotal : lower[i] - drop[a];
  }
  touched.fill(0);
  checkpoint.set(means);
  drift.fill(0);
}

/** {@link smallestGrowthFactor} once up to `moves` points have left any cluster (0 when one could empty). */
function factorFloor(k: number, counts: Float64Array, moves: number): number {
  let factor = 1;
  for (let c = 0; c < k; ++c) {
    const m = counts[c] - moves;
    if (m < 1) return 0;
    const f = m / (m + 1);
    if (f < factor) factor = f;
  }
  return factor;
}

/**
 * The rows a Hartigan sweep may still have to examine, into `list` (returns its length). A row
 * in cluster a is skipped while factor·(lower − D)² ≥ nA/(nA−1)·(upper + drift_a)², D the total
 * drift; D and drift_a grow by at most Δ, the drift since now, and with at most `moves` moves the
 * factors stay within `factor` (a floor) and (nA−m)/(nA−m−1) (a ceiling). So a row stays skipped
 * while Δ ≤ (√F·(lower − D) − √S·(upper + drift_a)) / (√F + √S); those with less slack than
 * `budget` (plus a rounding margin) are listed.
 */
function settledList(n: number, k: number, w: Workspace, factor: number, moves: number, budget: number, driftTotal: number, list: Int32Array): number {
  const {labels, upper, lower, counts, drift} = w;
  const rootF = Math.sqrt(factor);
  const rootS = new Float64Array(k);
  for (let c = 0; c < k; ++c) {
    const m = counts[c] - moves;
    rootS[c] = m > 1 ? Math.sqrt(m / (m - 1)) : Infinity;
  }
  let length = 0;
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const s = rootS[a];
    const l = lower[i] - driftTotal;
    const u = upper[i] + drift[a];
    const slack = (rootF * l - s * u) / (rootF + s);
    // slack is NaN for an unbounded factor: listed.
    if (!(slack > budget * (1 + 1e-9) + 1e-9 * (l + u))) list[length++] = i;
  }
  return length;
}

function smallestGrowthFactor(k: number, counts: Float64Array): number {
  let factor = 1;
  for (let c = 0; c < k; ++c) {
    const f = counts[c] / (counts[c] + 1);
    if (f < factor) factor = f;
  }
  return factor;
}

/**
 * The inertia from the cluster sums, without another pass over the data: with S and m the sum and
 * size of a cluster and μ the column means, Σ‖x − c‖² = Σ‖x − μ‖² − 2 (c − μ)·(S − mμ) + m‖c − μ‖²
 * summed over clusters. Centring on μ keeps the cancellation small; it only ranks the runs.
 */
function inertiaFromSums(k: number, d: number, {centers, sums, counts}: Workspace, {mean, total}: Spread): number {
  let inertia = total;
  for (let c = 0; c < k; ++c) {
    const m = counts[c];
    let cross = 0;
    let norm = 0;
    for (let j = 0; j < d; ++j) {
      const offset = centers[c * d + j] - mean[j];
      cross += offset * (sums[c * d + j] - m * mean[j]);
      norm += offset * offset;
    }
    inertia += m * norm - 2 * cross;
  }
  return inertia;
}

/**
 * An empty cluster takes the point farthest from its own centre, as scikit-learn does, with one
 * difference: we never take the last point of a cluster (that would empty another one), and the
 * point's label moves with it so sums, counts and labels stay consistent (and the move counts as a
 * label change). Its bounds are reset so the next assignment step re-examines it.
 */
function relocateEmptyClusters({data, n, d}: Matrix, k: number, w: Workspace): number {
  const {centers, labels, upper, lower, sums, counts} = w;
  let empty = 0;
  for (let c = 0; c < k; ++c) if (counts[c] === 0) ++empty;
  if (empty === 0) return 0;
  const far = new Float64Array(n);
  for (let i = 0; i < n; ++i) far[i] = squaredDistance(data, i, centers, labels[i], d);
  for (let c = 0; c < k; ++c) {
    if (counts[c] !== 0) continue;
    let pick = -1;
    for (let i = 0; i < n; ++i) {
      if (counts[labels[i]] > 1 && (pick < 0 || far[i] > far[pick])) pick = i;
    }
    const from = labels[pick];
    counts[from] -= 1;
    counts[c] = 1;
    for (let j = 0; j < d; ++j) {
      const v = data[pick * d + j];
      sums[from * d + j] -= v;
      sums[c * d + j] = v;
    }
    labels[pick] = c;
    far[pick] = -1;
    upper[pick] = Infinity;
    lower[pick] = 0;
  }
  return empty;
}

/** Column means and the total squared deviation from them, Σ‖x − μ‖². */
interface Spread {
  mean: Float64Array;
  total: number;
}

/** The data's spread: its total divided by n·d is the mean column variance that scales scikit-learn's tolerance. */
function columnSpread({data, n, d}: Matrix): Spread {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; ++i) for (let j = 0; j < d; ++j) mean[j] += data[i * d + j];
  for (let j = 0; j < d; ++j) mean[j] /= n;
  let total = 0;
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < d; ++j) {
      const delta = data[i * d + j] - mean[j];
      total += delta * delta;
    }
  }
  return {mean, total};
}

/** k distinct row indices, uniformly (a partial Fisher–Yates shuffle over a sparse map). */
function sampleWithoutReplacement(random: () => number, n: number, k: number): number[] {
  const swapped = new Map<number, number>();
  const rows: number[] = [];
  for (let t = 0; t < k; ++t) {
    const r = t + Math.min(n - t - 1, Math.floor(random() * (n - t)));
    const picked = swapped.get(r) ?? r;
    swapped.set(r, swapped.get(t) ?? t);
    rows.push(picked);
  }
  return rows;
}

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

function centerRows(centers: Float64Array, k: number, d: number): number[][] {
  const rows: number[][] = new Array(k);
  for (let c = 0; c < k; ++c) rows[c] = Array.from(centers.subarray(c * d, (c + 1) * d));
  return rows;
}
