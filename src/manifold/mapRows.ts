import {subsampleIndices} from "../cluster/stability.js";
import type {Matrix, Rows} from "../core/matrix.js";
import {toMatrix} from "../core/matrix.js";
import {randomSource} from "../core/random.js";
import {umap} from "./umap/umap.js";
import type {UmapOptions, UmapResult} from "./umap/umap.js";

/** Options of {@link mapRows}: those of {@link umap} plus the sample size. */
export interface MapRowsOptions extends UmapOptions {
  /**
   * Largest number of rows mapped; above it a uniform random sample of this many rows (without
   * replacement, seeded by `seed`) is mapped instead. Defaults to 50,000.
   */
  sample?: number;
}

/** A map of (a sample of) the rows, ready to draw. */
export interface MapRowsResult extends Omit<UmapResult, "embedding"> {
  /** Map coordinates, one `[x, y]` per mapped row. */
  embedding: number[][];
  /** Row number in the input of each mapped row, ascending. */
  rowIndex: number[];
  /** True when only a sample of the rows was mapped. */
  sampled: boolean;
  /** Number of rows in the input. */
  totalRows: number;
}

/**
 * The worker-side call for the map of a table: UMAP ({@link umap}) of all rows, or, above
 * `sample` rows, of a seeded uniform random sample of `sample` rows (every row equally likely, so
 * segments appear in proportion to their size), with `rowIndex` linking each point back to its
 * row — "a map of 50,000 of 1,000,000 rows". Progress goes to `onProgress` as in {@link umap}.
 */
export function mapRows(X: Rows, {sample = 50000, seed = 42, ...options}: MapRowsOptions = {}): MapRowsResult {
  if (!Number.isInteger(sample) || sample < 3) throw new RangeError(`sample = ${sample}; it must be a whole number ≥ 3`);
  const M = toMatrix(X, {name: "data", minRows: 3});
  const sampled = M.n > sample;
  const rowIndex = sampled ? subsampleIndices(M.n, sample, randomSource(seed)) : Array.from({length: M.n}, (_, i) => i);
  const rows: Matrix = sampled ? pick(M, rowIndex) : M;
  const result = umap(rows, {...options, seed});
  return {...result, rowIndex, sampled, totalRows: M.n};
}

function pick(M: Matrix, rows: number[]): Matrix {
  const data = new Float64Array(rows.length * M.d);
  for (let r = 0; r < rows.length; ++r) data.set(M.data.subarray(rows[r] * M.d, (rows[r] + 1) * M.d), r * M.d);
  return {data, n: rows.length, d: M.d};
}
