import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";

/** One event of a DBSCAN run, for replaying it step by step. */
export interface DbscanStep {
  /**
   * "start": an unlabelled core row starts a new cluster. "spread": a core row is labelled and
   * passes the cluster on to its unlabelled neighbours. "border": a non-core row within eps of a
   * core row is labelled and stops there. "noise": the scan meets a row that is not core and not
   * yet reached by any cluster; it stays noise unless a cluster reaches it later.
   */
  kind: "start" | "spread" | "border" | "noise";
  /** The row this step is about. */
  point: number;
  /** The cluster it joins (−1 for "noise"). */
  cluster: number;
  /** Rows within eps of `point`, itself included, in row order. */
  neighbours: number[];
  /** Rows queued by this step to be visited next (unlabelled neighbours of a core row). */
  queued: number[];
  /** State of every row after this step: a cluster number, −1 for noise so far, −2 not yet visited. */
  state: number[];
}

export interface DbscanStepsResult {
  steps: DbscanStep[];
  /** Final labels; the same as `dbscan(X, {eps, minSamples}).labels`. */
  labels: number[];
  core: boolean[];
}

/** Rows above which a replay refuses to run: its snapshots cost n² memory. */
const MAX_ROWS = 2000;

/**
 * Replays DBSCAN as scikit-learn's `dbscan_inner` runs it: rows are scanned in order, each
 * unlabelled core row starts a cluster that grows depth-first (a stack) through the neighbourhoods
 * of its core rows; a non-core row is labelled by the first cluster that reaches it. Every labelling
 * (and every row the scan leaves as noise for now) is one step with a snapshot of all rows. For
 * teaching-sized tables only (at most 2,000 rows; neighbourhoods by brute force). The final labels
 * equal {@link dbscan}'s.
 */
export function dbscanSteps(X: Rows, {eps, minSamples = 5}: {eps?: number; minSamples?: number} = {}): DbscanStepsResult {
  const M = toMatrix(X, {name: "data"});
  const {data, n, d} = M;
  if (typeof eps !== "number" || !Number.isFinite(eps) || eps <= 0) {
    throw new RangeError(`eps = ${String(eps)}; the neighbourhood radius must be a positive, finite number`);
  }
  if (typeof minSamples !== "number" || !Number.isInteger(minSamples) || minSamples < 1) {
    throw new RangeError(`minSamples = ${String(minSamples)}; it must be a whole number of at least 1 (the point itself counts)`);
  }
  if (n > MAX_ROWS) throw new RangeError(`the data has ${n} rows; a step-by-step replay is limited to ${MAX_ROWS}`);
  const r2 = eps * eps;
  const neighbours: number[][] = [];
  for (let i = 0; i < n; ++i) {
    const list: number[] = [];
    for (let j = 0; j < n; ++j) {
      let s = 0;
      for (let t = 0; t < d; ++t) s += (data[i * d + t] - data[j * d + t]) ** 2;
      if (s <= r2) list.push(j);
    }
    neighbours.push(list);
  }
  const core = neighbours.map((list) => list.length >= minSamples);
  const labels = new Array<number>(n).fill(-1);
  const state = new Array<number>(n).fill(-2);
  const steps: DbscanStep[] = [];
  const record = (kind: DbscanStep["kind"], point: number, cluster: number, queued: number[]) =>
    steps.push({kind, point, cluster, neighbours: neighbours[point], queued, state: state.slice()});
  let cluster = 0;
  for (let i = 0; i < n; ++i) {
    if (labels[i] !== -1) continue;
    if (!core[i]) {
      if (state[i] === -2) {
        state[i] = -1;
        record("noise", i, -1, []);
      }
      continue;
    }
    const stack: number[] = [];
    let p = i;
    let first = true;
    for (;;) {
      if (labels[p] === -1) {
        labels[p] = cluster;
        state[p] = cluster;
        const queued: number[] = [];
        if (core[p]) {
          for (const q of neighbours[p]) {
            if (labels[q] === -1) {
              stack.push(q);
              if (!queued.includes(q) && q !== p) queued.push(q);
            }
          }
        }
        record(first ? "start" : core[p] ? "spread" : "border", p, cluster, queued);
        first = false;
      }
      if (stack.length === 0) break;
      p = stack.pop()!;
    }
    ++cluster;
  }
  return {steps, labels, core};
}
