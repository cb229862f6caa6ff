/** Options of {@link boxStats}. */
export interface BoxStatsOptions {
  /** Whiskers reach the furthest values within this many interquartile ranges of the box (Tukey's fences); defaults to 1.5. */
  whisker?: number;
}

/** The five numbers of a box plot and what lies beyond the whiskers. */
export interface BoxStats {
  /** Values counted (NaN, null and ±Infinity left out). */
  n: number;
  min: number;
  /** First quartile, median and third quartile (type 7, as numpy's `percentile` and R's `quantile`). */
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Whisker ends: the smallest and largest values within `whisker` IQRs of the box. */
  low: number;
  high: number;
  /** Values below `low` and above `high`. */
  outliersBelow: number;
  outliersAbove: number;
}

/**
 * The p-quantile (p in [0, 1]) of values sorted in ascending order, by linear interpolation between
 * order statistics: Hyndman & Fan's type 7, numpy's default `percentile` and R's default `quantile`.
 * Throws for an empty array or p outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantileSorted: no values");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted: p = ${p}; it must lie in [0, 1]`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Box-plot numbers of `values` (missing and non-finite values skipped, as d3 does): quartiles by
 * {@link quantileSorted}, whiskers to the furthest values within `whisker` × IQR of the box, and the
 * count of values beyond them. Returns null when no finite value remains. O(n log n).
 */
export function boxStats(values: ArrayLike<number | null>, {whisker = 1.5}: BoxStatsOptions = {}): BoxStats | null {
  const kept: number[] = [];
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) kept.push(v);
  }
  return kept.length === 0 ? (checkWhisker(whisker), null) : sortedBoxStats(Float64Array.from(kept).sort(), {whisker});
}

/**
 * {@link boxStats} of finite values already sorted in ascending order (no copy: for large columns,
 * fill and sort a Float64Array in place, then call this). Throws for an empty array. O(n).
 */
export function sortedBoxStats(sorted: ArrayLike<number>, {whisker = 1.5}: BoxStatsOptions = {}): BoxStats {
  checkWhisker(whisker);
  const n = sorted.length;
  if (n === 0) throw new RangeError("sortedBoxStats: no values");
  const q1 = quantileSorted(sorted, 0.25);
  const median = quantileSorted(sorted, 0.5);
  const q3 = quantileSorted(sorted, 0.75);
  const reach = whisker * (q3 - q1);
  let below = 0;
  while (below < n && sorted[below] < q1 - reach) ++below;
  let above = 0;
  while (above < n && sorted[n - 1 - above] > q3 + reach) ++above;
  return {n, min: sorted[0], q1, median, q3, max: sorted[n - 1], low: sorted[below], high: sorted[n - 1 - above], outliersBelow: below, outliersAbove: above};
}

function checkWhisker(whisker: number): void {
  if (!(whisker >= 0)) throw new RangeError(`boxStats: whisker = ${whisker}; it must be ≥ 0`);
}
