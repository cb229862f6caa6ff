// One task of the worker pool (pool.js), run the same way in a pool worker and in the worker that
// owns the pool: k-means runs start … end − 1 on the shared matrix, or every run on a seeded sample
// of its rows (a stability rerun, a "choose k" point).
import {kmeans, randomSource, subsampleIndices} from "../../../lib/index.js";

/** The rows `index` of matrix M as a matrix. */
export function subMatrix(M, index) {
  const {data, d} = M;
  const out = new Float64Array(index.length * d);
  for (let r = 0; r < index.length; ++r) out.set(data.subarray(index[r] * d, index[r] * d + d), r * d);
  return {data: out, n: index.length, d};
}

/**
 * Runs a task on matrix M: `{options}` (kmeans() options, `runs` among them) or `{options, sample: {size, seed}}`
 * (k-means on `size` rows drawn with `seed`). Returns the labels as an Int32Array (to transfer) and the rest of the result.
 */
export function poolTask(M, {options, sample = null}) {
  const X = sample ? subMatrix(M, subsampleIndices(M.n, sample.size, randomSource(sample.seed))) : M;
  const {labels, ...rest} = kmeans(X, options);
  return {...rest, labels: Int32Array.from(labels)};
}
