import {checkShape, finish, normal, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/**
 * Two round Gaussian blobs (standard deviation 0.5) centred at (−2, 0) and (2, 0), 45% of the
 * points each, joined by a thin bridge: 10% of the points evenly spaced along the x axis from
 * −1.5 to 1.5 (at most 0.075 apart at n ≥ 400); bridge points left of x = 0 belong to group 0,
 * the rest to group 1. Then Gaussian noise (default 0.02). Single linkage walks across the bridge
 * and joins the blobs; Ward's linkage keeps them apart.
 */
export function makeBridge({n = 300, noise = 0.02, seed = 0, shuffle = true}: ShapeOptions = {}): Shape {
  const random = checkShape("makeBridge", n, noise, seed);
  const [a, b, bridge] = splitCount(n, [45, 45, 10]);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < a; ++i) {
    X.push([-2 + 0.5 * normal(random), 0.5 * normal(random)]);
    y.push(0);
  }
  for (let i = 0; i < b; ++i) {
    X.push([2 + 0.5 * normal(random), 0.5 * normal(random)]);
    y.push(1);
  }
  for (let i = 0; i < bridge; ++i) {
    const x = bridge === 1 ? 0 : -1.5 + (3 * i) / (bridge - 1);
    X.push([x, 0]);
    y.push(x < 0 ? 0 : 1);
  }
  return finish(X, y, random, noise, shuffle);
}
