import {checkShape, finish, inDisk, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/** The five disks of {@link makePackedCircles}: centre x, centre y, radius. */
export const PACKED_DISKS: readonly (readonly [number, number, number])[] = [
  [0, 0, 1],
  [1.75, 0.2, 0.7],
  [0.4, 1.6, 0.6],
  [-1.45, 0.9, 0.5],
  [-0.95, -1.5, 0.7]
];

/**
 * Five filled disks of different sizes packed close together (the gaps between neighbours are
 * 0.05 to 0.08 wide), points spread uniformly so every disk has the same density: group i is disk
 * i of {@link PACKED_DISKS}. Then Gaussian noise (default 0). The groups are told apart only by the
 * narrow gaps: k-means cuts the big disk, a well-chosen DBSCAN eps follows the gaps.
 */
export function makePackedCircles({n = 300, noise = 0, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makePackedCircles", n, noise, seed);
  const counts = splitCount(n, PACKED_DISKS.map(([, , r]) => r * r));
  const X: number[][] = [];
  const y: number[] = [];
  PACKED_DISKS.forEach(([cx, cy, r], g) => {
    for (let i = 0; i < counts[g]; ++i) {
      X.push(inDisk(random, cx, cy, r));
      y.push(g);
    }
  });
  return finish(X, y, random, noise, shuffle);
}
