import {checkMerges, leafOrder} from "./mergeTree.js";

/** Options of {@link dendrogramLayout}. */
export interface DendrogramLayoutOptions {
  /**
   * Which axis carries the leaves; defaults to `"vertical"`: leaves along x, merge heights on y
   * (root at the top with Plot's usual y axis). `"horizontal"` swaps the two: heights on x, leaves
   * along y (add `x: {reverse: true}` to Plot to put the root on the right).
   */
  orientation?: "vertical" | "horizontal";
}

/** A leaf of the dendrogram. */
export interface DendrogramLeaf {
  /** Observation index (row of the data). */
  index: number;
  /** Place among the leaves, 0 on the left (scipy's `icoord` puts it at 5 + 10·position). */
  position: number;
  x: number;
  y: number;
}

/** A merge of the dendrogram, placed above the middle of its two children. */
export interface DendrogramNode {
  /** Cluster id: n + row of the merge. */
  id: number;
  /** Ids of the children drawn left and right (`merges[row][0]` and `merges[row][1]`). */
  left: number;
  right: number;
  /** Merge height. */
  height: number;
  /** Midpoint of the children, in leaf positions. */
  position: number;
  /** Observations in the cluster. */
  size: number;
  x: number;
  y: number;
}

/** One straight segment of the ⊓ drawn for a merge (for Plot's `link` mark). */
export interface DendrogramLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Id of the merge the segment belongs to. */
  node: number;
  /** For the two legs, the id of the child the leg rises from; null for the crossbar. */
  child: number | null;
}

/** Result of {@link dendrogramLayout}; every x and y already follows the orientation. */
export interface DendrogramLayout {
  /** Observation indices from left to right, as scipy's `dendrogram(Z)["leaves"]`. */
  order: number[];
  /** The leaves from left to right, at height 0. */
  leaves: DendrogramLeaf[];
  /** One entry per merge, in the order of `merges`. */
  nodes: DendrogramNode[];
  /** Three segments per merge (left leg, crossbar, right leg): scipy's `icoord`/`dcoord` ⊓ shapes. */
  links: DendrogramLink[];
}

/**
 * Coordinates to draw the tree of {@link hierarchical} with Observable Plot: leaves at positions
 * 0, 1, …, n − 1 in scipy's `dendrogram` order (each merge's first child on the left), each merge at
 * its height above the midpoint of its children. Positions are in leaf units, 0-based; scipy's
 * `icoord` values are 5 + 10·position.
 *
 * ```js
 * const {links, leaves} = dendrogramLayout(merges);
 * Plot.plot({marks: [Plot.link(links, {x1: "x1", y1: "y1", x2: "x2", y2: "y2"}), Plot.text(leaves, {x: "x", y: "y", text: (d) => names[d.index]})]})
 * ```
 */
export function dendrogramLayout(merges: ArrayLike<ArrayLike<number>>, {orientation = "vertical"}: DendrogramLayoutOptions = {}): DendrogramLayout {
  const n = checkMerges(merges);
  let place: (position: number, height: number) => {x: number; y: number};
  switch (orientation) {
    case "vertical":
      place = (position, height) => ({x: position, y: height});
      break;
    case "horizontal":
      place = (position, height) => ({x: height, y: position});
      break;
    default: {
      const never: never = orientation;
      throw new RangeError(`unknown orientation: ${String(never)}; use "vertical" or "horizontal"`);
    }
  }
  const {order, start} = leafOrder(merges, n);
  const position = new Float64Array(2 * n - 1);
  const height = new Float64Array(2 * n - 1);
  for (let i = 0; i < n; ++i) position[i] = start[i];
  const leaves: DendrogramLeaf[] = Array.from(order, (index, p) => ({index, position: p, ...place(p, 0)}));
  const nodes: DendrogramNode[] = new Array(n - 1);
  const links: DendrogramLink[] = [];
  for (let i = 0; i < n - 1; ++i) {
    const [a, b, h, size] = [merges[i][0], merges[i][1], merges[i][2], merges[i][3]];
    const id = n + i;
    const p = (position[id] = (position[a] + position[b]) / 2);
    height[id] = h;
    nodes[i] = {id, left: a, right: b, height: h, position: p, size, ...place(p, h)};
    links.push(segment(place(position[a], height[a]), place(position[a], h), id, a));
    links.push(segment(place(position[a], h), place(position[b], h), id, null));
    links.push(segment(place(position[b], height[b]), place(position[b], h), id, b));
  }
  return {order: Array.from(order), leaves, nodes, links};
}

function segment(from: {x: number; y: number}, to: {x: number; y: number}, node: number, child: number | null): DendrogramLink {
  return {x1: from.x, y1: from.y, x2: to.x, y2: to.y, node, child};
}
