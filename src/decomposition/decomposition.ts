// What a PCA solver returns, and the order of its axes.

/** A solver's result: the axes, their singular values and the total sum of squares. */
export interface Decomposition {
  /** Axes sorted by decreasing singular value, row-major `d × d` (row c = axis c). */
  axes: Float64Array;
  /** Singular values, decreasing. */
  sigma: Float64Array;
  /** Sum of squares of the centred data (= Σ σᵢ²). */
  total: number;
  /** Scores U·Σ, column-major `n × d`, when the method yields them. */
  scores?: Float64Array;
}

/** Indices sorting `values` in decreasing order (stable). */
export function sortedOrder(values: Float64Array): number[] {
  return Array.from(values, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
}
