import {checkShape, finish, normal} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/** Options of {@link makeBlobs}. */
export interface BlobsOptions extends ShapeOptions {
  /** The blobs' centres (rows of two numbers), or how many to draw uniformly in `centerBox`; defaults to 3. */
  centers?: number | ArrayLike<ArrayLike<number>>;
  /** Standard deviation of each blob, one number for all or one per blob; defaults to 1. */
  clusterStd?: number | ArrayLike<number>;
  /** The square [lo, hi]² random centres are drawn in; defaults to [−10, 10]. */
  centerBox?: [number, number];
}

/**
 * Isotropic Gaussian blobs, as scikit-learn's `make_blobs` (2-D): n is shared out as evenly as
 * possible (the first n mod blobs get one more), and blob i's points are its centre plus Gaussian
 * noise of standard deviation `clusterStd[i]` (`noise`, default 0, adds more to every point). The
 * group of a point is its blob.
 */
export function makeBlobs({n = 300, noise = 0, seed = 0, shuffle = true, centers = 3, clusterStd = 1, centerBox = [-10, 10]}: BlobsOptions = {}): Shape {
  const random = checkShape("makeBlobs", n, noise, seed);
  let C: number[][];
  if (typeof centers === "number") {
    if (!Number.isInteger(centers) || centers < 1) throw new RangeError(`makeBlobs: centers = ${centers}; give a whole number of blobs, at least 1, or their centres`);
    const [lo, hi] = centerBox;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)) throw new RangeError(`makeBlobs: centerBox = [${lo}, ${hi}]; it must be two finite numbers, low then high`);
    C = Array.from({length: centers}, () => [lo + (hi - lo) * random(), lo + (hi - lo) * random()]);
  } else {
    C = Array.from(centers, (c) => Array.from(c));
    if (C.length < 1 || C.some((c) => c.length !== 2 || !c.every(Number.isFinite))) {
      throw new RangeError("makeBlobs: centers must be at least one row of two finite numbers");
    }
  }
  const k = C.length;
  const std = typeof clusterStd === "number" ? C.map(() => clusterStd) : Array.from(clusterStd);
  if (std.length !== k) throw new RangeError(`makeBlobs: clusterStd has ${std.length} values but there are ${k} blobs`);
  if (std.some((s) => !(Number.isFinite(s) && s >= 0))) throw new RangeError(`makeBlobs: clusterStd = [${std.join(", ")}]; each must be a finite number ≥ 0`);
  const X: number[][] = [];
  const y: number[] = [];
  for (let b = 0; b < k; ++b) {
    const size = Math.floor(n / k) + (b < n % k ? 1 : 0);
    for (let i = 0; i < size; ++i) {
      X.push([C[b][0] + std[b] * normal(random), C[b][1] + std[b] * normal(random)]);
      y.push(b);
    }
  }
  return finish(X, y, random, noise, shuffle);
}
