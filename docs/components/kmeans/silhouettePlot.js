// Per-spice silhouette: one bar per spice, grouped by jar and sorted within it, the mean as a line.
import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";
import {clusterScale} from "../palette.js";

/** silhouettePlot(rows: {name, cluster, s}[], {width}) — cluster is a display name. */
export function silhouettePlot(rows, {width} = {}) {
  const sorted = rows.slice().sort((a, b) => (a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : b.s - a.s));
  const mean = rows.reduce((t, d) => t + d.s, 0) / rows.length;
  const scale = clusterScale(rows.map((d) => d.cluster));
  return slidePlot({
    width,
    height: rows.length * 28 + 60,
    marginLeft: 96,
    marginRight: 44,
    x: {domain: [Math.min(-0.2, ...rows.map((d) => d.s)), 1], label: "Silhouette (−1 wrong jar · 0 on the fence · 1 snug) →", grid: true},
    y: {domain: sorted.map((d) => d.name), label: null},
    color: scale.color,
    symbol: scale.symbol,
    ariaLabel: `Silhouette of each spice (mean ${mean.toFixed(3)}): ${sorted.map((d) => `${d.name} (${d.cluster}) ${d.s.toFixed(2)}`).join(", ")}.`,
    marks: [
      Plot.barX(sorted, {x: "s", y: "name", fill: "cluster", fillOpacity: 0.8}),
      Plot.dot(sorted, {x: "s", y: "name", symbol: "cluster", fill: "cluster", stroke: "var(--theme-background)", r: 5}),
      Plot.text(sorted.filter((d) => d.s >= 0), {x: "s", y: "name", text: (d) => d.s.toFixed(2), dx: 10, textAnchor: "start", fill: "currentColor"}),
      Plot.text(sorted.filter((d) => d.s < 0), {x: "s", y: "name", text: (d) => d.s.toFixed(2), dx: -10, textAnchor: "end", fill: "currentColor"}),
      Plot.ruleX([0]),
      Plot.ruleX([mean], {stroke: "#D55E00", strokeDasharray: "5 3", strokeWidth: 2}),
      Plot.text([mean], {x: (d) => d, frameAnchor: "top", dy: -2, text: (d) => `mean ${d.toFixed(3)}`, fill: "#D55E00", lineAnchor: "bottom", textAnchor: "start", dx: 4})
    ],
    marginTop: 24
  });
}
