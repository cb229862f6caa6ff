// Jump runs (J-means) that challenge the best k-means run on small data.
import type {Matrix} from "../../core/matrix.js";
import {squaredDistanceUpTo} from "../../core/squaredDistance.js";
import {drawTargets, sampleCandidates} from "./drawTargets.js";
import {localTrials} from "./kmeansPlusPlus.js";
import {kept, lloyd} from "./lloyd.js";
import type {Run, RunOptions} from "./lloyd.js";
import type {Workspace} from "./workspace.js";

/** Rounds of jump runs at most (each round tries k of them). */
const JUMP_ROUNDS = 5;

/**
 * Challenges the best run with "jumps" (Hansen & Mladenović 2001, J-means): a run that starts
 * from the best centres with one centre c moved to a row drawn with probability ∝ D² (its squared
 * distance to the nearest other centre), then goes through Lloyd and the refinement like any run.
 * A jump that ends lower replaces the best, and the search goes on until a round of k jumps (one
 * per centre) finds nothing lower, or JUMP_ROUNDS rounds. This leaves local optima that all the
 * runs share (a centre stuck between two groups while another group is split in two). On the 100
 * random tables of `runCount` (kmeans.ts), jumps alone brought the cases above scikit-learn from 11 to 4,
 * extra runs alone to 1, both to 0.
 */
export function jumps(M: Matrix, k: number, options: RunOptions, state: Workspace, best: Run): Run {
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
