import {padded, stride} from "./padded.js";

/**
 * Nearest-neighbour chain (Murtagh 1983; Müllner 2011) for Ward on centroids and sizes: O(n²d)
 * time and O(nd) memory. Ids and tie-breaking follow scipy's `nn_chain` (the merged cluster takes
 * the larger id; the previous chain element wins ties, then the lowest id), so ties resolve alike.
 * The active clusters live in slots 0..m − 1 (swap-removed) so the inner loop reads memory in order.
 */
export function wardChain(data: Float64Array, n: number, d: number): Float64Array {
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

function squaredDistance(P: Float64Array, oa: number, ob: number, w: number): number {
  let ss = 0;
  for (let j = 0; j < w; ++j) {
    const t = P[oa + j] - P[ob + j];
    ss += t * t;
  }
  return ss;
}
