// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's 2 + ⌊ln k⌋ local
// trials per centre), made cheaper with the triangle inequality (Raff 2021, "Exact acceleration of
// k-means++ and k-means||"): when a candidate c is at least twice as far from a point's nearest
// centre m as the point itself, ‖x − c‖ ≥ ‖c − m‖ − ‖x − m‖ ≥ ‖x − m‖, so c cannot take the point
// and its distance is never computed. The seeding also leaves behind, for free, the first
// assignment the Lloyd iterations need: each point's nearest centre, its distance (an exact upper
// bound) and a lower bound on its distance to every other centre (Hamerly 2010).
//
// Above EXACT_ROWS rows the trials' potentials are estimated on a sample of the rows (see
// estimatePotentials.ts); up to it they are summed over every row (candidatePass.ts). The rows
// are drawn with probability ∝ D² by drawTargets.ts, which the jump runs (jumps.ts) share.
import type {Matrix} from "../../core/matrix.js";
import {squaredDistance, squaredDistanceUpTo} from "../../core/squaredDistance.js";
import {candidatePass, candidatePass2} from "./candidatePass.js";
import {drawTargets, sampleCandidates} from "./drawTargets.js";
import {estimatePotentials, stratifiedSample} from "./estimatePotentials.js";

/** Where the seeding writes its centres and the first assignment. */
export interface Assignment {
  /** k × d centres, row-major. */
  centers: Float64Array;
  /** Nearest centre of each point. */
  labels: Int32Array;
  /** Distance from each point to its centre (exact here; an upper bound later). */
  upper: Float64Array;
  /** A lower bound on each point's distance to every other centre. */
  lower: Float64Array;
}

/** Scratch arrays reused across runs, sized for `n` points and `trials` candidates. */
export interface SeedingWorkspace {
  minDistance: Float64Array;
  candidateDistance: Float64Array;
  /**
   * With more than {@link EXACT_ROWS} rows: sorted rows on which the candidates' potentials are
   * estimated (see {@link kmeansPlusPlus}); null when every potential is computed exactly.
   */
  sample: Int32Array | null;
}

/** Up to this many rows, every candidate's potential is summed over all rows (scikit-learn's rule, exactly). */
export const EXACT_ROWS = 50_000;

/** Rows in the estimation sample above {@link EXACT_ROWS}: n / 16, and at least this many. */
const SAMPLE_ROWS = 8_192;

export function seedingWorkspace(n: number, d: number, k: number, random: () => number): SeedingWorkspace {
  const sample = n > EXACT_ROWS ? stratifiedSample(n, Math.max(SAMPLE_ROWS, Math.ceil(n / 16)), random) : null;
  // With two columns, or with a sample, the candidates' distances are not stored.
  const trials = localTrials(k);
  const stored = k > 1 && d !== 2 && sample === null;
  return {minDistance: new Float64Array(n), candidateDistance: new Float64Array(stored ? trials * n : 0), sample};
}

/** scikit-learn's number of local trials per centre. */
export function localTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

export function kmeansPlusPlus({data, n, d}: Matrix, k: number, random: () => number, out: Assignment, work: SeedingWorkspace): void {
  const {centers, labels, upper, lower} = out;
  const {minDistance, candidateDistance} = work;
  const trials = localTrials(k);
  const first = Math.min(n - 1, Math.floor(random() * n));
  for (let j = 0; j < d; ++j) centers[j] = data[first * d + j];
  // Until the end, `lower` holds squared distances: one square root per point instead of one per centre.
  labels.fill(0);
  lower.fill(Infinity);
  const potential0 = distancesTo(data, n, d, centers, 0, minDistance);
  if (k === 1) {
    for (let i = 0; i < n; ++i) upper[i] = Math.sqrt(minDistance[i]);
    return;
  }

  const candidates = new Int32Array(trials);
  const targets = new Float64Array(trials);
  const order = new Int32Array(trials);
  const potentials = new Float64Array(trials);
  // Squared distance from each candidate to each chosen centre, trials × k.
  const separation = new Float64Array(trials * k);
  drawTargets(random, potential0, targets, order);
  sampleCandidates(minDistance, n, targets, order, candidates);

  for (let c = 1; c < k; ++c) {
    for (let t = 0; t < trials; ++t) {
      for (let m = 0; m < c; ++m) {
        separation[t * k + m] = squaredDistance(data, candidates[t], centers, m, d);
      }
    }
    // With two columns a distance costs less than the test that would skip it: compute them all.
    const complete = d === 2;
    const sample = work.sample;
    if (sample !== null) {
      estimatePotentials(data, d, k, sample, candidates, separation, minDistance, labels, potentials);
    } else if (complete) {
      candidatePass2(data, n, candidates, minDistance, potentials);
    } else {
      candidatePass(data, n, d, k, candidates, separation, minDistance, labels, candidateDistance, potentials);
    }
    let best = 0;
    for (let t = 1; t < trials; ++t) if (potentials[t] < potentials[best]) best = t;
    const chosen = candidates[best];
    for (let j = 0; j < d; ++j) centers[c * d + j] = data[chosen * d + j];
    const potential = potentials[best];

    // Take the points the new centre wins, tighten the lower bounds, and (fused into the same pass)
    // sample the next centre's candidates from the cumulative sums of the updated distances.
    const last = c === k - 1;
    if (!last) drawTargets(random, potential, targets, order);
    let cumulative = 0;
    let next = 0;
    let lastPositive = n - 1;
    const offset = best * n;
    if (complete) {
      const x = data[2 * chosen];
      const y = data[2 * chosen + 1];
      if (last) {
        // The last centre: the bounds are final, so take their square roots in the same pass.
        for (let i = 0; i < n; ++i) {
          // Recomputed (the same bits as in the candidate pass): cheaper than storing it.
          const e0 = data[2 * i] - x;
          const e1 = data[2 * i + 1] - y;
          const s = e0 * e0 + e1 * e1;
          const nearest = minDistance[i];
          if (s < nearest) {
            lower[i] = Math.sqrt(nearest);
            upper[i] = Math.sqrt(s);
            labels[i] = c;
          } else {
            const second = lower[i];
            lower[i] = Math.sqrt(s < second ? s : second);
            upper[i] = Math.sqrt(nearest);
          }
        }
        return;
      }
      for (let i = 0; i < n; ++i) {
        const e0 = data[2 * i] - x;
        const e1 = data[2 * i + 1] - y;
        const s = e0 * e0 + e1 * e1;
        let weight = minDistance[i];
        if (s < weight) {
          lower[i] = weight;
          minDistance[i] = weight = s;
          labels[i] = c;
        } else if (s < lower[i]) {
          lower[i] = s;
        }
        if (weight > 0) lastPositive = i;
        cumulative += weight;
        while (next < trials && cumulative > targets[order[next]]) candidates[order[next++]] = i;
      }
    } else {
      for (let i = 0; i < n; ++i) {
        const nearest = minDistance[i];
        let s: number;
        const separated = separation[best * k + labels[i]];
        if (separated >= 4 * nearest) {
          // Skipped in the candidate pass: ‖x − c‖ ≥ ‖c − m‖ − ‖x − m‖ (≥ ‖x − m‖).
          const bound = Math.sqrt(separated) - Math.sqrt(nearest);
          s = bound * bound;
        } else if (sample === null) {
          s = candidateDistance[offset + i];
        } else {
          // Computed here, for the chosen centre only. A partial sum that reaches the second
          // distance (≥ the nearest) changes nothing below and is still a lower bound.
          s = squaredDistanceUpTo(data, i, data, chosen, d, lower[i]);
        }
        if (s < nearest) {
          lower[i] = nearest;
          minDistance[i] = s;
          labels[i] = c;
        } else if (s < lower[i]) {
          lower[i] = s;
        }
        if (!last) {
          const weight = minDistance[i];
          if (weight > 0) lastPositive = i;
          cumulative += weight;
          while (next < trials && cumulative > targets[order[next]]) candidates[order[next++]] = i;
        }
      }
    }
    // Rounding (or a zero potential: every point on a centre) can leave targets unmatched.
    while (next < trials) candidates[order[next++]] = lastPositive;
  }
  for (let i = 0; i < n; ++i) {
    upper[i] = Math.sqrt(minDistance[i]);
    lower[i] = Math.sqrt(lower[i]);
  }
}

/** Squared distance from every point to centre `c`, into `out`; returns their sum. */
function distancesTo(data: Float64Array, n: number, d: number, centers: Float64Array, c: number, out: Float64Array): number {
  let sum = 0;
  if (d === 2) {
    const c0 = centers[2 * c];
    const c1 = centers[2 * c + 1];
    for (let i = 0; i < n; ++i) {
      const e0 = data[2 * i] - c0;
      const e1 = data[2 * i + 1] - c1;
      const s = e0 * e0 + e1 * e1;
      out[i] = s;
      sum += s;
    }
  } else {
    for (let i = 0; i < n; ++i) {
      const s = squaredDistance(data, i, centers, c, d);
      out[i] = s;
      sum += s;
    }
  }
  return sum;
}
