// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's 2 + ⌊ln k⌋ local
// trials per centre), made cheaper with the triangle inequality (Raff 2021, "Exact acceleration of
// k-means++ and k-means||"): when a candidate c is at least twice as far from a point's nearest
// centre m as the point itself, ‖x − c‖ ≥ ‖c − m‖ − ‖x − m‖ ≥ ‖x − m‖, so c cannot take the point
// and its distance is never computed. The seeding also leaves behind, for free, the first
// assignment the Lloyd iterations need: each point's nearest centre, its distance (an exact upper
// bound) and a lower bound on its distance to every other centre (Hamerly 2010).
//
// Above EXACT_ROWS rows, the trials' potentials are estimated on a fixed stratified sample of
// n / 16 rows (at least 8,192) and only the chosen centre's distances are computed for every row
// (still skipping the rows the triangle inequality settles). The centres are still drawn with
// probability proportional to D² from all rows, and the trial with the lowest (estimated) potential
// is kept. Why: at 100,000 × 20 (k = 4, 10 runs) the passes that summed every trial over every
// row took 160 ms of kmeans()'s ~340 ms, which left it at 1.6–1.7× scikit-learn's time (its BLAS
// distances on two threads). Estimated, they take ~35 ms; the update passes, which now compute the
// chosen centre's distances, grew from ~35 to ~95 ms (bench/RESULTS.md has the totals). The trials
// compete on the same sampled rows, so the comparison is paired, and a rare wrong pick between two
// near-equal trials costs little: each run is then polished by Lloyd and Hartigan, and the best of
// nInit runs is kept (test/unit/kmeans.test.ts checks the result against scikit-learn at 60,000 rows).
import type {Matrix} from "../../core/matrix.js";
import {squaredDistance, squaredDistanceUpTo} from "../../core/squaredDistance.js";

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

/**
 * m rows of n, sorted: one drawn uniformly from each of m equal strata, so the sample covers the
 * table evenly (rows stored in a periodic order, such as blob i % 4, are not aliased).
 */
function stratifiedSample(n: number, m: number, random: () => number): Int32Array {
  const rows = new Int32Array(m);
  for (let s = 0; s < m; ++s) {
    const start = Math.floor((s * n) / m);
    const end = Math.floor(((s + 1) * n) / m);
    rows[s] = Math.min(end - 1, start + Math.floor(random() * (end - start)));
  }
  return rows;
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

/**
 * One pass over the points for all candidates (each row is read once, while it is in cache): each
 * candidate's potential (the sum of the points' distances to their nearest centre if it were
 * added), written to `potentials`, and its distances where needed, at t·n. A candidate at least
 * twice as far from the point's centre m as the point is skipped (the update pass repeats the same
 * test), and a distance that reaches the point's current one is left partial (still a lower bound).
 * The distance is squaredDistanceUpTo written out (the same sums in the same order).
 */
function candidatePass(
  data: Float64Array, n: number, d: number, k: number, candidates: Int32Array, separation: Float64Array,
  minDistance: Float64Array, labels: Int32Array, candidateDistance: Float64Array, potentials: Float64Array,
): void {
  const trials = candidates.length;
  if (trials === 3) {
    candidatePass3(data, n, d, k, candidates, separation, minDistance, labels, candidateDistance, potentials);
    return;
  }
  potentials.fill(0);
  for (let i = 0, p = 0; i < n; ++i, p += d) {
    const nearest = minDistance[i];
    const m = labels[i];
    for (let t = 0; t < trials; ++t) {
      potentials[t] += contribution(data, d, p, candidates[t] * d, separation[t * k + m], nearest, candidateDistance, t * n + i);
    }
  }
}

/**
 * Each candidate's potential estimated on the sample rows: the same terms as {@link candidatePass}
 * (a candidate the triangle inequality rules out contributes the row's current distance), summed
 * over the sample only. Only the order of the potentials matters, so they are not rescaled.
 */
function estimatePotentials(
  data: Float64Array, d: number, k: number, sample: Int32Array, candidates: Int32Array, separation: Float64Array,
  minDistance: Float64Array, labels: Int32Array, potentials: Float64Array,
): void {
  const trials = candidates.length;
  potentials.fill(0);
  for (let r = 0; r < sample.length; ++r) {
    const i = sample[r];
    const nearest = minDistance[i];
    const m = labels[i];
    for (let t = 0; t < trials; ++t) {
      if (separation[t * k + m] >= 4 * nearest) {
        potentials[t] += nearest;
        continue;
      }
      const s = squaredDistanceUpTo(data, i, data, candidates[t], d, nearest);
      potentials[t] += s < nearest ? s : nearest;
    }
  }
}

/**
 * {@link candidatePass} for scikit-learn's 2 + ⌊ln k⌋ = 3 candidates (k = 3 … 7), fused: a row that
 * all three candidates are ruled out for is not read at all (with well-separated clusters, most
 * rows once a few centres are chosen); otherwise its three distances are computed in one loop over
 * the columns (each value loaded once) and stored. The potentials are the same sums in the same
 * order as the per-candidate loop.
 */
function candidatePass3(
  data: Float64Array, n: number, d: number, k: number, candidates: Int32Array, separation: Float64Array,
  minDistance: Float64Array, labels: Int32Array, candidateDistance: Float64Array, potentials: Float64Array,
): void {
  const q0 = candidates[0] * d, q1 = candidates[1] * d, q2 = candidates[2] * d;
  let p0 = 0, p1 = 0, p2 = 0;
  for (let i = 0, p = 0; i < n; ++i, p += d) {
    const nearest = minDistance[i];
    const m = labels[i];
    const limit = 4 * nearest;
    const skip0 = separation[m] >= limit;
    const skip1 = separation[k + m] >= limit;
    const skip2 = separation[2 * k + m] >= limit;
    if (skip0 && skip1 && skip2) {
      p0 += nearest;
      p1 += nearest;
      p2 += nearest;
      continue;
    }
    let s0 = 0, s1 = 0, s2 = 0;
    for (let j = 0; j < d; ++j) {
      const x = data[p + j];
      const e0 = x - data[q0 + j];
      const e1 = x - data[q1 + j];
      const e2 = x - data[q2 + j];
      s0 += e0 * e0;
      s1 += e1 * e1;
      s2 += e2 * e2;
    }
    candidateDistance[i] = s0;
    candidateDistance[n + i] = s1;
    candidateDistance[2 * n + i] = s2;
    p0 += skip0 || s0 >= nearest ? nearest : s0;
    p1 += skip1 || s1 >= nearest ? nearest : s1;
    p2 += skip2 || s2 >= nearest ? nearest : s2;
  }
  potentials[0] = p0;
  potentials[1] = p1;
  potentials[2] = p2;
}

/**
 * One point's term of a candidate's potential (row at p, candidate at q), its distance stored at
 * `at` when computed. The distance is squaredDistanceUpTo written out on offsets (the same sums in
 * the same order): calling it here made kmeans() 15–20% slower at 40,000 × 5 with k = 8.
 */
function contribution(
  data: Float64Array, d: number, p: number, q: number, separated: number, nearest: number, candidateDistance: Float64Array, at: number,
): number {
  if (separated >= 4 * nearest) return nearest;
  let s = 0;
  let j = 0;
  for (; j + 4 <= d; j += 4) {
    const e0 = data[p + j] - data[q + j];
    const e1 = data[p + j + 1] - data[q + j + 1];
    const e2 = data[p + j + 2] - data[q + j + 2];
    const e3 = data[p + j + 3] - data[q + j + 3];
    s += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
    if (s >= nearest) break;
  }
  if (s < nearest) {
    for (; j < d; ++j) {
      const e = data[p + j] - data[q + j];
      s += e * e;
    }
  }
  candidateDistance[at] = s;
  return s < nearest ? s : nearest;
}

/**
 * {@link candidatePass} for two columns: each candidate's potential, every distance computed (with
 * two columns that costs less than the test that would skip it) and none stored.
 */
function candidatePass2(data: Float64Array, n: number, candidates: Int32Array, minDistance: Float64Array, potentials: Float64Array): void {
  const trials = candidates.length;
  if (trials === 3) {
    // scikit-learn's 2 + ⌊ln k⌋ is 3 for k = 3 … 7: all three in one pass, each row read once.
    const x0 = data[2 * candidates[0]], y0 = data[2 * candidates[0] + 1];
    const x1 = data[2 * candidates[1]], y1 = data[2 * candidates[1] + 1];
    const x2 = data[2 * candidates[2]], y2 = data[2 * candidates[2] + 1];
    let p0 = 0, p1 = 0, p2 = 0;
    for (let i = 0; i < n; ++i) {
      const x = data[2 * i];
      const y = data[2 * i + 1];
      const nearest = minDistance[i];
      const a0 = x - x0, b0 = y - y0, s0 = a0 * a0 + b0 * b0;
      const a1 = x - x1, b1 = y - y1, s1 = a1 * a1 + b1 * b1;
      const a2 = x - x2, b2 = y - y2, s2 = a2 * a2 + b2 * b2;
      p0 += s0 < nearest ? s0 : nearest;
      p1 += s1 < nearest ? s1 : nearest;
      p2 += s2 < nearest ? s2 : nearest;
    }
    potentials[0] = p0;
    potentials[1] = p1;
    potentials[2] = p2;
    return;
  }
  for (let t = 0; t < trials; ++t) {
    const x = data[2 * candidates[t]];
    const y = data[2 * candidates[t] + 1];
    let potential = 0;
    for (let i = 0; i < n; ++i) {
      const e0 = data[2 * i] - x;
      const e1 = data[2 * i + 1] - y;
      const s = e0 * e0 + e1 * e1;
      const nearest = minDistance[i];
      potential += s < nearest ? s : nearest;
    }
    potentials[t] = potential;
  }
}

/** One target in [0, potential) per trial, and the trials in increasing order of target (for {@link sampleCandidates}). */
export function drawTargets(random: () => number, potential: number, targets: Float64Array, order: Int32Array): void {
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

/** For each trial, the first row whose cumulative weight exceeds its target: rows drawn with probability ∝ weight, in one pass. */
export function sampleCandidates(weights: Float64Array, n: number, targets: Float64Array, order: Int32Array, candidates: Int32Array): void {
  let cumulative = 0;
  let next = 0;
  for (let i = 0; i < n && next < order.length; ++i) {
    cumulative += weights[i];
    while (next < order.length && cumulative > targets[order[next]]) candidates[order[next++]] = i;
  }
  while (next < order.length) candidates[order[next++]] = n - 1;
}
