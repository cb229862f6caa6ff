// The one squared Euclidean distance k-means uses everywhere (seeding, bounds, inertia), so the
// same pair of rows always gives the same bits. Four products per step keep the floating-point
// pipeline busy; V8 inlines these into the loops that call them.

/** Squared distance between row `i` of `a` and row `j` of `b`, both row-major with `d` columns. */
export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  const p = i * d;
  const q = j * d;
  let s = 0;
  let t = 0;
  for (; t + 4 <= d; t += 4) {
    const e0 = a[p + t] - b[q + t];
    const e1 = a[p + t + 1] - b[q + t + 1];
    const e2 = a[p + t + 2] - b[q + t + 2];
    const e3 = a[p + t + 3] - b[q + t + 3];
    s += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
  }
  for (; t < d; ++t) {
    const e = a[p + t] - b[q + t];
    s += e * e;
  }
  return s;
}

/**
 * {@link squaredDistance}, but it may stop as soon as the running sum reaches `limit`: the result is
 * exact when below `limit`, and otherwise a partial sum that is still ≥ `limit` and ≤ the distance.
 * The loop is squaredDistance's with one test added, kept as a copy rather than squaredDistance
 * calling this with limit = ∞, so that the callers needing the whole sum pay no test per step.
 */
export function squaredDistanceUpTo(a: Float64Array, i: number, b: Float64Array, j: number, d: number, limit: number): number {
  const p = i * d;
  const q = j * d;
  let s = 0;
  let t = 0;
  for (; t + 4 <= d; t += 4) {
    const e0 = a[p + t] - b[q + t];
    const e1 = a[p + t + 1] - b[q + t + 1];
    const e2 = a[p + t + 2] - b[q + t + 2];
    const e3 = a[p + t + 3] - b[q + t + 3];
    s += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
    if (s >= limit) return s;
  }
  for (; t < d; ++t) {
    const e = a[p + t] - b[q + t];
    s += e * e;
  }
  return s;
}
