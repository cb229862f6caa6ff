// Agglomerative clustering that returns scipy's linkage matrix.
//
// Why not ml-hclust (the npm peer): its `agnes` rebuilds the distance matrix after every merge, so
// time grows as n³ (18 s at 2,000 rows in peer-baseline.md); its `ward` is R's ward.D (the squared
// update applied to plain distances), whose heights are not scipy's; and it returns a tree object
// rather than a linkage matrix that can be compared with scipy, cut and drawn.
import {toMatrix} from "../../core/matrix.js";
import type {Rows} from "../../core/matrix.js";

/** How the distance between two clusters is measured. */
export type Linkage = "ward" | "complete" | "average" | "single";

/** Options of {@link hierarchical}. */
export interface HierarchicalOptions {
  /**
   * Between-cluster distance; defaults to `"ward"` (scipy's ward: the height of merging A and B is
   * √(2|A||B| / (|A|+|B|)) · ‖centroid A − centroid B‖, not R's ward.D). `"complete"` is the largest,
   * `"average"` the mean and `"single"` the smallest Euclidean distance between members.
   */
  linkage?: Linkage;
}

/** Result of {@link hierarchical}. */
export interface HierarchicalResult {
  /**
   * The n − 1 merges in scipy's linkage-matrix layout: row i is `[a, b, height, size]`, joining
   * clusters a < b (ids below n are observations, id n + i is the cluster made by row i) at
   * `height` into a cluster of `size` observations. Rows are in non-decreasing height.
   */
  merges: number[][];
}

/**
 * Agglomerative hierarchical clustering on Euclidean distances, with the same merges as scipy's
 * `linkage(X, method)` (equal-height merges may come in another order).
 *
 * Single linkage never builds a distance matrix, nor does Ward above 2,000 rows (memory linear in
 * the rows; up to 2,000 rows Ward runs on scipy's own matrix recurrence, at most 16 MB, so tied
 * distances break as in scipy); complete and average keep the n(n − 1)/2 pairwise distances
 * (8 bytes each: 400 MB at 10,000 rows).
 */
export function hierarchical(X: Rows, {linkage = "ward"}: HierarchicalOptions = {}): HierarchicalResult {
  const {data, n, d} = toMatrix(X);
  if (n < 2) throw new RangeError(`hierarchical clustering needs at least 2 rows; the data has ${n}`);
  let raw: Float64Array; // (n − 1) × 3: a, b, height with provisional ids
  switch (linkage) {
    case "ward":
      raw = n <= WARD_MATRIX_ROWS ? matrixChain(data, n, d, linkage) : wardChain(data, n, d);
      break;
    case "single":
      raw = primSingle(data, n, d);
      break;
    case "complete":
    case "average":
      raw = matrixChain(data, n, d, linkage);
      break;
    default: {
      const never: never = linkage;
      throw new RangeError(`unknown linkage: ${String(never)}; use "ward", "complete", "average" or "single"`);
    }
  }
  return {merges: label(raw, n)};
}

/**
 * Up to this many rows, Ward runs on scipy's own recurrence (a distance matrix with scipy's
 * Lance–Williams update, at most 16 MB), above it on centroids (memory linear in the rows). Both
 * give the same tree when no two candidate merges tie, but the centroid heights differ from the
 * recurrence's in the last bits, and with ties (integer scores, duplicate rows) that decides which
 * merge comes first: on 40 random tables of 5–64 rows, two integer-valued ones came out as other
 * trees than scipy's (heights 8–15% apart, ARI 0.64–0.70 at the cut) before this, none after.
 */
const WARD_MATRIX_ROWS = 2_000;

/**
 * Nearest-neighbour chain (Murtagh 1983; Müllner 2011) for Ward on centroids and sizes: O(n²d)
 * time and O(nd) memory. Ids and tie-breaking follow scipy's `nn_chain` (the merged cluster takes
 * the larger id; the previous chain element wins ties, then the lowest id), so ties resolve alike.
 * The active clusters live in slots 0..m − 1 (swap-removed) so the inner loop reads memory in order.
 */
function wardChain(data: Float64Array, n: number, d: number): Float64Array {
  const out = new Float64Array((n - 1) * 3);
  const w = stride(d);
  const C = padded(data, n, d); // centroid of the cluster in each slot
  const size = new Float64Array(n).fill(1); // by slot
  const idOf = new Int32Array(n); // slot → cluster id
  const slotOf = new Int32Array(n); // cluster id → slot
  for (let i = 0; i < n; ++i) idOf[i] = slotOf[i] = i;
  const chain = new Int32Array(n); // cluster ids
  let m = n;
  let length = 0;
  for (let k = 0; k < n - 1; ++k) {
    if (length === 0) {
      let first = n;
      for (let s = 0; s < m; ++s) if (idOf[s] < first) first = idOf[s];
      chain[length++] = first;
    }
    let x: number, y: number, best: number;
    for (;;) {
      x = chain[length - 1];
      const sx = slotOf[x];
      const nx = size[sx];
      const ox = sx * w;
      const prev = length > 1 ? chain[length - 2] : -1;
      // Compared as |S|/(|x|+|S|)·‖cx − cS‖², the Ward height squared divided by the constant 2|x|.
      best = Infinity;
      y = -1;
      if (prev >= 0) {
        const sp = slotOf[prev];
        best = (size[sp] / (nx + size[sp])) * squaredDistance(C, ox, sp * w, w);
        y = prev;
      }
      const x0 = C[ox], x1 = C[ox + 1], x2 = C[ox + 2], x3 = C[ox + 3];
      for (let s = 0, os = 0; s < m; ++s, os += w) {
        const t0 = x0 - C[os], t1 = x1 - C[os + 1], t2 = x2 - C[os + 2], t3 = x3 - C[os + 3];
        let ss = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3;
        for (let j = 4; j < w; ++j) {
          const t = C[ox + j] - C[os + j];
          ss += t * t;
        }
        const ns = size[s];
        const v = (ns / (nx + ns)) * ss;
        if (v <= best && s !== sx && (v < best || (y !== prev && idOf[s] < y))) {
          best = v;
          y = idOf[s];
        }
      }
      if (y === prev) {
        best *= 2 * nx;
        break;
      }
      chain[length++] = y;
    }
    length -= 2;
    if (x > y) [x, y] = [y, x];
    const sx = slotOf[x];
    const sy = slotOf[y];
    const nx = size[sx];
    const ny = size[sy];
    const o = k * 3;
    out[o] = x;
    out[o + 1] = y;
    out[o + 2] = Math.sqrt(best);
    // The merged cluster keeps y's id and slot; x's slot is refilled by the last one.
    for (let j = 0; j < d; ++j) C[sy * w + j] = (nx * C[sx * w + j] + ny * C[sy * w + j]) / (nx + ny);
    size[sy] = nx + ny;
    const last = --m;
    if (sx !== last) {
      C.copyWithin(sx * w, last * w, last * w + w);
      size[sx] = size[last];
      idOf[sx] = idOf[last];
      slotOf[idOf[sx]] = sx;
    }
  }
  return out;
}

// Rows are stored with at least 4 columns (zero-padded) so that the hot loops can keep the first
// four coordinates of the fixed point in locals: about twice as fast in V8 as a loop over d.
// The sums still run left to right, so distances are bitwise those of the plain loop (and scipy's pdist).
function stride(d: number): number {
  return d < 4 ? 4 : d;
}

function padded(data: Float64Array, n: number, d: number): Float64Array {
  const w = stride(d);
  if (w === d) return Float64Array.from(data);
  const P = new Float64Array(n * w);
  for (let i = 0; i < n; ++i) P.set(data.subarray(i * d, i * d + d), i * w);
  return P;
}

function squaredDistance(P: Float64Array, oa: number, ob: number, w: number): number {
  let ss = 0;
  for (let j = 0; j < w; ++j) {
    const t = P[oa + j] - P[ob + j];
    ss += t * t;
  }
  return ss;
}

/**
 * Single linkage as a minimum spanning tree grown by Prim's algorithm (Müllner 2011's MST-linkage,
 * as scipy's `mst_single_linkage`): O(n²d) time, O(n) memory, distances computed on the fly.
 * Squared distances are compared; the square root is taken once per edge.
 */
function primSingle(data: Float64Array, n: number, d: number): Float64Array {
  const out = new Float64Array((n - 1) * 3);
  const w = stride(d);
  const P = padded(data, n, d);
  // Points not yet in the tree, compacted by swap-removal (rows moved along, so reads stay in
  // order), with their original index and squared distance to the tree.
  const rest = new Int32Array(n - 1);
  const D = new Float64Array(n - 1).fill(Infinity);
  for (let i = 1; i < n; ++i) rest[i - 1] = i;
  P.copyWithin(0, w); // slot s holds point rest[s]; point 0 (the first in the tree) is kept aside
  const x = new Float64Array(w);
  x.set(data.subarray(0, d));
  let m = n - 1;
  let xi = 0;
  for (let k = 0; k < n - 1; ++k) {
    const x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
    let best = Infinity;
    let bestSlot = -1;
    for (let s = 0, os = 0; s < m; ++s, os += w) {
      const t0 = x0 - P[os], t1 = x1 - P[os + 1], t2 = x2 - P[os + 2], t3 = x3 - P[os + 3];
      let ss = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3;
      for (let j = 4; j < w; ++j) {
        const t = x[j] - P[os + j];
        ss += t * t;
      }
      let di = D[s];
      if (ss < di) D[s] = di = ss;
      if (di <= best && (di < best || rest[s] < rest[bestSlot])) {
        best = di;
        bestSlot = s;
      }
    }
    const y = rest[bestSlot];
    const o = k * 3;
    out[o] = xi;
    out[o + 1] = y;
    out[o + 2] = Math.sqrt(best);
    x.set(P.subarray(bestSlot * w, bestSlot * w + w));
    --m;
    rest[bestSlot] = rest[m];
    D[bestSlot] = D[m];
    P.copyWithin(bestSlot * w, m * w, m * w + w);
    xi = y;
  }
  return out;
}

/**
 * Nearest-neighbour chain on a condensed distance matrix with Lance–Williams updates, as scipy's
 * `nn_chain`, for the linkages whose cluster distances cannot be rebuilt from centroids.
 * O(n²) time and O(n²) memory (one Float64Array of n(n − 1)/2 distances).
 */
function matrixChain(data: Float64Array, n: number, d: number, linkage: "ward" | "complete" | "average"): Float64Array {
  const out = new Float64Array((n - 1) * 3);
  let D: Float64Array;
  try {
    D = new Float64Array((n * (n - 1)) / 2);
  } catch {
    const gb = ((n * (n - 1)) / 2) * 8 / 1e9;
    throw new RangeError(
      `${linkage} linkage on ${n} rows needs a ${gb.toFixed(1)} GB distance matrix, which could not be allocated; ` +
        `use linkage "ward" or "single" (memory linear in the rows) or a sample of the rows`
    );
  }
  // rowStart[i] + j is the condensed index of (i, j) for i < j.
  const rowStart = n < 46341 ? new Int32Array(n) : new Float64Array(n); // n(n − 1)/2 < 2³¹
  const w = stride(d);
  const P = padded(data, n, d);
  for (let i = 0, p = 0; i < n; ++i) {
    rowStart[i] = p - i - 1;
    const oi = i * w;
    const x0 = P[oi], x1 = P[oi + 1], x2 = P[oi + 2], x3 = P[oi + 3];
    for (let j = i + 1, oj = j * w; j < n; ++j, oj += w) {
      const t0 = x0 - P[oj], t1 = x1 - P[oj + 1], t2 = x2 - P[oj + 2], t3 = x3 - P[oj + 3];
      let ss = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3;
      for (let t = 4; t < w; ++t) {
        const v = P[oi + t] - P[oj + t];
        ss += v * v;
      }
      D[p++] = Math.sqrt(ss);
    }
  }
  const at = (i: number, j: number): number => (i < j ? rowStart[i] + j : rowStart[j] + i);
  const size = new Float64Array(n).fill(1);
  // Active ids in increasing order (removal by copyWithin: O(n) per merge, O(n²) in all).
  const active = new Int32Array(n);
  for (let i = 0; i < n; ++i) active[i] = i;
  let m = n;
  const chain = new Int32Array(n);
  let length = 0;
  const method = linkage === "ward" ? WARD : linkage === "average" ? AVERAGE : COMPLETE;
  for (let k = 0; k < n - 1; ++k) {
    if (length === 0) chain[length++] = active[0];
    let x: number, y: number, best: number;
    for (;;) {
      x = chain[length - 1];
      const prev = length > 1 ? chain[length - 2] : -1;
      best = prev >= 0 ? D[at(x, prev)] : Infinity;
      y = prev;
      // Ids below x: column x of earlier rows; ids above x: row x, contiguous.
      let s = 0;
      for (; s < m; ++s) {
        const i = active[s];
        if (i >= x) break;
        const v = D[rowStart[i] + x];
        if (v < best) {
          best = v;
          y = i;
        }
      }
      const base = rowStart[x];
      for (++s; s < m; ++s) {
        const i = active[s];
        const v = D[base + i];
        if (v < best) {
          best = v;
          y = i;
        }
      }
      if (y === prev) break;
      chain[length++] = y;
    }
    length -= 2;
    if (x > y) [x, y] = [y, x];
    const nx = size[x];
    const ny = size[y];
    const o = k * 3;
    out[o] = x;
    out[o + 1] = y;
    out[o + 2] = best;
    size[x] = 0;
    size[y] = nx + ny;
    // Lance–Williams update of the merged cluster (id y) against every other active cluster i,
    // in three runs (i < x < y, x < i < y, x < y < i) so each index is a plain addition.
    const bx = rowStart[x];
    const by = rowStart[y];
    let s = 0;
    for (let i = active[s]; i < x; i = active[++s]) {
      const o = rowStart[i];
      D[o + y] = update(D[o + x], D[o + y], best, nx, ny, size[i], method);
    }
    for (let i = active[++s]; s < m && i < y; i = active[++s]) {
      const o = rowStart[i] + y;
      D[o] = update(D[bx + i], D[o], best, nx, ny, size[i], method);
    }
    for (++s; s < m; ++s) {
      const i = active[s];
      D[by + i] = update(D[bx + i], D[by + i], best, nx, ny, size[i], method);
    }
    let sx = 0;
    while (active[sx] !== x) ++sx;
    active.copyWithin(sx, sx + 1, m);
    --m;
  }
  return out;
}

const COMPLETE = 0;
const AVERAGE = 1;
const WARD = 2;

// Lance–Williams: the distance from cluster i to x ∪ y, from its distances dx, dy to x and y and
// theirs, dxy. Written as scipy's `_hierarchy_distance_update.pxi` does, for equal rounding:
// average (UPGMA) weights by cluster sizes, complete keeps the larger, Ward's is the recurrence
// on unsquared distances.
function update(dx: number, dy: number, dxy: number, nx: number, ny: number, ni: number, method: number): number {
  if (method === AVERAGE) return (nx * dx + ny * dy) / (nx + ny);
  if (method === COMPLETE) return dx > dy ? dx : dy;
  const t = 1.0 / (nx + ny + ni);
  return Math.sqrt((ni + nx) * t * dx * dx + (ni + ny) * t * dy * dy - ni * t * dxy * dxy);
}

/**
 * Sorts provisional merges by height (stable) and renumbers them as scipy's `label` does: union-find
 * where each merge creates id n + row, the smaller root first, the size last.
 */
function label(raw: Float64Array, n: number): number[][] {
  const rows = Array.from({length: n - 1}, (_, i) => i);
  rows.sort((a, b) => raw[a * 3 + 2] - raw[b * 3 + 2]); // Array.prototype.sort is stable
  const parent = new Int32Array(2 * n - 1);
  for (let i = 0; i < parent.length; ++i) parent[i] = i;
  const size = new Float64Array(2 * n - 1).fill(1);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const next = parent[x];
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const merges: number[][] = new Array(n - 1);
  for (let k = 0; k < n - 1; ++k) {
    const o = rows[k] * 3;
    const a = find(raw[o]);
    const b = find(raw[o + 1]);
    const id = n + k;
    parent[a] = parent[b] = id;
    size[id] = size[a] + size[b];
    merges[k] = [Math.min(a, b), Math.max(a, b), raw[o + 2], size[id]];
  }
  return merges;
}
