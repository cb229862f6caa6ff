// One k-means run: Lloyd's algorithm as scikit-learn 1.2 runs it (relative tolerance, strict
// convergence, empty clusters refilled), its assignment steps bounded as Hamerly 2010 (assignStep.ts),
// then Hartigan's single-point moves (hartigan.ts).
import type {Matrix} from "../../core/matrix.js";
import {squaredDistance} from "../../core/squaredDistance.js";
import {assignAll, assignStep} from "./assignStep.js";
import type {Spread} from "./columnSpread.js";
import {hartigan} from "./hartigan.js";
import {kmeansPlusPlus} from "./kmeansPlusPlus.js";
import type {Workspace} from "./workspace.js";

/** One state of a run: centres and the labels they give (each point's nearest centre). */
export interface KmeansStep {
  centers: number[][];
  labels: number[];
}

/** What every run of one kmeans() call shares. */
export interface RunOptions {
  runs: number;
  /** With kmeans()'s `runs` option, the index of the first run made here; otherwise null. */
  first: number | null;
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

/** One run's result; its arrays live in the workspace until {@link kept}. */
export interface Run {
  labels: Int32Array;
  centers: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
  history: KmeansStep[] | undefined;
}

/** A copy of a run's result: the next run reuses the workspace its arrays live in. */
export function kept(run: Run): Run {
  return {...run, labels: run.labels.slice(), centers: run.centers.slice()};
}

/** One Lloyd run from its starting centres to convergence (or maxIterations). */
export function lloyd(M: Matrix, k: number, {maxIterations, tolerance, spread, start, random, history, refine}: RunOptions, w: Workspace): Run {
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

export function centerRows(centers: Float64Array, k: number, d: number): number[][] {
  const rows: number[][] = new Array(k);
  for (let c = 0; c < k; ++c) rows[c] = Array.from(centers.subarray(c * d, (c + 1) * d));
  return rows;
}
