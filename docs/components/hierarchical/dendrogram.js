// The recipe family tree drawn with Plot from dendrogramLayout(merges, {orientation: "horizontal"}):
// leaves down the left with their names, merge heights growing to the right, subtrees below the cut
// coloured (and their leaves shaped) by cluster, the cut as a dashed line, and, during a replay,
// merges not yet made faded out.
import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";
import {clusterName, clusterScale} from "../palette.js";

/**
 * The cluster of every node of the tree (ids 0 … 2n − 2, scipy's numbering), or null for merges
 * that join two clusters (they sit above the cut).
 */
export function nodeClusters(merges, labels) {
  const n = merges.length + 1;
  const of = new Array(2 * n - 1).fill(null);
  for (let i = 0; i < n; ++i) of[i] = labels[i];
  merges.forEach(([a, b], i) => {
    of[n + i] = of[a] !== null && of[a] === of[b] ? of[a] : null;
  });
  return of;
}

/**
 * dendrogram(layout, {width, names, merges, labels, cut, shown, current, xLabel, ariaLabel})
 * - layout: dendrogramLayout(merges, {orientation: "horizontal"})
 * - labels: cluster of each observation (colours the subtrees), or null for no colouring
 * - cut: height of the cut line, or null
 * - shown: merges made so far (replay); merges from this row on are faded; default all
 * - current: row of the merge to emphasise, or null
 */
export function dendrogram(layout, {width, names, merges, labels = null, cut = null, shown = merges.length, current = null, xLabel = "Merge height (distance) →", ariaLabel} = {}) {
  const n = merges.length + 1;
  const clusterOf = labels ? nodeClusters(merges, labels) : new Array(2 * n - 1).fill(null);
  const scale = clusterScale(labels ? labels.map(clusterName) : ["all"]);
  const made = (node) => node - n < shown;
  const links = layout.links.map((l) => ({...l, cluster: clusterOf[l.node] === null ? null : clusterName(clusterOf[l.node]), made: made(l.node)}));
  const leaves = layout.leaves.map((d) => ({...d, name: names[d.index], cluster: labels ? clusterName(labels[d.index]) : "all"}));
  const top = Math.max(...merges.map((m) => m[2]), cut ?? 0);
  const narrow = width < 560;
  const marks = [
    Plot.link(
      links.filter((d) => d.cluster === null),
      {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeOpacity: (d) => (d.made ? 0.75 : 0.12), strokeWidth: 1.5}
    ),
    Plot.link(
      links.filter((d) => d.cluster !== null),
      {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "cluster", strokeOpacity: (d) => (d.made ? 1 : 0.15), strokeWidth: 2.5}
    ),
    Plot.dot(leaves, {x: "x", y: "y", fill: labels ? "cluster" : "currentColor", symbol: labels ? "cluster" : "circle", r: 5, stroke: "var(--theme-background)", strokeWidth: 0.75, ariaDescription: "recipes"}),
    Plot.text(leaves, {x: "x", y: "y", text: "name", textAnchor: "end", dx: -9, fontSize: narrow ? 11 : 12, fill: "currentColor"})
  ];
  if (current !== null && current >= 0 && current < merges.length) {
    const node = layout.nodes[current];
    marks.push(
      Plot.link(
        layout.links.filter((l) => l.node === node.id),
        {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeWidth: 4.5, ariaDescription: "current merge"}
      ),
      Plot.text([node], {x: "x", y: "y", text: (d) => d.height.toFixed(2), dx: 6, textAnchor: "start", fontWeight: "bold", fill: "currentColor"})
    );
  }
  if (cut !== null) {
    marks.push(
      Plot.ruleX([cut], {stroke: "#D55E00", strokeWidth: 2, strokeDasharray: "6 4", ariaDescription: "cut line"}),
      Plot.text([cut], {x: (d) => d, frameAnchor: "top", dy: -6, text: (d) => `cut ${d.toFixed(2)}`, fill: "#D55E00", textAnchor: "middle", lineAnchor: "bottom", fontSize: 12})
    );
  }
  return slidePlot({
    width,
    height: Math.max(220, n * 34 + 50),
    marginLeft: narrow ? 104 : 124,
    marginRight: 36,
    marginTop: 26,
    x: {domain: [0, top * 1.04], label: xLabel, grid: true, nice: false},
    y: {axis: null, domain: [-0.6, n - 0.4], reverse: true},
    color: scale.color,
    symbol: scale.symbol,
    ariaLabel,
    marks
  });
}
