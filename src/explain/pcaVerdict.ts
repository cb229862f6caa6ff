// A sentence on what PCA's first axis says about a 2-D cloud: whether one straight axis summarises it.

/**
 * Reads the explained-variance ratios of a 2-D PCA: PC1 at 90% or more summarises the cloud, under
 * 60% (with 2 axes, near the 50% any direction would give) summarises nothing; in between, partly.
 * With `standardized`, it adds that each column was rescaled to variance 1 first, so a stretch in
 * the original units no longer counts.
 *
 * @example pcaVerdict([0.97, 0.03]) // "One straight axis summarises these points: PC1 explains 97% of the variance …"
 */
export function pcaVerdict(ratio: ArrayLike<number>, {standardized = false}: {standardized?: boolean} = {}): string {
  if (ratio.length < 1 || !Array.from(ratio).every((r) => Number.isFinite(r) && r >= 0 && r <= 1 + 1e-9)) {
    throw new RangeError("pcaVerdict: ratio must be explained-variance shares between 0 and 1");
  }
  const first = ratio[0];
  const pct = (r: number) => `${(100 * r).toFixed(r > 0.995 || r < 0.005 ? 1 : 0)}%`;
  const rest = ratio.length > 1 ? `, PC2 ${pct(ratio[1])}` : "";
  let head: string;
  if (first >= 0.9) head = `One straight axis summarises these points: PC1 explains ${pct(first)} of the variance${rest}.`;
  else if (first < 0.6) head = `No straight axis summarises these points: PC1 explains only ${pct(first)} of the variance${rest}, close to the 50% any direction would get. PCA sees variance, not shape: a ring or a cross has no main direction.`;
  else head = `PC1 explains ${pct(first)} of the variance${rest}: one axis tells part of the story, and the second still matters.`;
  return standardized ? `${head} Each column was rescaled to variance 1 first, so a spread that was only a matter of units no longer counts.` : head;
}
