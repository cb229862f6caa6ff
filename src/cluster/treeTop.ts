import {checkMerges} from "./mergeTree.js";

/** Options of {@link treeTop}. */
export interface TreeTopOptions {
  /** Most merges kept (the highest ones); defaults to 30, so at most 31 leaves. */
  merges?: number;
}

/** A leaf of the top of a tree: a whole subtree of the full tree. */
export interface TreeTopLeaf {
  /** Id of the subtree in the full tree (below n an observation, n + i the cluster of merge i). */
  node: number;
  /** Observations in the subtree. */
  size: number;
  /** One observation of the subtree (its leftmost), to look up the subtree's flat cluster. */
  observation: number;
  /** Height of the subtree's own top merge (0 for a single observation). */
  height: number;
}

/** Result of {@link treeTop}. */
export interface TreeTop {
  /**
   * The kept merges in the layout of {@link hierarchical}'s, over leaves 0 … m (ids m + 1 + i for
   * merge i); the size column counts leaves of the top, as the layout expects.
   */
  merges: number[][];
  /** Observations under each kept merge (the size column of the full tree). */
  rows: number[];
  /** The leaves of the kept merges, in the order of their ids. */
  leaves: TreeTopLeaf[];
}

/**
 * The top of a tree (scipy's `dendrogram(Z, truncate_mode="lastp")`): the last `merges` merges of
 * `hierarchical(X).merges`, whose children below them become leaves that stand for whole subtrees.
 * The result is itself a valid merges array, so `dendrogramLayout` and `cutTree` take it; cutting it
 * at k ≤ merges + 1 clusters gives the clusters of the full tree, subtree by subtree.
 */
export function treeTop(merges: ArrayLike<ArrayLike<number>>, {merges: kept = 30}: TreeTopOptions = {}): TreeTop {
  const n = checkMerges(merges);
  if (!Number.isInteger(kept) || kept < 1) throw new RangeError(`merges = ${kept}; keep at least 1 merge`);
  const m = Math.min(kept, n - 1);
  const first = n - 1 - m; // row of the first kept merge
  const leafId = new Map<number, number>();
  const leaves: TreeTopLeaf[] = [];
  const leftmost = (node: number): number => {
    while (node >= n) node = merges[node - n][0];
    return node;
  };
  const id = (child: number): number => {
    if (child >= n + first) return m + 1 + (child - n - first);
    let leaf = leafId.get(child);
    if (leaf === undefined) {
      leafId.set(child, (leaf = leaves.length));
      leaves.push({node: child, size: child < n ? 1 : merges[child - n][3], observation: leftmost(child), height: child < n ? 0 : merges[child - n][2]});
    }
    return leaf;
  };
  const top: number[][] = [];
  const rows: number[] = [];
  const count = (c: number): number => (c <= m ? 1 : top[c - m - 1][3]);
  for (let i = first; i < n - 1; ++i) {
    const a = id(merges[i][0]);
    const b = id(merges[i][1]);
    top.push([a, b, merges[i][2], count(a) + count(b)]);
    rows.push(merges[i][3]);
  }
  return {merges: top, leaves, rows};
}
