import {checkShape, finish, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * Three vertical bars, each 1 wide and 4 tall, at x ∈ [0, 1], [1.5, 2.5] and [3, 4] (groups 0, 1,
 * 2), holding 60%, 30% and 10% of the points: the same shape at three densities (6 : 3 : 1).
 * Then Gaussian noise (default 0). An eps that suits the dense bar breaks the sparse one into noise;
 * one that suits the sparse bar joins the dense ones.
 */
export function makeDensityBars({n = 300, noise = 0, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeDensityBars", n, noise, seed);
  const counts = splitCount(n, [6, 3, 1]);
  const X: number[][] = [];
  const y: number[] = [];
  counts.forEach((count, g) => {
    for (let i = 0; i < count; ++i) {
      X.push([1.5 * g + random(), 4 * random()]);
      y.push(g);
    }
  });
  return finish(X, y, random, noise, shuffle);
}
