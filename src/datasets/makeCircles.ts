import {checkShape, finish} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/** Options of {@link makeCircles}. */
export interface CirclesOptions extends ShapeOptions {
  /** Radius of the inner circle relative to the outer one (radius 1), strictly between 0 and 1; defaults to 0.5. */
  factor?: number;
}

/**
 * A small circle inside a large one, as scikit-learn's `make_circles`: ⌊n/2⌋ points evenly spaced
 * on the unit circle (group 0, angles 2πi/⌊n/2⌋) and the rest on the circle of radius `factor`
 * (group 1), then Gaussian noise of standard deviation `noise` (default 0). With noise 0 and
 * `shuffle: false` the points equal scikit-learn's exactly.
 */
export function makeCircles({n = 300, noise = 0, seed = 0, shuffle = true, factor = 0.5}: CirclesOptions = {}): Shape {
  const random = checkShape("makeCircles", n, noise, seed);
  if (typeof factor !== "number" || !(factor > 0 && factor < 1)) throw new RangeError(`makeCircles: factor = ${String(factor)}; it must lie strictly between 0 and 1`);
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < nOut; ++i) {
    const t = (2 * Math.PI * i) / nOut;
    X.push([Math.cos(t), Math.sin(t)]);
    y.push(0);
  }
  for (let i = 0; i < nIn; ++i) {
    const t = (2 * Math.PI * i) / nIn;
    X.push([factor * Math.cos(t), factor * Math.sin(t)]);
    y.push(1);
  }
  return finish(X, y, random, noise, shuffle);
}
