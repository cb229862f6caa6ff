// The points being played with: rows X, true groups y, the drawing's box, where they came from
// (a shape recipe, or null once painted) and an undo history. Every edit snaps the points to the
// box's grid (codec.js) so the link made from them reproduces them exactly, and returns `keep`:
// for each new row, the old row it was (or −1 if new), so a result on screen can follow the edit.
import {randomSource} from "../../lib/index.js";
import {MAX_POINTS, snap} from "./codec.js";

/** `version` counts edits; `rewritten` is the version of the last edit that was not only an addition. */
export function pointStore({X, y, box, source}) {
  const store = {X, y, box, source, version: 0, rewritten: 0, undo: []};
  const random = randomSource(7);
  const snapAll = () => {
    if (store.source === null) return;
    const [x0, x1, y0, y1] = store.box;
    store.X = store.X.map(([a, b]) => [snap(a, x0, x1), snap(b, y0, y1)]);
    store.source = null;
  };
  const identity = () => store.X.map((_, i) => i);

  /** Remembers the current points for Undo (call once at the start of a stroke or action). */
  store.checkpoint = () => {
    store.undo.push({X: store.X, y: store.y, box: store.box, source: store.source});
    if (store.undo.length > 100) store.undo.shift();
  };

  /** Replaces everything (a new shape, an import, a link): no `keep`, the old result is void. */
  store.replace = (X, y, box, source) => {
    Object.assign(store, {X, y, box, source});
    store.rewritten = ++store.version;
    return null;
  };

  /** Adds `count` points scattered (Gaussian, sd = radius / 2) around (x, y), in group g, within the box and the 2,000-point limit. Returns keep, or null if nothing was added. */
  store.dab = (x, y, {count, radius, group}) => {
    const room = MAX_POINTS - store.X.length;
    if (room <= 0) return null;
    snapAll();
    const keep = identity();
    const [x0, x1, y0, y1] = store.box;
    const X = store.X.slice(), Y = store.y.slice();
    for (let t = 0; t < Math.min(count, room); ++t) {
      let a = x, b = y;
      if (radius > 0) {
        const u = Math.max(random(), 1e-12), v = random();
        const r = (radius / 2) * Math.sqrt(-2 * Math.log(u));
        a += r * Math.cos(2 * Math.PI * v);
        b += r * Math.sin(2 * Math.PI * v);
      }
      if (a < x0 || a > x1 || b < y0 || b > y1) continue;
      X.push([snap(a, x0, x1), snap(b, y0, y1)]);
      Y.push(group);
      keep.push(-1);
    }
    if (X.length === store.X.length) return null;
    store.X = X;
    store.y = Y;
    ++store.version;
    return keep;
  };

  /** Removes the points within `radius` of (x, y) (at least the nearest one within it). Returns keep, or null if none. */
  store.erase = (x, y, radius) => {
    const keep = [];
    store.X.forEach(([a, b], i) => {
      if (Math.hypot(a - x, b - y) > radius) keep.push(i);
    });
    if (keep.length === store.X.length) return null;
    snapAll();
    store.X = keep.map((i) => store.X[i]);
    store.y = keep.map((i) => store.y[i]);
    store.rewritten = ++store.version;
    return keep;
  };

  /** The row nearest (x, y) within `radius`, or −1. */
  store.nearest = (x, y, radius) => {
    let best = -1, bestD = radius;
    store.X.forEach(([a, b], i) => {
      const d = Math.hypot(a - x, b - y);
      if (d <= bestD) {
        best = i;
        bestD = d;
      }
    });
    return best;
  };

  /** Moves row i to (x, y), snapped. Returns keep (every row kept). */
  store.move = (i, x, y) => {
    snapAll();
    const [x0, x1, y0, y1] = store.box;
    store.X = store.X.slice();
    store.X[i] = [snap(Math.max(x0, Math.min(x1, x)), x0, x1), snap(Math.max(y0, Math.min(y1, y)), y0, y1)];
    store.rewritten = ++store.version;
    return identity();
  };

  /** Back to the last checkpoint; false when there is nothing to undo. */
  store.back = () => {
    const last = store.undo.pop();
    if (!last) return false;
    Object.assign(store, last);
    store.rewritten = ++store.version;
    return true;
  };

  /** The points as one Float64Array (x0, y0, x1, y1, …) for the worker. */
  store.flat = () => {
    const {X} = store;
    const flat = new Float64Array(2 * X.length);
    for (let i = 0; i < X.length; ++i) {
      flat[2 * i] = X[i][0];
      flat[2 * i + 1] = X[i][1];
    }
    return flat;
  };
  return store;
}

/** A result's per-row arrays carried through an edit: kept rows keep their label, new rows have none. */
export function remap(result, keep) {
  if (!result || !keep) return result;
  const pick = (arr) => (arr ? keep.map((i) => (i < 0 ? null : arr[i])) : arr);
  return {...result, labels: pick(result.labels), core: pick(result.core), stale: true};
}
