// Seeded Gaussian blobs for tests that need more rows than the fixtures have.
import {randomSource, standardize} from "../../src/index.js";

/** n Gaussian points (std 1) around 4 centres drawn in [−3, 3]^d, row i around centre i % 4; seeded. */
export function randomBlobs(n: number, d: number, seed: number): number[][] {
  const random = randomSource(seed);
  const normal = gaussian(random);
  const centres = Array.from({length: 4}, () => Array.from({length: d}, () => 6 * random() - 3));
  return Array.from({length: n}, (_, i) => centres[i % 4].map((v) => v + normal()));
}

/**
 * A random small table of the kind readers bring, number `index` of a seeded family: 20–1,519
 * rows, 2–9 columns, 1–8 Gaussian groups of random spread with 5% of values five times farther
 * out, sometimes a rounded first column (ties), sometimes z-scored; and a k from 2 to 8.
 */
export function randomTable(index: number): {X: number[][]; k: number} {
  const r = randomSource(1000 + index);
  const n = 20 + Math.floor(r() * 1500);
  const d = 2 + Math.floor(r() * 8);
  const k = 2 + Math.floor(r() * 7);
  const groups = 1 + Math.floor(r() * 8);
  const centres = Array.from({length: groups}, () => Array.from({length: d}, () => (r() - 0.5) * 10));
  const spread = 0.3 + r() * 3;
  const normal = gaussian(r);
  let X = Array.from({length: n}, () => {
    const centre = centres[Math.floor(r() * groups)];
    return centre.map((v) => v + spread * normal() * (r() < 0.05 ? 5 : 1));
  });
  if (r() < 0.3) X = X.map((x) => x.map((v, j) => (j === 0 ? Math.round(v) : v)));
  if (r() < 0.5) X = standardize(X).data;
  return {X, k};
}

/**
 * A random table of scores, number `index` of a seeded family: 5–64 rows, 2–5 columns, values
 * either whole numbers 0–5 (many tied distances) or uniform in [0, 10).
 */
export function randomScores(index: number): number[][] {
  const r = randomSource(5000 + index);
  const n = 5 + Math.floor(r() * 60);
  const d = 2 + Math.floor(r() * 4);
  const integer = r() < 0.6;
  return Array.from({length: n}, () => Array.from({length: d}, () => (integer ? Math.floor(r() * 6) : r() * 10)));
}

/** Standard normal draws from a uniform source (Box–Muller, one of the pair). */
function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
