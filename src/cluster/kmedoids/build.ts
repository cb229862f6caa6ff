import type {Dissimilarity} from "../../core/dissimilarity.js";
import {rowOf} from "./rowOf.js";

/**
 * PAM's BUILD phase (Kaufman & Rousseeuw 1990), as R's cluster::pam does it: k times, the
 * observation that most lowers the total distance to the nearest chosen medoid joins the medoids
 * (ties go to the later observation, as in R). Returns the medoids in the order chosen and each
 * observation's distance to its nearest medoid.
 */
export function build(D: Dissimilarity, k: number, far: number): {medoids: number[]; nearest: Float64Array} {
  const {n, distances} = D;
  const nearest = new Float64Array(n).fill(far);
  const isMedoid = new Uint8Array(n);
  const gain = new Float64Array(n);
  const row = new Float64Array(n);
  const medoids: number[] = [];
  for (let step = 0; step < k; ++step) {
    // Every pair read once in memory order; each observation's gain still adds its terms in
    // ascending order of the other observation (the pairs (j, i) with j < i come before row i),
    // so the sums, and the ties between them, are R's.
    gain.fill(0);
    let at = 0;
    for (let i = 0; i < n; ++i) {
      if (nearest[i] > 0) gain[i] += nearest[i]; // the pair (i, i): distance 0
      const own = nearest[i];
      for (let j = i + 1; j < n; ++j) {
        const d = distances[at++];
        const gi = nearest[j] - d;
        if (gi > 0) gain[i] += gi;
        const gj = own - d;
        if (gj > 0) gain[j] += gj;
      }
    }
    let best = -1;
    let bestGain = 0;
    for (let i = 0; i < n; ++i) {
      if (isMedoid[i] === 0 && bestGain <= gain[i]) {
        bestGain = gain[i];
        best = i;
      }
    }
    isMedoid[best] = 1;
    medoids.push(best);
    rowOf(D, best, row);
    for (let j = 0; j < n; ++j) if (row[j] < nearest[j]) nearest[j] = row[j];
  }
  return {medoids, nearest};
}
