// Choosing the flat clusters from the cluster tree: excess of mass (R dbscan's FOSC, Campello et
// al. 2013), the leaves, and the distance threshold of Malzer & Baum (2020) as in the hdbscan library.
import type {ClusterTree} from "./condensedTree.js";

/** "eom": the most stable clusters (excess of mass); "leaf": the leaves of the cluster tree, the finest clusters. */
export type ClusterSelectionMethod = "eom" | "leaf";

/**
 * The selected clusters in R's order (the order in which FOSC's depth-first walk keeps them, which
 * is the order of R's cluster numbers). With "eom", a cluster replaces its descendants when its
 * stability is at least the sum of the best selections below it (ties keep the parent, as in R);
 * the root is never selected, so a tree that never splits has no clusters (all rows are noise).
 * With epsilon > 0, each selected cluster that appears below that distance is replaced by its
 * nearest ancestor that appears above it (never the root), as the hdbscan library's `epsilon_search`.
 */
export function selectClusters(tree: ClusterTree, method: ClusterSelectionMethod, epsilon: number): number[] {
  let selected: number[];
  switch (method) {
    case "eom":
      selected = excessOfMass(tree);
      break;
    case "leaf":
      selected = tree.count > 1 ? topmost(tree, Uint8Array.from(tree.firstChild, (a) => (a < 0 ? 1 : 0))) : [];
      break;
    default: {
      const unknown: never = method;
      throw new RangeError(`unknown clusterSelectionMethod: ${String(unknown)} (use "eom" or "leaf")`);
    }
  }
  return epsilon > 0 ? epsilonSearch(tree, selected, epsilon) : selected;
}

function excessOfMass(tree: ClusterTree): number[] {
  const {count, firstChild, stability} = tree;
  // Children have larger ids than their parents, so one backward pass scores every subtree: a
  // cluster keeps itself when its stability is at least its children's best (R's FOSC).
  const score = new Float64Array(count);
  const keepSelf = new Uint8Array(count);
  for (let c = count - 1; c >= 0; --c) {
    const a = firstChild[c];
    if (a < 0) {
      score[c] = stability[c];
      keepSelf[c] = c === 0 ? 0 : 1;
      continue;
    }
    const below = score[a] + score[a + 1];
    if (stability[c] < below) score[c] = below;
    else {
      score[c] = stability[c];
      keepSelf[c] = c === 0 ? 0 : 1;
    }
  }
  return topmost(tree, keepSelf);
}

/**
 * The marked clusters that have no marked ancestor, in depth-first order (first child first): the
 * order in which R's recursive FOSC leaves them in its list, and so R's cluster numbering.
 */
function topmost(tree: ClusterTree, mark: Uint8Array): number[] {
  const out: number[] = [];
  const stack = [0];
  while (stack.length) {
    const c = stack.pop()!;
    if (mark[c]) {
      out.push(c);
      continue;
    }
    const a = tree.firstChild[c];
    if (a >= 0) stack.push(a + 1, a);
  }
  return out;
}

function epsilonSearch(tree: ClusterTree, selected: number[], epsilon: number): number[] {
  const mark = new Uint8Array(tree.count);
  for (const c of selected) {
    let up = c;
    while (tree.birth[up] < epsilon && tree.parent[up] > 0) up = tree.parent[up];
    mark[up] = 1;
  }
  return topmost(tree, mark);
}
