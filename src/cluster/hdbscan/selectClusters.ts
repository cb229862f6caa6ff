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
      selected = [];
      for (let c = 0; c < tree.count; ++c) if (tree.firstChild[c] < 0 && c !== 0) selected.push(c);
      break;
    default: {
      const unknown: never = method;
      throw new RangeError(`unknown clusterSelectionMethod: ${String(unknown)} (use "eom" or "leaf")`);
    }
  }
  selected = selected.filter((c) => c !== 0);
  return epsilon > 0 ? epsilonSearch(tree, selected, epsilon) : selected;
}

function excessOfMass(tree: ClusterTree): number[] {
  const {firstChild, stability} = tree;
  let selected: number[] = [];
  const visit = (c: number): number => {
    const a = firstChild[c];
    if (a < 0) {
      selected.push(c);
      return stability[c];
    }
    const below = visit(a) + visit(a + 1);
    if (stability[c] < below) return below;
    if (c !== 0) {
      const inside = descendants(tree, c);
      selected = selected.filter((s) => !inside.has(s));
      selected.push(c);
    }
    return stability[c];
  };
  visit(0);
  return selected;
}

function descendants(tree: ClusterTree, c: number): Set<number> {
  const out = new Set<number>();
  const stack = [c];
  while (stack.length) {
    const x = stack.pop()!;
    const a = tree.firstChild[x];
    if (a < 0) continue;
    out.add(a);
    out.add(a + 1);
    stack.push(a, a + 1);
  }
  return out;
}

function epsilonSearch(tree: ClusterTree, selected: number[], epsilon: number): number[] {
  const out: number[] = [];
  const covered = new Set<number>();
  for (const c of selected) {
    if (tree.birth[c] >= epsilon) {
      if (!covered.has(c)) out.push(c);
      continue;
    }
    if (covered.has(c)) continue;
    let up = c;
    while (tree.parent[up] > 0 && tree.birth[up] < epsilon) up = tree.parent[up];
    if (!out.includes(up)) out.push(up);
    for (const s of descendants(tree, up)) covered.add(s);
  }
  return out.filter((c) => !out.some((a) => a !== c && descendants(tree, a).has(c)));
}
