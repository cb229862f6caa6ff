import {padded, stride} from "./padded.js";

/**
 * Nearest-neighbour chain on a condensed distance matrix with Lance–Williams updates, as scipy's
 * `nn_chain`, for the linkages whose cluster distances cannot be rebuilt from centroids.
 * O(n²) time and O(n²) memory (one Float64Array of n(n − 1)/2 distances).
 */
export function matrixChain(data: Float64Array, n: number, d: number, linkage: "ward" | "complete" | "average"): Float64Array {
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
