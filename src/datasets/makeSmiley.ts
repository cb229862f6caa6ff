import {checkShape, finish, inDisk, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * A smiley face: the outline, a circle of radius 1 (group 0, 45% of the points), two round eyes of
 * radius 0.12 at (±0.35, 0.3) (groups 1 and 2, 10% each) and a mouth, the arc of radius 0.55 below
 * the centre from 207° to 333° (group 3, 35%); then Gaussian noise (default 0.03). Curves and blobs
 * at once: k-means slices the outline, DBSCAN finds all four parts.
 */
export function makeSmiley({n = 300, noise = 0.03, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeSmiley", n, noise, seed);
  const [face, left, right, mouth] = splitCount(n, [45, 10, 10, 35]);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < face; ++i) {
    const t = 2 * Math.PI * random();
    X.push([Math.cos(t), Math.sin(t)]);
    y.push(0);
  }
  for (let i = 0; i < left; ++i) {
    X.push(inDisk(random, -0.35, 0.3, 0.12));
    y.push(1);
  }
  for (let i = 0; i < right; ++i) {
    X.push(inDisk(random, 0.35, 0.3, 0.12));
    y.push(2);
  }
  for (let i = 0; i < mouth; ++i) {
    const t = ((207 + 126 * random()) * Math.PI) / 180;
    X.push([0.55 * Math.cos(t), 0.55 * Math.sin(t)]);
    y.push(3);
  }
  return finish(X, y, random, noise, shuffle);
}
