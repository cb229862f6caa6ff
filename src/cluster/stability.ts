// How much a clustering depends on chance: compare a reference labelling with reruns (other seeds,
// or subsamples of the rows) through each row's neighbourhood — the set of rows sharing its
// cluster — and through each segment's best-matching cluster in every rerun (Hennig 2007,
// "Cluster-wise assessment of cluster stability": mean Jaccard ≥ 0.75 stable, ≤ 0.5 dissolved).

/** One rerun: a label per row of the reference, or −2 (any value < −1) for a row not in that rerun's sample. */
export type Rerun = ArrayLike<number>;

/** The result of {@link coAssignmentStability}: plain JSON. */
export interface Stability {
  /** Per row, the mean over reruns containing it of the Jaccard overlap between its reference and rerun neighbourhoods, in [0, 1]; null if no rerun contained it. */
  rows: (number | null)[];
  /** Per reference segment (sorted by label): the mean of its rows' values, and the mean over reruns of the best Jaccard match of the segment. */
  segments: {label: number; size: number; rowStability: number; jaccard: number}[];
  /** Number of reruns compared. */
  runs: number;
}

/**
 * Compares a reference labelling with reruns. For row i in a rerun, its neighbourhood in the
 * reference is A = {j : ref[j] = ref[i]} and in the rerun B = {j : run[j] = run[i]}, both restricted
 * to the rows the rerun contains; its score is |A ∩ B| / |A ∪ B|, computed from the contingency
 * table in O(n) per rerun. Noise (−1) is treated as one more cluster.
 */
export function coAssignmentStability(reference: ArrayLike<number>, reruns: Rerun[]): Stability {
  const n = reference.length;
  for (const [r, run] of reruns.entries()) {
    if (run.length !== n) throw new RangeError(`rerun ${r} has ${run.length} labels for ${n} rows; give one label per row`);
  }
  const refLabels = [...new Set(Array.from(reference))].sort((a, b) => (a === -1 ? 1 : b === -1 ? -1 : a - b));
  const refCode = new Map(refLabels.map((l, i) => [l, i]));
  const sum = new Float64Array(n);
  const count = new Int32Array(n);
  const jaccardSum = new Float64Array(refLabels.length);
  const jaccardRuns = new Int32Array(refLabels.length);
  for (const run of reruns) {
    const runLabels = new Map<number, number>();
    for (let i = 0; i < n; ++i) if (run[i] >= -1 && !runLabels.has(run[i])) runLabels.set(run[i], runLabels.size);
    const K = refLabels.length;
    const L = runLabels.size;
    const table = new Float64Array(K * L);
    const refSize = new Float64Array(K);
    const runSize = new Float64Array(L);
    for (let i = 0; i < n; ++i) {
      if (run[i] < -1) continue;
      const a = refCode.get(reference[i])!;
      const b = runLabels.get(run[i])!;
      ++table[a * L + b];
      ++refSize[a];
      ++runSize[b];
    }
    for (let i = 0; i < n; ++i) {
      if (run[i] < -1) continue;
      const a = refCode.get(reference[i])!;
      const b = runLabels.get(run[i])!;
      const both = table[a * L + b];
      sum[i] += both / (refSize[a] + runSize[b] - both);
      ++count[i];
    }
    for (let a = 0; a < K; ++a) {
      if (refSize[a] === 0) continue;
      let best = 0;
      for (let b = 0; b < L; ++b) {
        const both = table[a * L + b];
        const j = both / (refSize[a] + runSize[b] - both);
        if (j > best) best = j;
      }
      jaccardSum[a] += best;
      ++jaccardRuns[a];
    }
  }
  const rows = Array.from({length: n}, (_, i) => (count[i] ? sum[i] / count[i] : null));
  const segments = refLabels.map((label, a) => {
    let s = 0;
    let m = 0;
    let size = 0;
    for (let i = 0; i < n; ++i) {
      if (reference[i] !== label) continue;
      ++size;
      const v = rows[i];
      if (v !== null) {
        s += v;
        ++m;
      }
    }
    return {label, size, rowStability: m ? s / m : NaN, jaccard: jaccardRuns[a] ? jaccardSum[a] / jaccardRuns[a] : NaN};
  });
  return {rows, segments, runs: reruns.length};
}

/** Indices of a seeded subsample of `size` rows out of n, without replacement, in increasing order. */
export function subsampleIndices(n: number, size: number, random: () => number): number[] {
  const m = Math.min(n, Math.max(0, Math.floor(size)));
  const index = Array.from({length: n}, (_, i) => i);
  for (let i = 0; i < m; ++i) {
    const j = i + Math.floor(random() * (n - i));
    [index[i], index[j]] = [index[j], index[i]];
  }
  return index.slice(0, m).sort((a, b) => a - b);
}
