// The top of the hierarchical tree (its last merges): each leaf stands for a subtree, labelled with
// its number of rows and coloured by its segment; the dashed line is the cut that gives k segments.
import * as Plot from "npm:@observablehq/plot";
import {dendrogramLayout} from "../../lib/index.js";
import {plural, segmentLabel, segmentScales} from "./charts.js";
import {dendrogramCaption} from "./wording.js";

/** dendrogramChart(tree, {width, k, labels, names}): tree as analyse returns it (treeCache.js's treeSummary). */
export function dendrogramChart(tree, {width, k, labels, names} = {}) {
  const layout = dendrogramLayout(tree.merges, {orientation: "horizontal"});
  const m = tree.merges.length;
  const s = segmentScales(labels ?? [...new Set(tree.leaves.map((l) => l.label))]);
  // A merge below the cut joins rows of one segment: colour it; above the cut, draw it plain.
  const segmentOf = new Array(2 * m + 1).fill(null);
  tree.leaves.forEach((l, i) => (segmentOf[i] = l.label));
  tree.merges.forEach(([a, b], i) => (segmentOf[m + 1 + i] = segmentOf[a] !== null && segmentOf[a] === segmentOf[b] ? segmentOf[a] : null));
  const links = layout.links.map((l) => ({...l, segment: segmentOf[l.node]}));
  const leaves = layout.leaves.map((d) => ({...d, ...tree.leaves[d.index]}));
  const top = Math.max(...tree.merges.map((r) => r[2]));
  const rows = tree.rows.at(-1);
  const caption = dendrogramCaption({merges: m, sampled: tree.sampled, k, cutHeight: tree.cutHeight, rows});
  const marks = [
    Plot.link(links.filter((d) => d.segment === null), {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeOpacity: 0.7, strokeWidth: 1.5}),
    Plot.link(links.filter((d) => d.segment !== null), {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "segment", strokeWidth: 2.5}),
    Plot.dot(leaves, {x: "x", y: "y", fill: "label", symbol: "label", r: 4, tip: true, title: (d) => `${segmentLabel(d.label, names)}\n${plural(d.size, "row")}`}),
    Plot.text(leaves, {x: "x", y: "y", text: (d) => `(${d.size.toLocaleString("en-US")})`, textAnchor: "end", dx: -8, fill: "currentColor", fontSize: 11})
  ];
  if (tree.cutHeight !== null) {
    marks.push(
      Plot.ruleX([tree.cutHeight], {stroke: "#D55E00", strokeWidth: 2, strokeDasharray: "6 4"}),
      Plot.text([tree.cutHeight], {x: (d) => d, frameAnchor: "top", dy: -6, text: () => `cut: k = ${k}`, fill: "#D55E00", lineAnchor: "bottom"})
    );
  }
  return Plot.plot({
    width,
    height: Math.max(220, 18 * (m + 1) + 60),
    marginLeft: 64,
    marginTop: 26,
    marginRight: 20,
    ariaLabel: caption,
    caption,
    x: {domain: [0, top * 1.04], label: "Merge height (distance) →", grid: true, nice: false},
    y: {axis: null, domain: [-0.6, m + 0.4], reverse: true},
    color: s.color,
    symbol: s.symbol,
    marks
  });
}
