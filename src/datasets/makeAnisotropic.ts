import {makeBlobs} from "./makeBlobs.js";
import type {BlobsOptions} from "./makeBlobs.js";
import type {Shape} from "./shapeOptions.js";

/** Options of {@link makeAnisotropic}. */
export interface AnisotropicOptions extends BlobsOptions {
  /** The 2 × 2 matrix every point is multiplied by (row vector × matrix); defaults to scikit-learn's example, [[0.6, −0.6], [−0.4, 0.8]]. */
  transform?: [[number, number], [number, number]];
}

/**
 * Stretched, slanted blobs: {@link makeBlobs} (defaults: 3 blobs, seed 170 as in scikit-learn's
 * clustering comparison) with every point multiplied by `transform`, so the blobs are elongated
 * ellipses that share a direction. k-means, which assumes round clusters, cuts across them.
 */
export function makeAnisotropic({transform = [[0.6, -0.6], [-0.4, 0.8]], seed = 170, ...blobs}: AnisotropicOptions = {}): Shape {
  const [[a, b], [c, d]] = transform;
  if (![a, b, c, d].every(Number.isFinite)) throw new RangeError("makeAnisotropic: transform must be a 2 × 2 matrix of finite numbers");
  const {X, y} = makeBlobs({...blobs, seed});
  return {X: X.map(([x0, x1]) => [x0 * a + x1 * c, x0 * b + x1 * d]), y};
}
