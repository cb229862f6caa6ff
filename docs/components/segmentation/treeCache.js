// The hierarchical tree of the current analysis: it is built once per dataset, features, missing-value
// rule, scaling and linkage (and sample), and cut again for each k, so moving the k slider costs a cut
// (milliseconds), not a new tree (seconds at 10,000 rows). The worker keeps it, and so does the page
// (result.tree.cache, handed back as params.tree): a worker restarted by a replaced request (dragging
// the slider) has lost its copy but gets the page's.
import {hierarchical, randomSource, subsampleIndices, treeTop} from "../../lib/index.js";

let cached = null; // {key, merges, sample}

/** The cache key of a tree: everything that changes X or the linkage, nothing else (not k). */
export function treeKey(params, n, limit) {
  const sampled = n > limit;
  return JSON.stringify([params.key, params.numeric, params.categorical, params.missing, params.scaling, params.linkage, n, sampled ? [limit, params.seed] : null]);
}

/** A kept tree as the page holds it: {key, flat: Float64Array (rows of 4), sample: Int32Array | null}. */
function pack({key, merges, sample}) {
  const flat = new Float64Array(merges.length * 4);
  merges.forEach((row, i) => flat.set(row, i * 4));
  return {key, flat, sample: sample ? Int32Array.from(sample) : null};
}

function unpack({key, flat, sample}) {
  const merges = Array.from({length: flat.length / 4}, (_, i) => Array.from(flat.subarray(i * 4, i * 4 + 4)));
  return {key, merges, sample: sample ? Array.from(sample) : null};
}

/**
 * The tree of X (or of a seeded sample of `limit` rows when X is larger): {merges, sample, reused}.
 * `key` null skips the cache (stability reruns cluster other subsets); `given`: the page's copy.
 */
export function cachedTree(X, {key = null, linkage, seed, limit, given = null}) {
  if (key !== null && cached?.key !== key && given?.key === key && given.flat instanceof Float64Array) cached = unpack(given);
  if (key !== null && cached?.key === key) return {merges: cached.merges, sample: cached.sample, reused: true};
  const n = X.length;
  const sample = n > limit ? subsampleIndices(n, limit, randomSource(seed)) : null;
  const {merges} = hierarchical(sample ? sample.map((i) => X[i]) : X, {linkage});
  if (key !== null) cached = {key, merges, sample};
  return {merges, sample, reused: false};
}

/**
 * The top of the tree for the page's dendrogram: the last `merges` merges, each leaf a subtree with
 * its size and its segment (labels: the cut of the tree's rows), and the height of the cut for k.
 */
export function treeSummary(merges, labels, k, {sampled = false, kept = 29, cache = cached && cached.merges === merges ? pack(cached) : null} = {}) {
  const top = treeTop(merges, {merges: kept});
  const heights = top.merges.map((m) => m[2]);
  const m = heights.length;
  // k clusters: the k − 1 highest merges are above the cut.
  const cutHeight = k >= 2 && k - 1 <= m ? (k - 1 < m ? (heights[m - k] + heights[m - k + 1]) / 2 : heights[0] / 2) : null;
  return {
    merges: top.merges,
    rows: top.rows,
    leaves: top.leaves.map((l) => ({size: l.size, height: l.height, label: labels[l.observation], observation: l.observation})),
    cutHeight,
    sampled,
    cache
  };
}
