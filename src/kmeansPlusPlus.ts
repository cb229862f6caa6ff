// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's 2 + ⌊ln k⌋ local
// trials per centre), made cheaper with the triangle inequality (Raff 2021, "Exact acceleration of
// k-means++ and k-means||"): when a candidate c is at least twice as far from a point's nearest
// centre m as the point itself, ‖x − c‖ ≥ ‖c − m‖ − ‖x − m‖ ≥ ‖x − m‖, so c cannot take the point
// and its distance is never computed. The seeding also leaves behind, for free, the first
// assignment the Lloyd iterations need: each point's nearest centre, its distance (an exact upper
// bound) and a lower bound on its distance to every other centre (Hamerly 2010).
import type {Matrix} from "./matrix.js";
import {squaredDistance, squaredDistanceUpTo} from "./squaredDistance.js";

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
}

export function seedingWorkspace(n: number, k: number): SeedingWorkspace {
  const trials = localTrials(k);
  return {minDistance: new Float64Array(n), candidateDistance: new Float64Array(k > 1 ? trials * n : 0)};
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
  let potential = 0;
  for (let i = 0; i < n; ++i) {
    const s = squaredDistance(data, i, centers, 0, d);
    minDistance[i] = s;
    labels[i] = 0;
    lower[i] = Infinity;
    potential += s;
  }
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
  // The smallest of those per centre: a point whose centre is that far from every candidate is untouched.
  const closest = new Float64Array(k);
  drawTargets(random, potential, targets, order);
  sampleCandidates(minDistance, n, targets, order, candidates);

  for (let c = 1; c < k; ++c) {
    closest.fill(Infinity);
    for (let t = 0; t < trials; ++t) {
      for (let m = 0; m < c; ++m) {
        const s = squaredDistance(data, candidates[t], centers, m, d);
        separation[t * k + m] = s;
        if (s < closest[m]) closest[m] = s;
      }
    }
    // One pass over the points for all candidates. A candidate at least twice as far from the
    // point's centre as the point is skipped (the update pass repeats the same test), and a distance
    // that reaches the point's current one is left partial (still a lower bound).
    for (let t = 0; t < trials; ++t) potentials[t] = 0;
    let untouched = 0;
    for (let i = 0; i < n; ++i) {
      const nearest = minDistance[i];
      const m = labels[i];
      const reach = 4 * nearest;
      if (closest[m] >= reach) {
        untouched += nearest;
        continue;
      }
      for (let t = 0; t < trials; ++t) {
        if (separation[t * k + m] >= reach) {
          potentials[t] += nearest;
        } else {
          const s = squaredDistanceUpTo(data, i, data, candidates[t], d, nearest);
          candidateDistance[t * n + i] = s;
          potentials[t] += s < nearest ? s : nearest;
        }
      }
    }
    let best = 0;
    for (let t = 1; t < trials; ++t) if (potentials[t] < potentials[best]) best = t;
    const chosen = candidates[best];
    for (let j = 0; j < d; ++j) centers[c * d + j] = data[chosen * d + j];
    potential = potentials[best] + untouched;

    // Take the points the new centre wins, tighten the lower bounds, and (fused into the same pass)
    // sample the next centre's candidates from the cumulative sums of the updated distances.
    const last = c === k - 1;
    if (!last) drawTargets(random, potential, targets, order);
    let cumulative = 0;
    let next = 0;
    let lastPositive = n - 1;
    const offset = best * n;
    for (let i = 0; i < n; ++i) {
      const nearest = minDistance[i];
      const separated = separation[best * k + labels[i]];
      if (separated >= 4 * nearest) {
        const bound = Math.sqrt(separated) - Math.sqrt(nearest);
        if (bound < lower[i]) lower[i] = bound;
      } else {
        const s = candidateDistance[offset + i];
        if (s < nearest) {
          lower[i] = Math.sqrt(nearest);
          minDistance[i] = s;
          labels[i] = c;
        } else {
          const bound = Math.sqrt(s);
          if (bound < lower[i]) lower[i] = bound;
        }
      }
      if (!last) {
        const weight = minDistance[i];
        if (weight > 0) lastPositive = i;
        cumulative += weight;
        while (next < trials && cumulative > targets[order[next]]) candidates[order[next++]] = i;
      }
    }
    // Rounding (or a zero potential: every point on a centre) can leave targets unmatched.
    while (next < trials) candidates[order[next++]] = lastPositive;
  }
  for (let i = 0; i < n; ++i) upper[i] = Math.sqrt(minDistance[i]);
}

function drawTargets(random: () => number, potential: number, targets: Float64Array, order: Int32Array): void {
  for (let t = 0; t < targets.length; ++t) {
    targets[t] = random() * potential;
    order[t] = t;
  }
  // Insertion sort of a handful of indices by target.
  for (let t = 1; t < order.length; ++t) {
    const o = order[t];
    let u = t - 1;
    while (u >= 0 && targets[order[u]] > targets[o]) {
      order[u + 1] = order[u];
      --u;
    }
    order[u + 1] = o;
  }
}

function sampleCandidates(weights: Float64Array, n: number, targets: Float64Array, order: Int32Array, candidates: Int32Array): void {
  let cumulative = 0;
  let next = 0;
  for (let i = 0; i < n && next < order.length; ++i) {
    cumulative += weights[i];
    while (next < order.length && cumulative > targets[order[next]]) candidates[order[next++]] = i;
  }
  while (next < order.length) candidates[order[next++]] = n - 1;
}
