// What every generator in src/datasets shares: its options, their checks, seeded draws and the
// finishing steps (jitter, shuffle), so each shape's file says only how its points are laid out.
import {randomSource} from "../core/random.js";

/** Options every generator takes. */
export interface ShapeOptions {
  /** Number of points, a whole number from 1 to 100,000; defaults to 300. */
  n?: number;
  /** Standard deviation of the Gaussian noise added to both coordinates of every point; defaults to the generator's own (0 for scikit-learn's moons and circles). */
  noise?: number;
  /** Seed of every random choice; same seed, same points. Defaults to 0. */
  seed?: number;
  /** Whether the points come in random order (as scikit-learn's `shuffle=True`) rather than group by group; defaults to true. */
  shuffle?: boolean;
}

/** A generated data set: points and the true group of each (0, 1, …). */
export interface Shape {
  /** n rows of two coordinates. */
  X: number[][];
  /** The true group of each row, 0 … groups − 1. */
  y: number[];
}

const MAX_POINTS = 100_000;

/** Checks the shared options and returns the seeded source of the generator `fn`. */
export function checkShape(fn: string, n: number, noise: number, seed: number): () => number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_POINTS) {
    throw new RangeError(`${fn}: n = ${String(n)}; the number of points must be a whole number from 1 to ${MAX_POINTS.toLocaleString("en-US")}`);
  }
  if (typeof noise !== "number" || !Number.isFinite(noise) || noise < 0) {
    throw new RangeError(`${fn}: noise = ${String(noise)}; noise is a standard deviation, a finite number ≥ 0`);
  }
  if (typeof seed !== "number" || !Number.isFinite(seed)) throw new RangeError(`${fn}: seed = ${String(seed)}; the seed must be a finite number`);
  return randomSource(seed);
}

/** A standard normal draw by the Box–Muller transform (one of each pair is used; simple and seeded). */
export function normal(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Splits n into parts proportional to `weights` (largest remainders; ties to the earlier part), so the parts sum to n. */
export function splitCount(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({i, r: e - Math.floor(e)})).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let t = 0; left > 0; ++t, --left) counts[order[t % order.length].i] += 1;
  return counts;
}

/** A point drawn uniformly in the disk of radius r around (cx, cy). */
export function inDisk(random: () => number, cx: number, cy: number, r: number): number[] {
  const rho = r * Math.sqrt(random());
  const theta = 2 * Math.PI * random();
  return [cx + rho * Math.cos(theta), cy + rho * Math.sin(theta)];
}

/** Adds Gaussian noise of standard deviation `noise` to every coordinate, then shuffles rows and groups together (Fisher–Yates). */
export function finish(X: number[][], y: number[], random: () => number, noise: number, shuffle: boolean): Shape {
  if (noise > 0) for (const row of X) for (let j = 0; j < row.length; ++j) row[j] += noise * normal(random);
  if (shuffle) {
    for (let i = X.length - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      [X[i], X[j]] = [X[j], X[i]];
      [y[i], y[j]] = [y[j], y[i]];
    }
  }
  return {X, y};
}
