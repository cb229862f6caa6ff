import {padded, stride} from "./padded.js";

/**
 * Single linkage as a minimum spanning tree grown by Prim's algorithm (Müllner 2011's MST-linkage,
 * as scipy's `mst_single_linkage`): O(n²d) time, O(n) memory, distances computed on the fly.
 * Squared distances are compared; the square root is taken once per edge.
 */
export function primSingle(data: Float64Array, n: number, d: number): Float64Array {
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
