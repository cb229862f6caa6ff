// Validation of a linkage matrix shared by cutTree, copheneticDistances and dendrogramLayout.

/**
 * Checks that `merges` is a linkage matrix as {@link hierarchical} returns it (rows `[a, b, height,
 * size]`, each id used once, children made before their parent, sizes adding up) and returns the
 * number of observations n = merges.length + 1. `name` prefixes the messages.
 */
export function checkMerges(merges: ArrayLike<ArrayLike<number>>, name = "merges"): number {
  if (merges === null || merges === undefined || typeof merges !== "object" || typeof merges.length !== "number") {
    throw new TypeError(`${name} must be the merges of hierarchical(X) (an array of [a, b, height, size] rows), got ${merges === null ? "null" : typeof merges}`);
  }
  const n = merges.length + 1;
  if (n < 2) throw new RangeError(`${name} is empty: a tree needs at least one merge (two observations)`);
  const used = new Uint8Array(2 * n - 1);
  const size = new Float64Array(2 * n - 1).fill(1);
  for (let i = 0; i < n - 1; ++i) {
    const row = merges[i];
    if (row === null || row === undefined || typeof row !== "object" || row.length < 4) {
      throw new TypeError(`${name}: row ${i} must be [a, b, height, size]`);
    }
    const a = row[0];
    const b = row[1];
    if (a === b) throw new RangeError(`${name}: row ${i} joins cluster ${a} with itself`);
    for (const c of [a, b]) {
      if (!Number.isInteger(c) || c < 0 || c >= n + i) {
        throw new RangeError(`${name}: row ${i} joins cluster ${c}, but only ids 0…${n + i - 1} exist before that row`);
      }
      if (used[c]) throw new RangeError(`${name}: row ${i} joins cluster ${c}, which an earlier row already merged`);
      used[c] = 1;
    }
    if (typeof row[2] !== "number" || !Number.isFinite(row[2]) || row[2] < 0) {
      throw new RangeError(`${name}: row ${i} has height ${row[2]}; heights must be finite and non-negative`);
    }
    size[n + i] = size[a] + size[b];
    if (row[3] !== size[n + i]) {
      throw new RangeError(`${name}: row ${i} says size ${row[3]}, but clusters ${a} and ${b} hold ${size[n + i]} observations`);
    }
  }
  return n;
}

/**
 * Leaf order of the tree drawn with each merge's first child (`merges[i][0]`) on the left, as
 * scipy's `dendrogram` does, and where each node's leaves start in it: node c covers
 * `order[start[c] … start[c] + size − 1]`. Leaves are ids 0…n − 1, merge i is id n + i.
 */
export function leafOrder(merges: ArrayLike<ArrayLike<number>>, n: number): {order: Int32Array; start: Int32Array} {
  const start = new Int32Array(2 * n - 1);
  const order = new Int32Array(n);
  // Parents have larger ids than their children, so one pass downwards visits parents first.
  for (let i = n - 2; i >= 0; --i) {
    const s = start[n + i];
    const a = merges[i][0];
    start[a] = s;
    start[merges[i][1]] = s + (a < n ? 1 : merges[a - n][3]);
  }
  for (let i = 0; i < n; ++i) order[start[i]] = i;
  return {order, start};
}
