// The customers' dendrogram: the hierarchical lesson's drawing (subtrees below the cut coloured and
// leaves shaped by segment, the cut as a dashed line), with a left margin wide enough for the longest
// customer name, so names like "Late Night Premium" aren't clipped at 390 px.
import * as Plot from "npm:@observablehq/plot";
import {clusterName, clusterScale} from "../palette.js";
import {nodeClusters} from "../hierarchical/dendrogram.js";

/** customerTree(layout, {width, names, merges, labels, cut, ariaLabel}); layout from dendrogramLayout(merges, {orientation: "horizontal"}). */
export function customerTree(layout, {width, names, merges, labels, cut = null, xLabel = "Merge height (distance between groups) →", ariaLabel} = {}) {
  const n = merges.length + 1;
  const clusterOf = nodeClusters(merges, labels);
  const scale = clusterScale(labels.map(clusterName));
  const links = layout.links.map((l) => ({...l, cluster: clusterOf[l.node] === null ? null : clusterName(clusterOf[l.node])}));
  const leaves = layout.leaves.map((d) => ({...d, name: names[d.index], cluster: clusterName(labels[d.index])}));
  const top = Math.max(...merges.map((m) => m[2]), cut ?? 0);
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 12;
  const longest = Math.max(...names.map((s) => s.length));
  const marginLeft = Math.min(Math.round(width * 0.45), Math.ceil(longest * fontSize * 0.58) + 18);
  return Plot.plot({
    width,
    height: Math.max(220, n * 30 + 50),
    marginLeft,
    marginRight: 20,
    marginTop: 26,
    x: {domain: [0, top * 1.04], label: xLabel, grid: true, nice: false, ticks: narrow ? 4 : undefined},
    y: {axis: null, domain: [-0.6, n - 0.4], reverse: true},
    color: scale.color,
    symbol: scale.symbol,
    ariaLabel,
    marks: [
      Plot.link(links.filter((d) => d.cluster === null), {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeOpacity: 0.75, strokeWidth: 1.5}),
      Plot.link(links.filter((d) => d.cluster !== null), {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "cluster", strokeWidth: 2.5}),
      Plot.dot(leaves, {x: "x", y: "y", fill: "cluster", symbol: "cluster", r: 5, stroke: "var(--theme-background)", strokeWidth: 0.75, ariaDescription: "customers"}),
      Plot.text(leaves, {x: "x", y: "y", text: "name", textAnchor: "end", dx: -9, fontSize, fill: "currentColor"}),
      cut === null ? null : Plot.ruleX([cut], {stroke: "#D55E00", strokeWidth: 2, strokeDasharray: "6 4", ariaDescription: "cut line"}),
      cut === null ? null : Plot.text([cut], {x: (d) => d, frameAnchor: "top", dy: -6, text: (d) => `cut ${d.toFixed(2)}`, fill: "#D55E00", textAnchor: "middle", lineAnchor: "bottom", fontSize: 12})
    ]
  });
}
