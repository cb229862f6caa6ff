// "What sets a segment apart" (issue 18): the distribution of each segment on the features that
// separate the segments most (by η², as the page ranks them), as box-plot numbers (src/explain/boxStats.ts:
// type-7 quartiles, Tukey's 1.5 IQR whiskers) in the columns' own units, computed here where the rows are.
import {boxStats} from "../../../lib/index.js";
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
    const column = columnNamed(t, name);
    const groups = segments.map(() => []);
    for (let j = 0; j < rowIndex.length; ++j) {
      const s = slot.get(labels[j]);
      if (s !== undefined) groups[s].push(column[rowIndex[j]]);
    }
    return {name, eta2, segments: segments.map((label, s) => ({label, box: boxStats(groups[s])}))};
  });
}
