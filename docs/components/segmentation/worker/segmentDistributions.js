// "What sets a segment apart" (issue 18): the distribution of each segment on the features that
// separate the segments most (by η², as the page ranks them), as box-plot numbers (src/explain/boxStats.ts:
// type-7 quartiles, Tukey's 1.5 IQR whiskers) in the columns' own units, computed here where the rows are.
import {sortedBoxStats} from "../../../lib/index.js";
import {segmentContrast} from "../methods/segmentContrast.js";
import {columnNamed, progress} from "../engineState.js";

/** Features given a box plot (the page draws the same number of mean charts). */
export const distributionFeatures = 4;

/**
 * [{name, eta2, segments: [{label, box}]}] for the `top` numeric features by η²: per segment (noise −1
 * included), boxStats of the feature's values over the segment's rows (missing values left out; box null
 * when none remains). `rowIndex` maps the analysed rows to table rows, `labels` their segments.
 */
export function segmentDistributions(t, rowIndex, labels, profile, numeric, {top = distributionFeatures} = {}) {
  if (!numeric?.length) return [];
  progress("distributions");
  const ranked = segmentContrast(profile, {features: numeric}).features.filter((f) => f.eta2 !== null).slice(0, top);
  const segments = profile.clusters.map((c) => c.label);
  const slot = new Map(segments.map((label, s) => [label, s]));
  return ranked.map(({name, eta2}) => {
    // Each segment's finite values in one typed array, sorted in place (1,000,000 rows: no per-value objects).
    const column = columnNamed(t, name);
    const counts = new Int32Array(segments.length);
    const segmentOf = new Int32Array(rowIndex.length).fill(-1);
    for (let j = 0; j < rowIndex.length; ++j) {
      const s = slot.get(labels[j]);
      if (s === undefined || !Number.isFinite(column[rowIndex[j]])) continue;
      segmentOf[j] = s;
      ++counts[s];
    }
    const groups = segments.map((_, s) => new Float64Array(counts[s]));
    const filled = new Int32Array(segments.length);
    for (let j = 0; j < rowIndex.length; ++j) if (segmentOf[j] >= 0) groups[segmentOf[j]][filled[segmentOf[j]]++] = column[rowIndex[j]];
    return {name, eta2, segments: segments.map((label, s) => ({label, box: counts[s] ? sortedBoxStats(groups[s].sort()) : null}))};
  });
}
