import {kDistance} from "./kDistance.js";
import {isMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";

export interface SuggestEpsOptions {
  /**
   * The neighbour rank used when rows are given (use DBSCAN's minSamples); defaults to 5. Ignored for
   * a k-distance curve. At k = 1 every point is its own nearest neighbour (distance 0), so the curve
   * of k = 2, the nearest other point, is used instead.
   */
  k?: number;
}

export interface SuggestedEps {
  /** The k-distance at the knee: a starting eps for DBSCAN. */
  eps: number;
  /** Position of the knee in the descending k-distance curve (how many points lie beyond it). */
  index: number;
}

/**
 * Suggests DBSCAN's eps from the knee of the k-distance curve. Given rows, it computes
 * `kDistance(X, {k})`; given a curve (a plain array of distances), it uses it (sorted descending).
 *
 * The knee is found as in Kneedle (Satopää et al. 2011): both axes are scaled to [0, 1], and the
 * knee is the point farthest below the chord joining the first (largest) and last (smallest)
 * distance — where the curve turns from the steep tail of isolated points to the flat floor of
 * dense ones. It is a starting point to adjust by eye, not an optimum.
 */
export function suggestEps(X: Rows | ArrayLike<number>, {k = 5}: SuggestEpsOptions = {}): SuggestedEps {
  const curve = isCurve(X) ? checkedCurve(X) : kDistance(X as Rows, {k: k === 1 && rowCount(X as Rows) > 1 ? 2 : k});
  const m = curve.length;
  const top = curve[0], bottom = curve[m - 1];
  if (m < 3 || !(top > bottom)) return {eps: positive(curve), index: 0};
  // Distance below the chord from (0, 1) to (1, 0) of the scaled curve, up to a constant factor.
  let index = 0, farthest = -Infinity;
  for (let i = 0; i < m; ++i) {
    const x = i / (m - 1), y = (curve[i] - bottom) / (top - bottom);
    const below = 1 - x - y;
    if (below > farthest) {
      farthest = below;
      index = i;
    }
  }
  const eps = curve[index] > 0 ? curve[index] : positive(curve);
  return {eps, index};
}

function rowCount(X: Rows): number {
  return isMatrix(X) ? X.n : X.length;
}

function isCurve(X: Rows | ArrayLike<number>): X is ArrayLike<number> {
  return !isMatrix(X) && typeof X === "object" && X !== null && X.length > 0 && typeof X[0] === "number";
}

function checkedCurve(values: ArrayLike<number>): number[] {
  const curve = Array.from(values);
  curve.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`k-distance ${i} is ${String(v)}; distances must be finite and non-negative`);
    }
  });
  return curve.sort((a, b) => b - a);
}

/** A fallback when the knee sits on a zero distance (many duplicates): the smallest positive distance. */
function positive(curve: number[]): number {
  for (let i = curve.length - 1; i >= 0; --i) if (curve[i] > 0) return curve[i];
  throw new RangeError("every k-distance is 0: the points coincide, so no eps separates dense from sparse");
}
