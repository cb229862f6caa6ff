// Rows drawn with probability proportional to a weight (D², the squared distance to the nearest
// centre), for the k-means++ trials and the jump runs.

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