// Seeded Gaussian blobs for tests that need more rows than the fixtures have.
import {randomSource} from "../../src/index.js";

/** n Gaussian points (std 1) around 4 centres drawn in [−3, 3]^d, row i around centre i % 4; seeded. */
export function randomBlobs(n: number, d: number, seed: number): number[][] {
  const random = randomSource(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({length: 4}, () => Array.from({length: d}, () => 6 * random() - 3));
  return Array.from({length: n}, (_, i) => centres[i % 4].map((v) => v + normal()));
}
