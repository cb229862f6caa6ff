// The exact trials of k-means++ (up to EXACT_ROWS rows): each candidate's potential summed over
// every row, in one pass over the rows for all candidates, skipping the distances the triangle
// inequality rules out (see kmeansPlusPlus.ts).

/**
 * One pass over the points for all candidates (each row is read once, while it is in cache): each
 * candidate's potential (the sum of the points' distances to their nearest centre if it were
 * added), written to `potentials`, and its distances where needed, at t·n. A candidate at least
 * twice as far from the point's centre m as the point is skipped (the update pass repeats the same
 * test), and a distance that reaches the point's current one is left partial (still a lower bound).
 * The distance is squaredDistanceUpTo written out (the same sums in the same order).
 */
export function candidatePass(
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
export function candidatePass2(data: Float64Array, n: number, candidates: Int32Array, minDistance: Float64Array, potentials: Float64Array): void {
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
