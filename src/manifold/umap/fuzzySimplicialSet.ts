import type {Neighbors} from "./nearestNeighbors.js";

/** A sparse symmetric graph in coordinate form: edge e joins `head[e]` and `tail[e]` with `weight[e]`; both directions are listed. */
export interface Graph {
  n: number;
  head: Int32Array;
  tail: Int32Array;
  weight: Float64Array;
}

/**
 * umap-learn's `compute_membership_strengths` then the fuzzy union (`set_op_mix_ratio = 1`):
 * w(i → j) = exp(−max(0, d_ij − rho_i) / sigma_i) (1 when d_ij ≤ rho_i; 0 for the row itself),
 * and the symmetric weight w_ij + w_ji − w_ij·w_ji. Edges of weight 0 are dropped. Edges come out
 * sorted by head, then tail (as scipy's COO after `tocsr().tocoo()`).
 */
export function fuzzySimplicialSet(
  {n, k, indices, distances}: Neighbors,
  {sigmas, rhos}: {sigmas: Float64Array; rhos: Float64Array}
): Graph {
  // Directed memberships, then add each edge's reverse: collect (row, col, w) and merge duplicates.
  const m = n * k;
  const rows = new Int32Array(2 * m), cols = new Int32Array(2 * m), forward = new Float64Array(2 * m), backward = new Float64Array(2 * m);
  let e = 0;
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < k; ++j) {
      const c = indices[i * k + j];
      if (c === i || c < 0) continue;
      const t = distances[i * k + j] - rhos[i];
      const w = t <= 0 || sigmas[i] === 0 ? 1 : Math.exp(-(t / sigmas[i]));
      rows[e] = i;
      cols[e] = c;
      forward[e] = w;
      backward[e++] = 0;
      rows[e] = c;
      cols[e] = i;
      forward[e] = 0;
      backward[e++] = w;
    }
  }
  // Counting sort by row, then sort each row's entries by column and merge (i, j) duplicates.
  const start = new Int32Array(n + 1);
  for (let x = 0; x < e; ++x) ++start[rows[x] + 1];
  for (let i = 0; i < n; ++i) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const order = new Int32Array(e);
  for (let x = 0; x < e; ++x) order[fill[rows[x]]++] = x;
  const head: number[] = [], tail: number[] = [], weight: number[] = [];
  for (let i = 0; i < n; ++i) {
    const slice = Array.from(order.subarray(start[i], start[i + 1])).sort((a, b) => cols[a] - cols[b]);
    for (let s = 0; s < slice.length; ) {
      const c = cols[slice[s]];
      let a = 0, b = 0;
      for (; s < slice.length && cols[slice[s]] === c; ++s) {
        a += forward[slice[s]];
        b += backward[slice[s]];
      }
      const w = a + b - a * b;
      if (w > 0) {
        head.push(i);
        tail.push(c);
        weight.push(w);
      }
    }
  }
  return {n, head: Int32Array.from(head), tail: Int32Array.from(tail), weight: Float64Array.from(weight)};
}
