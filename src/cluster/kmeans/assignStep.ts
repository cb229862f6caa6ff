// The assignment steps of Lloyd's algorithm with Hamerly's bounds (Hamerly 2010, "Making k-means
// even faster"): each point keeps an upper bound on the distance to its centre and one lower bound
// for all other centres, so after the first iterations most points are settled without computing a
// single distance, and the centre sums are updated only for points that move.
import type {Matrix} from "../../core/matrix.js";
import {squaredDistance, squaredDistanceUpTo} from "../../core/squaredDistance.js";
import type {Assignment} from "./kmeansPlusPlus.js";
import type {Workspace} from "./workspace.js";

/** Full assignment: every distance to every centre (for random or explicit starting centres). */
export function assignAll({data, n, d}: Matrix, k: number, {centers, labels, upper, lower}: Assignment): void {
  for (let i = 0; i < n; ++i) {
    let first = Infinity;
    let second = Infinity;
    let label = 0;
    for (let c = 0; c < k; ++c) {
      const s = squaredDistanceUpTo(data, i, centers, c, d, second);
      if (s < first) {
        second = first;
        first = s;
        label = c;
      } else if (s < second) second = s;
    }
    labels[i] = label;
    upper[i] = Math.sqrt(first);
    lower[i] = Math.sqrt(second);
  }
}

/** Half the distance from each centre to its nearest other centre: a point closer than that to its centre stays. */
function halfSeparations(k: number, d: number, centers: Float64Array, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; ++a) {
    for (let b = a + 1; b < k; ++b) {
      const h = Math.sqrt(squaredDistance(centers, a, centers, b, d)) / 2;
      if (h < half[a]) half[a] = h;
      if (h < half[b]) half[b] = h;
    }
  }
}

/**
 * How far the lower bound of a point in each cluster c can drop when each centre has moved by
 * `moved`: the largest move among the other centres (Hamerly's single lower bound). Into `drop`.
 */
export function lowerBoundDrops(k: number, moved: Float64Array, drop: Float64Array): Float64Array {
  let most = 0;
  let mostAt = -1;
  let secondMost = 0;
  for (let c = 0; c < k; ++c) {
    if (moved[c] > most) {
      secondMost = most;
      most = moved[c];
      mostAt = c;
    } else if (moved[c] > secondMost) secondMost = moved[c];
  }
  for (let c = 0; c < k; ++c) drop[c] = c === mostAt ? secondMost : most;
  return drop;
}

/**
 * Hamerly's assignment step. Each point's bounds are first loosened by how far the centres moved;
 * a point is re-examined only when they no longer prove its centre nearest. The centre sums are
 * kept current for the points that move (when `sums` is true). Returns how many labels changed.
 */
export function assignStep({data, n, d}: Matrix, k: number, w: Workspace, updateSums: boolean): number {
  const {centers, labels, upper, lower, sums, counts, halfSeparation, shift} = w;
  halfSeparations(k, d, centers, halfSeparation);
  const drop = lowerBoundDrops(k, shift, w.drop);
  let changed = 0;
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const h = halfSeparation[a];
    let u = upper[i] + shift[a];
    // Two lower bounds on the distance to every other centre b: the point's own, loosened by the
    // shifts, and 2h − u, since ‖x − b‖ ≥ ‖a − b‖ − ‖x − a‖ (u ≤ 2h − u is Hamerly's u ≤ h test).
    // Keeping the larger one spares later steps, and the refinement, recomputations.
    let l = lower[i] - drop[a];
    const far = 2 * h - u;
    if (far > l) l = far;
    lower[i] = l;
    if (u <= l) {
      upper[i] = u;
      continue;
    }
    // Distances written out for two columns: a call per point costs as much as the distance.
    const two = d === 2;
    const x = two ? data[2 * i] : 0;
    const y = two ? data[2 * i + 1] : 0;
    let s: number;
    if (two) {
      const e0 = x - centers[2 * a];
      const e1 = y - centers[2 * a + 1];
      s = e0 * e0 + e1 * e1;
    } else {
      s = squaredDistance(data, i, centers, a, d);
    }
    u = Math.sqrt(s);
    upper[i] = u;
    const tight = 2 * h - u;
    if (tight > l) {
      l = tight;
      lower[i] = l;
    }
    if (u <= l) continue;
    let first = s;
    let second = Infinity;
    let label = a;
    for (let c = 0; c < k; ++c) {
      if (c === a) continue;
      let t: number;
      if (two) {
        const e0 = x - centers[2 * c];
        const e1 = y - centers[2 * c + 1];
        t = e0 * e0 + e1 * e1;
      } else {
        t = squaredDistanceUpTo(data, i, centers, c, d, second);
      }
      // Ties go to the lower-numbered centre, as numpy's argmin.
      if (t < first || (t === first && c < label)) {
        second = first;
        first = t;
        label = c;
      } else if (t < second) second = t;
    }
    upper[i] = Math.sqrt(first);
    lower[i] = Math.sqrt(second);
    if (label !== a) {
      labels[i] = label;
      ++changed;
      if (updateSums) {
        counts[a] -= 1;
        counts[label] += 1;
        const p = i * d;
        for (let j = 0; j < d; ++j) {
          const v = data[p + j];
          sums[a * d + j] -= v;
          sums[label * d + j] += v;
        }
      }
    }
  }
  return changed;
}
