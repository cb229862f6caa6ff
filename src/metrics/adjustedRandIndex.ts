import {labelCodes} from "../core/labelCodes.js";

/**
 * The adjusted Rand index between two labelings of the same rows, as scikit-learn's
 * `adjusted_rand_score`: the share of row pairs on which they agree (together in both, or apart in
 * both), corrected for chance. 1 means the same partition (cluster names do not matter), about 0
 * means no better than random, and it can be negative. Labels may be any numbers or strings; −1 is
 * an ordinary label here. Symmetric in `a` and `b`. When neither labeling puts any pair together
 * or apart differently from the other (e.g. both put every row in one cluster), it is 1.
 *
 * Throws when the two labelings differ in length.
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a === null || a === undefined || typeof a !== "object" || typeof a.length !== "number") {
    throw new TypeError(`adjustedRandIndex: the first labeling must be an array of labels, got ${a === null ? "null" : typeof a}`);
  }
  const n = a.length;
  const A = labelCodes(a, n, {fn: "adjustedRandIndex", name: "first labels"});
  const B = labelCodes(b, n, {fn: "adjustedRandIndex", name: "second labels", rows: "first labels"});
  // Contingency table, sparse: only the (cluster of a, cluster of b) cells that occur.
  const cells = new Map<number, number>();
  for (let i = 0; i < n; ++i) {
    const key = A.codes[i] * B.k + B.codes[i];
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  // Pair counts as in scikit-learn's pair_confusion_matrix (ordered pairs), exact in BigInt so the
  // final difference tp·tn − fn·fp does not cancel in floating point at large n.
  let sumSquares = 0n;
  for (const c of cells.values()) sumSquares += BigInt(c) * BigInt(c);
  let rowSquares = 0n;
  for (const s of A.sizes) rowSquares += BigInt(s) * BigInt(s);
  let colSquares = 0n;
  for (const s of B.sizes) colSquares += BigInt(s) * BigInt(s);
  const N = BigInt(n);
  const tp = sumSquares - N;
  const fp = colSquares - sumSquares; // apart in a, together in b
  const fn = rowSquares - sumSquares; // together in a, apart in b
  const tn = N * N - fp - fn - sumSquares;
  if (fn === 0n && fp === 0n) return 1;
  const numerator = 2n * (tp * tn - fn * fp);
  const denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
  return ratio(numerator, denominator);
}

// numerator / denominator for BigInts too large for an exact Number conversion, to full double precision.
function ratio(p: bigint, q: bigint): number {
  const shift = BigInt(Math.max(0, q.toString(2).length - 60));
  return Number(p >> shift) / Number(q >> shift);
}
