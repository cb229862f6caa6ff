import {checkDissimilarity, euclideanDissimilarity, isDissimilarity} from "../../core/dissimilarity.js";
import type {Dissimilarity} from "../../core/dissimilarity.js";
import type {Rows} from "../../core/matrix.js";
import {build} from "./build.js";
import {rowOf} from "./rowOf.js";
import {bestSwap, nearestMedoids} from "./swap.js";

export interface KmedoidsOptions {
  /** Number of clusters (medoids); required, 1 ≤ k < n. */
  k?: number;
  /** Starting medoids (row indices) instead of PAM's BUILD; defaults to BUILD's. */
  medoids?: readonly number[];
  /** Most swaps made before stopping; defaults to 1000 (PAM itself has no limit). */
  maxIterations?: number;
}

export interface KmedoidsResult {
  /** Cluster of each row, 0 … k − 1, numbered in order of first appearance (as R's `clustering`, minus 1). */
  labels: number[];
  /** The medoid (row index) of cluster 0, 1, … */
  medoids: number[];
  /** Sum over rows of the dissimilarity to their medoid. */
  cost: number;
  /** Mean dissimilarity to the nearest medoid after BUILD and after SWAP (R's `objective`). */
  objective: {build: number; swap: number};
  /** Swaps made. */
  iterations: number;
  /** False if maxIterations stopped the swaps while one still lowered the cost. */
  converged: boolean;
}

/**
 * k-medoids by PAM — Partitioning Around Medoids (Kaufman & Rousseeuw 1990) — giving the medoids,
 * clustering and objective of R's `cluster::pam(x, k)` (see test/unit/reference/gower-pam.R):
 * BUILD picks k medoids greedily, then SWAP makes the best medoid/non-medoid exchange while one
 * lowers the total dissimilarity. Each SWAP pass costs O(n²) (FastPAM1's bookkeeping) rather than
 * PAM's O(k·n²). X is a condensed {@link Dissimilarity} (for instance from {@link gower}) or rows
 * compared by Euclidean distance. Deterministic: no random start.
 */
export function kmedoids(X: Rows | Dissimilarity, {k, medoids: start, maxIterations = 1000}: KmedoidsOptions = {}): KmedoidsResult {
  const D = isDissimilarity(X) ? X : euclideanDissimilarity(X);
  checkDissimilarity(D, "kmedoids");
  const {n, distances} = D;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1) throw new RangeError(`kmedoids: k = ${String(k)}; it must be a whole number of at least 1`);
  if (k >= n) throw new RangeError(`kmedoids: k = ${k} but the data has only ${n} rows; k must be smaller than the number of rows`);
  if (!Number.isInteger(maxIterations) || maxIterations < 0) throw new RangeError(`kmedoids: maxIterations = ${maxIterations}; it must be a whole number ≥ 0`);
  let max = 0;
  for (let i = 0; i < distances.length; ++i) if (distances[i] > max) max = distances[i];
  const far = max * 1.1 + 1; // larger than every dissimilarity, as in R
  let medoids: number[];
  let buildObjective: number;
  if (start === undefined) {
    const built = build(D, k, far);
    medoids = built.medoids;
    buildObjective = sum(built.nearest) / n;
  } else {
    medoids = checkStart(start, k, n);
    buildObjective = sum(nearestMedoids(D, medoids, far).first) / n;
  }
  let total = buildObjective * n;
  let iterations = 0;
  let converged = true;
  if (k > 1 || start !== undefined) {
    for (;;) {
      const near = nearestMedoids(D, medoids, far);
      const swap = bestSwap(D, medoids, near, total);
      if (swap === null) break;
      if (iterations === maxIterations) {
        converged = false;
        break;
      }
      medoids[swap.out] = swap.into;
      total += swap.change;
      ++iterations;
    }
  }
  return {...assign(D, medoids, far), objective: {build: buildObjective, swap: total / n}, iterations, converged};
}

function sum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; ++i) s += values[i];
  return s;
}

function checkStart(start: readonly number[], k: number, n: number): number[] {
  if (!Array.isArray(start) || start.length !== k) throw new RangeError(`kmedoids: give exactly k = ${k} starting medoids`);
  const seen = new Set<number>();
  for (const m of start) {
    if (!Number.isInteger(m) || m < 0 || m >= n) throw new RangeError(`kmedoids: starting medoid ${String(m)} is not a row index 0 … ${n - 1}`);
    if (seen.has(m)) throw new RangeError(`kmedoids: starting medoid ${m} is given twice`);
    seen.add(m);
  }
  return [...start];
}

/** Labels as R's cstat numbers them: each row to its nearest medoid (lowest row index on ties), clusters by first appearance. */
function assign(D: Dissimilarity, medoids: readonly number[], far: number): {labels: number[]; medoids: number[]; cost: number} {
  const {n} = D;
  const sorted = [...medoids].sort((a, b) => a - b);
  const owner = new Int32Array(n).fill(-1);
  const best = new Float64Array(n).fill(far);
  const row = new Float64Array(n);
  for (const m of sorted) {
    rowOf(D, m, row);
    for (let j = 0; j < n; ++j) {
      if (row[j] < best[j]) {
        best[j] = row[j];
        owner[j] = m;
      }
    }
  }
  for (const m of sorted) owner[m] = m;
  const clusterOf = new Map<number, number>();
  const labels = new Array<number>(n);
  const ordered: number[] = [];
  let cost = 0;
  for (let j = 0; j < n; ++j) {
    let c = clusterOf.get(owner[j]);
    if (c === undefined) {
      clusterOf.set(owner[j], (c = clusterOf.size));
      ordered.push(owner[j]);
    }
    labels[j] = c;
    cost += owner[j] === j ? 0 : best[j];
  }
  return {labels, medoids: ordered, cost};
}
