// GLOSH outlier scores (Campello et al. 2015) on the cluster tree, as R dbscan 1.1 computes them.
import type {ClusterTree} from "./condensedTree.js";

/**
 * Each row's score 1 − ε_max / ε, where ε is the distance at which the row leaves its cluster as a
 * single row and ε_max the smallest death distance among that cluster's leaves (the cluster's own,
 * for a leaf): 0 for a row as dense as the densest part of its cluster, towards 1 for a row that
 * joins only at a much larger distance. 0/0 (duplicates) counts as 0, as in R.
 */
export function outlierScores(tree: ClusterTree): Float64Array {
  const {count, firstChild, death, pointCluster, pointDistance} = tree;
  // Smallest leaf death below each cluster, children before parents (children have larger ids).
  const leafDeath = new Float64Array(count).fill(Infinity);
  for (let c = count - 1; c >= 0; --c) {
    const a = firstChild[c];
    leafDeath[c] = a < 0 ? death[c] : Math.min(leafDeath[a], leafDeath[a + 1]);
  }
  const n = pointCluster.length;
  const out = new Float64Array(n);
  for (let p = 0; p < n; ++p) {
    const s = 1 - leafDeath[pointCluster[p]] / pointDistance[p];
    out[p] = Number.isNaN(s) ? 0 : s;
  }
  return out;
}
