import {checkShape, finish, splitCount} from "./shapeOptions.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/** Options of {@link makeRings}. */
export interface RingsOptions extends ShapeOptions {
  /** Number of rings, radii 1, 2, …; a whole number from 1 to 8, defaults to 3. */
  rings?: number;
}

/**
 * Concentric rings around the origin with radii 1, 2, … `rings` (group i is the ring of radius
 * i + 1), points at random angles and shared out in proportion to each ring's length, so all rings
 * are equally dense; then Gaussian noise (default 0.08). No straight line separates them, and no
 * straight axis summarises them.
 */
export function makeRings({n = 300, noise = 0.08, seed = 0, shuffle = true, rings = 3}: RingsOptions = {}): Shape {
  const random = checkShape("makeRings", n, noise, seed);
  if (!Number.isInteger(rings) || rings < 1 || rings > 8) throw new RangeError(`makeRings: rings = ${rings}; give a whole number from 1 to 8`);
  const counts = splitCount(n, Array.from({length: rings}, (_, i) => i + 1));
  const X: number[][] = [];
  const y: number[] = [];
  counts.forEach((count, g) => {
    for (let i = 0; i < count; ++i) {
      const t = 2 * Math.PI * random();
      X.push([(g + 1) * Math.cos(t), (g + 1) * Math.sin(t)]);
      y.push(g);
    }
  });
  return finish(X, y, random, noise, shuffle);
}
