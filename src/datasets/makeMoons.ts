import {checkShape, finish} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`: ⌊n/2⌋ points on the upper unit
 * half circle (group 0) and the rest on a lower one shifted to (1, 0.5) (group 1), evenly spaced
 * along each arc, then Gaussian noise of standard deviation `noise` (default 0). With noise 0 and
 * `shuffle: false` the points equal scikit-learn's exactly.
 */
export function makeMoons({n = 300, noise = 0, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeMoons", n, noise, seed);
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < nOut; ++i) {
    const t = nOut === 1 ? 0 : (Math.PI * i) / (nOut - 1);
    X.push([Math.cos(t), Math.sin(t)]);
    y.push(0);
  }
  for (let i = 0; i < nIn; ++i) {
    const t = nIn === 1 ? 0 : (Math.PI * i) / (nIn - 1);
    X.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]);
    y.push(1);
  }
  return finish(X, y, random, noise, shuffle);
}
