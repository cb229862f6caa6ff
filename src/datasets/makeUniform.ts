import {checkShape, finish} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * Points drawn uniformly in the unit square [0, 1]², all in group 0: data with no clusters at all
 * (scikit-learn's comparison uses `np.random.rand`). Every algorithm still returns clusters.
 * `noise` (default 0) jitters them like the other shapes.
 */
export function makeUniform({n = 300, noise = 0, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeUniform", n, noise, seed);
  const X = Array.from({length: n}, () => [random(), random()]);
  return finish(X, new Array<number>(n).fill(0), random, noise, shuffle);
}
