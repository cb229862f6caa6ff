import {checkShape, finish, inDisk, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * "Mouse": a big head (the disk of radius 1 at the origin, group 0) and two small ears (disks of
 * radius 0.4 at (−1.05, 1.05) and (1.05, 1.05), groups 1 and 2), filled uniformly at one density,
 * so the head holds 76% of the points (areas 1 : 0.16 : 0.16); then Gaussian noise (default 0).
 * k-means with k = 3 gives each cluster a similar width and hands the edges of the head to the ears.
 */
export function makeMouse({n = 300, noise = 0, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeMouse", n, noise, seed);
  const [head, left, right] = splitCount(n, [1, 0.16, 0.16]);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < head; ++i) {
    X.push(inDisk(random, 0, 0, 1));
    y.push(0);
  }
  for (let i = 0; i < left; ++i) {
    X.push(inDisk(random, -1.05, 1.05, 0.4));
    y.push(1);
  }
  for (let i = 0; i < right; ++i) {
    X.push(inDisk(random, 1.05, 1.05, 0.4));
    y.push(2);
  }
  return finish(X, y, random, noise, shuffle);
}
