/**
 * A seeded pseudo-random generator returning numbers in [0, 1): mulberry32 over a 32-bit state
 * derived from `seed` with a SplitMix-style mix, so nearby seeds give unrelated streams.
 * Every random choice in this library goes through one of these: same seed, same result.
 */
export function randomSource(seed = 42): () => number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed = ${seed}; the seed must be a finite number`);
  let s = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  s = (s ^ (s >>> 16)) >>> 0;
  return function random(): number {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}
