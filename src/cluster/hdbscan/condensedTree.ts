// The cluster tree of HDBSCAN* and each cluster's stability, as R dbscan 1.1's `computeStability`:
// walking the single-linkage merges from the top, a merge of two parts that both have at least
// minClusterSize rows is a split into two new clusters; any other merge keeps the cluster it
// belongs to, and rows leave it where they become single (Campello et al. 2013).
import type {Merges} from "./singleLinkage.js";

/** The clusters of the tree, numbered in order of appearance from the top (0 is the root). */
export interface ClusterTree {
  count: number;
  parent: Int32Array;
  /** First child of each cluster (the second is firstChild + 1), −1 for a leaf. */
  firstChild: Int32Array;
  /** Distance at which each cluster appears (splits off its parent); the root's is the largest merge height. */
  birth: Float64Array;
  /** Distance at which it splits, or its smallest internal distance for a leaf (R's eps_death). */
  death: Float64Array;
  /** Number of rows when it appears. */
  size: Int32Array;
  stability: Float64Array;
  /** Cluster each row leaves as a single row, and the distance at which it does (R's `contains` and `eps`). */
  pointCluster: Int32Array;
  pointDistance: Float64Array;
}

export function clusterTree(merges: Merges, n: number, minClusterSize: number): ClusterTree {
  const {left, right, height, size} = merges;
  const m = n - 1;
  const tracker = new Int32Array(m);
  // At most n / minClusterSize splits, two clusters each, plus the root.
  const cap = 2 * Math.floor(n / Math.max(1, minClusterSize)) + 3;
  const parent = new Int32Array(cap).fill(-1), firstChild = new Int32Array(cap).fill(-1);
  const birth = new Float64Array(cap), death = new Float64Array(cap), clusterSize = new Int32Array(cap);
  const processed = new Uint8Array(cap), splitSize = new Int32Array(cap);
  const pointCluster = new Int32Array(n), pointDistance = new Float64Array(n);
  birth[0] = m > 0 ? height[m - 1] : 0;
  clusterSize[0] = n;
  // R's eps_death defaults to 0 for the root until it splits.
  death[0] = 0;
  let count = 1;
  for (let k = m - 1; k >= 0; --k) {
    const lm = left[k], rm = right[k], cid = tracker[k];
    if (lm < 0 && rm < 0) {
      const e = processed[cid] ? death[cid] : height[k];
      pointCluster[-lm - 1] = cid;
      pointDistance[-lm - 1] = e;
      pointCluster[-rm - 1] = cid;
      pointDistance[-rm - 1] = e;
      if (!processed[cid]) death[cid] = Math.min(height[k], death[cid]);
    } else if (lm < 0 || rm < 0) {
      const p = -(lm < 0 ? lm : rm) - 1;
      pointCluster[p] = cid;
      pointDistance[p] = processed[cid] ? death[cid] : height[k];
      tracker[(lm < 0 ? rm : lm) - 1] = cid;
    } else {
      const s1 = size[lm - 1], s2 = size[rm - 1];
      if (s1 >= minClusterSize && s2 >= minClusterSize) {
        death[cid] = height[k];
        processed[cid] = 1;
        splitSize[cid] = s1 + s2;
        const a = count++, b = count++;
        firstChild[cid] = a;
        tracker[lm - 1] = a;
        tracker[rm - 1] = b;
        parent[a] = parent[b] = cid;
        birth[a] = birth[b] = height[k];
        death[a] = height[lm - 1];
        death[b] = height[rm - 1];
        clusterSize[a] = s1;
        clusterSize[b] = s2;
      } else {
        tracker[lm - 1] = cid;
        tracker[rm - 1] = cid;
      }
    }
  }
  // Stability (R's formula): Σ over the rows that leave as single rows of (1/ε − 1/ε_birth), plus,
  // for a cluster that splits, its size at the split times (1/ε_death − 1/ε_birth).
  const stability = new Float64Array(count);
  for (let p = 0; p < n; ++p) {
    const c = pointCluster[p];
    stability[c] += 1 / pointDistance[p] - 1 / birth[c];
  }
  for (let c = 0; c < count; ++c) {
    const nc = splitSize[c];
    if (nc > 0) stability[c] += nc / death[c] - nc / birth[c];
  }
  return {
    count,
    parent: parent.slice(0, count),
    firstChild: firstChild.slice(0, count),
    birth: birth.slice(0, count),
    death: death.slice(0, count),
    size: clusterSize.slice(0, count),
    stability,
    pointCluster,
    pointDistance,
  };
}
