import {makeBlobs} from "./makeBlobs.js";
import type {BlobsOptions} from "./makeBlobs.js";
import type {Shape} from "./shapeOptions.js";

/**
 * Blobs of different spread, as in scikit-learn's clustering comparison: {@link makeBlobs} with
 * `clusterStd` defaulting to [1, 2.5, 0.5] (so 3 blobs) and seed to 170. One DBSCAN eps cannot fit
 * the tight blob and the loose one at once.
 */
export function makeVariedBlobs({clusterStd = [1, 2.5, 0.5], seed = 170, centers, ...rest}: BlobsOptions = {}): Shape {
  const count = typeof clusterStd === "number" ? 3 : clusterStd.length;
  return makeBlobs({...rest, seed, clusterStd, centers: centers ?? count});
}
