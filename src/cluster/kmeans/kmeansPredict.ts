// Assigning new rows to fitted centres (scikit-learn's KMeans.predict; also a tree's segment centroids).
import {toMatrix} from "../../core/matrix.js";
import type {Rows} from "../../core/matrix.js";

/**
 * The index of each new row's nearest centre by Euclidean distance, the first one on a tie — as
 * scikit-learn's `KMeans(...).predict(X)` does with the fitted `cluster_centers_`. The rows must
 * have the centres' columns, prepared (scaled) as the fitted rows were.
 *
 * @example kmeansPredict(kmeans(X, {k: 3}).centers, newRows)
 */
export function kmeansPredict(centers: ArrayLike<ArrayLike<number>>, X: Rows): number[] {
  const C = toMatrix(centers, {name: "the centres"});
  const M = toMatrix(X, {name: "new rows"});
  if (M.d !== C.d) throw new RangeError(`the new rows have ${M.d} columns but the centres have ${C.d}; prepare them as the fitted rows were`);
  const labels = new Array<number>(M.n);
  for (let i = 0; i < M.n; ++i) {
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < C.n; ++c) {
      let s = 0;
      for (let j = 0; j < M.d; ++j) {
        const t = M.data[i * M.d + j] - C.data[c * C.d + j];
        s += t * t;
      }
      if (s < bestD) {
        bestD = s;
        best = c;
      }
    }
    labels[i] = best;
  }
  return labels;
}
