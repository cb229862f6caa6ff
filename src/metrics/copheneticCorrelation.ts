import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {checkMerges, leafOrder} from "../cluster/mergeTree.js";

/**
 * The cophenetic correlation of a tree: Pearson's correlation between the Euclidean distances of all
 * pairs of rows of `X` and their cophenetic distances (the height at which the pair first shares a
 * cluster), as the first value of scipy's `cophenet(Z, pdist(X))`. Near 1, the tree keeps the
 * distances faithfully. O(n²d) time and O(nd) memory: no pairwise matrix is built.
 */
export function copheneticCorrelation(X: Rows, merges: ArrayLike<ArrayLike<number>>): number {
  const n = checkMerges(merges);
  const M = toMatrix(X);
  if (M.n !== n) throw new RangeError(`the data has ${M.n} rows, but the merges describe ${n} observations`);
  const d = M.d;
  // Rows copied in leaf order, so that both sides of every merge are contiguous blocks.
  const {order, start} = leafOrder(merges, n);
  const Y = new Float64Array(n * d);
  for (let p = 0; p < n; ++p) Y.set(M.data.subarray(order[p] * d, order[p] * d + d), p * d);
  const sizeOf = (c: number): number => (c < n ? 1 : merges[c - n][3]);
  const pairs = (n * (n - 1)) / 2;
  // Two passes as scipy (means first, then centred sums), which keeps the result accurate.
  let sumC = 0;
  let sumY = 0;
  for (let i = 0; i < n - 1; ++i) {
    const a = merges[i][0];
    const b = merges[i][1];
    sumC += merges[i][2] * sizeOf(a) * sizeOf(b);
    sumY += blockSum(Y, d, start[a], sizeOf(a), start[b], sizeOf(b), 0, 0).y;
  }
  const meanC = sumC / pairs;
  const meanY = sumY / pairs;
  let syy = 0;
  let scc = 0;
  let syc = 0;
  for (let i = 0; i < n - 1; ++i) {
    const a = merges[i][0];
    const b = merges[i][1];
    const c = merges[i][2] - meanC;
    const count = sizeOf(a) * sizeOf(b);
    const s = blockSum(Y, d, start[a], sizeOf(a), start[b], sizeOf(b), meanY, 1);
    syy += s.yy;
    syc += c * s.y;
    scc += c * c * count;
  }
  return syc / Math.sqrt(syy * scc);
}

// Sums of (dist − shift) and, when `squares` is 1, of its square, over the pairs between two blocks.
function blockSum(Y: Float64Array, d: number, a0: number, na: number, b0: number, nb: number, shift: number, squares: number): {y: number; yy: number} {
  let y = 0;
  let yy = 0;
  for (let p = a0; p < a0 + na; ++p) {
    const op = p * d;
    for (let q = b0; q < b0 + nb; ++q) {
      const oq = q * d;
      let ss = 0;
      for (let j = 0; j < d; ++j) {
        const t = Y[op + j] - Y[oq + j];
        ss += t * t;
      }
      const v = Math.sqrt(ss) - shift;
      y += v;
      yy += squares * v * v;
    }
  }
  return {y, yy};
}

/**
 * Cophenetic distances of the merges of {@link hierarchical}, condensed as scipy's `cophenet(Z)`:
 * entry for the pair i < j at index n·i − i(i + 1)/2 + j − i − 1, n(n − 1)/2 numbers in all (so
 * about 400 MB as a plain array at 10,000 observations: prefer {@link copheneticCorrelation}).
 */
export function copheneticDistances(merges: ArrayLike<ArrayLike<number>>): number[] {
  const n = checkMerges(merges);
  const {order, start} = leafOrder(merges, n);
  const out = new Float64Array((n * (n - 1)) / 2);
  const sizeOf = (c: number): number => (c < n ? 1 : merges[c - n][3]);
  for (let i = 0; i < n - 1; ++i) {
    const a = merges[i][0];
    const b = merges[i][1];
    const h = merges[i][2];
    for (let p = start[a], pe = p + sizeOf(a); p < pe; ++p) {
      for (let q = start[b], qe = q + sizeOf(b); q < qe; ++q) {
        const u = Math.min(order[p], order[q]);
        const v = Math.max(order[p], order[q]);
        out[n * u - (u * (u + 1)) / 2 + v - u - 1] = h;
      }
    }
  }
  return Array.from(out);
}
