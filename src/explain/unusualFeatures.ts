/** How far one row's value of a column lies from the column's mean. */
export interface UnusualFeature {
  column: string;
  value: number;
  mean: number;
  /** Population standard deviation of the column (as `standardize` uses). */
  std: number;
  /** (value − mean) / std; 0 for a constant column. */
  z: number;
}

/**
 * Explains why a row stands out: each column's z-score for that row, the largest |z| first, keeping
 * those with |z| ≥ `threshold` (default 1.5) — or the single largest when none reaches it, so an
 * outlier always has a stated reason. For sentences such as "price 2.6 SD above the menu average".
 */
export function unusualFeatures(rows: ArrayLike<object>, index: number, columns: readonly string[], {threshold = 1.5} = {}): UnusualFeature[] {
  const records = rows as ArrayLike<Record<string, unknown>>;
  const n = records.length;
  if (!Number.isInteger(index) || index < 0 || index >= n) throw new RangeError(`row ${index} is outside 0 … ${n - 1}`);
  const all: UnusualFeature[] = columns.map((column) => {
    const values = Array.from({length: n}, (_, i) => Number(records[i][column]));
    if (values.some((v) => !Number.isFinite(v))) throw new TypeError(`column ${column} has a value that is not a number`);
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n);
    const value = values[index];
    return {column, value, mean, std, z: std > 0 ? (value - mean) / std : 0};
  });
  all.sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
  const kept = all.filter((f) => Math.abs(f.z) >= threshold);
  return kept.length > 0 ? kept : all.slice(0, 1);
}
