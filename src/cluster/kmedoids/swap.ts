import type {Dissimilarity} from "../../core/dissimilarity.js";
import {rowOf} from "./rowOf.js";

/** Each observation's nearest and second-nearest medoid distance and the nearest's position in `medoids`. */
export interface Nearest {
  first: Float64Array;
  second: Float64Array;
  owner: Int32Array;
}

/** Nearest and second-nearest medoid of every observation; medoids scanned in ascending row order, as R does. */
export function nearestMedoids(D: Dissimilarity, medoids: readonly number[], far: number): Nearest {
  const {n} = D;
  const first = new Float64Array(n).fill(far);
  const second = new Float64Array(n).fill(far);
  const owner = new Int32Array(n);
  const row = new Float64Array(n);
  const order = medoids.map((m, at) => [m, at]).sort((a, b) => a[0] - b[0]);
  for (const [m, at] of order) {
    rowOf(D, m, row);
    for (let j = 0; j < n; ++j) {
      const d = row[j];
      if (first[j] > d) {
        second[j] = first[j];
        first[j] = d;
        owner[j] = at;
      } else if (second[j] > d) {
        second[j] = d;
      }
    }
  }
  return {first, second, owner};
}

/**
 * The best swap of PAM's SWAP phase: the (medoid out, observation in) pair that lowers the total
 * distance most, or null when none lowers it. The change of every swap comes from FastPAM1's
 * O(n²) pass (Schubert & Rousseeuw 2021), which equals PAM's O(k·n²) sum up to rounding; the
 * swaps within rounding of the best are then re-summed in PAM's own order and chosen as PAM
 * chooses (observation in ascending, then medoid ascending, strictly smaller), so ties break as
 * in R's cluster::pam.
 */
export function bestSwap(D: Dissimilarity, medoids: readonly number[], near: Nearest, total: number): {out: number; into: number; change: number} | null {
  const {n} = D;
  const k = medoids.length;
  const {first, second, owner} = near;
  const isMedoid = new Uint8Array(n);
  for (const m of medoids) isMedoid[m] = 1;
  const removeLoss = new Float64Array(k);
  for (let j = 0; j < n; ++j) removeLoss[owner[j]] += second[j] - first[j];
  // FastPAM1's sums for every (observation in, medoid out), reading each pair once in memory order.
  const gain = new Float64Array(n * k);
  const shared = new Float64Array(n);
  const {distances} = D;
  let at = 0;
  for (let i = 0; i < n; ++i) {
    const ai = first[i];
    const bi = second[i];
    const oi = owner[i];
    if (0 < ai) {
      // the pair (i, i): observation i brought in serves itself at distance 0
      shared[i] -= ai;
      gain[i * k + oi] += ai - bi;
    }
    for (let j = i + 1; j < n; ++j) {
      const d = distances[at++];
      // i brought in, j served
      const aj = first[j];
      if (d < aj) {
        shared[i] += d - aj;
        gain[i * k + owner[j]] += aj - second[j];
      } else if (d < second[j]) {
        gain[i * k + owner[j]] += d - second[j];
      }
      // j brought in, i served
      if (d < ai) {
        shared[j] += d - ai;
        gain[j * k + oi] += ai - bi;
      } else if (d < bi) {
        gain[j * k + oi] += d - bi;
      }
    }
  }
  const change = new Float64Array(n * k).fill(Infinity);
  let min = Infinity;
  for (let h = 0; h < n; ++h) {
    if (isMedoid[h] === 1) continue;
    for (let m = 0; m < k; ++m) {
      const c = gain[h * k + m] + shared[h] + removeLoss[m];
      change[h * k + m] = c;
      if (c < min) min = c;
    }
  }
  const tolerance = 1e-9 * (Math.abs(total) + 1);
  const threshold = -16 * Number.EPSILON * Math.abs(total);
  if (!(min < threshold + tolerance)) return null;
  const byRow = medoids.map((m, at) => [m, at]).sort((a, b) => a[0] - b[0]);
  let best: {out: number; into: number; change: number} | null = null;
  let bestChange = 1; // PAM starts from an arbitrary positive value
  const row = new Float64Array(n);
  const out = new Float64Array(n);
  for (let h = 0; h < n; ++h) {
    if (isMedoid[h] === 1) continue;
    let rowRead = false;
    for (const [m, at] of byRow) {
      if (change[h * k + at] > min + tolerance) continue;
      if (!rowRead) {
        rowOf(D, h, row);
        rowRead = true;
      }
      rowOf(D, m, out);
      let dz = 0;
      for (let j = 0; j < n; ++j) {
        if (out[j] === first[j]) dz += -first[j] + (second[j] > row[j] ? row[j] : second[j]);
        else if (row[j] < first[j]) dz += -first[j] + row[j];
      }
      if (bestChange > dz) {
        bestChange = dz;
        best = {out: at, into: h, change: dz};
      }
    }
  }
  return best !== null && best.change < threshold ? best : null;
}
