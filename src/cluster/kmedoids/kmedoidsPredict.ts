// Assigning new rows to the nearest medoid of a k-medoids fit by Gower's distance (R's daisy, metric = "gower").

/** A Gower k-medoids fit as saved: the medoids' values and the training ranges (JSON-ready). */
export interface KmedoidsModel {
  /** Each medoid's numeric values, in the order of `min`/`range`. */
  numeric: ArrayLike<ArrayLike<number | null>>;
  /** Each medoid's categories (null = missing). */
  categorical: ArrayLike<ArrayLike<string | null>>;
  /** Smallest training value of each numeric column. */
  min: ArrayLike<number>;
  /** Training range of each numeric column (1 for a constant column, as daisy). */
  range: ArrayLike<number>;
}

/** New rows split as the model is: numbers (NaN or null = missing) and categories (null = missing). */
export interface MixedRows {
  numeric: ArrayLike<ArrayLike<number | null>>;
  categorical: ArrayLike<ArrayLike<string | null>>;
}

/**
 * {labels, distances}: each new row's nearest medoid (the first on a tie) and its Gower distance to
 * it — the mean, over the columns present in both, of |a − b| / range (daisy scales each value as
 * (x − min) / range first) or of "differs" for categories. The ranges are the fit's, so a row beyond
 * them can be more than 1 apart on a column. A row sharing no column with any medoid gets −1 and NaN.
 *
 * @example kmedoidsPredict(model, {numeric: [[12.5, 3]], categorical: [["York", "plus"]]})
 */
export function kmedoidsPredict(model: KmedoidsModel, rows: MixedRows): {labels: number[]; distances: number[]} {
  const k = model.numeric.length;
  if (k === 0 || model.categorical.length !== k) throw new RangeError(`kmedoidsPredict: the model has ${k} numeric and ${model.categorical.length} categorical medoid rows; they must match and be at least 1`);
  const p = model.min.length;
  if (model.range.length !== p) throw new RangeError(`kmedoidsPredict: ${p} minima but ${model.range.length} ranges`);
  const n = rows.numeric.length;
  if (rows.categorical.length !== n) throw new RangeError(`kmedoidsPredict: ${n} numeric rows but ${rows.categorical.length} categorical rows`);
  const at = (v: number | null | undefined, j: number): number => (v === null || v === undefined || v !== v ? NaN : (v - model.min[j]) / model.range[j]);
  const medoids = Array.from({length: k}, (_, m) => Array.from({length: p}, (_, j) => at(model.numeric[m][j], j)));
  const labels = new Array<number>(n);
  const distances = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const x = Array.from({length: p}, (_, j) => at(rows.numeric[i][j], j));
    const text = rows.categorical[i];
    let best = -1;
    let bestD = Infinity;
    for (let m = 0; m < k; ++m) {
      let total = 0;
      let present = 0;
      for (let j = 0; j < p; ++j) {
        const a = x[j];
        const b = medoids[m][j];
        if (a !== a || b !== b) continue;
        total += Math.abs(a - b);
        ++present;
      }
      const mc = model.categorical[m];
      for (let j = 0; j < mc.length; ++j) {
        if (text[j] === null || text[j] === undefined || mc[j] === null) continue;
        total += text[j] === mc[j] ? 0 : 1;
        ++present;
      }
      const d = present ? total / present : NaN;
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    labels[i] = best;
    distances[i] = best < 0 ? NaN : bestD;
  }
  return {labels, distances};
}
