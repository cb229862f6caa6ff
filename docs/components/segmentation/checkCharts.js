// Charts that check a segmentation against something else: a known label (agreement) and reruns
// on subsamples (stability).
import * as Plot from "npm:@observablehq/plot";
import {segmentLabel, segmentScales} from "./charts.js";

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));

/** Confusion table between a label column and the segments, as a heatmap of counts. */
export function agreementChart(agreement, {width} = {}) {
  const caption = `Rows by ${agreement.column} (rows) and segment (columns); adjusted Rand index ${fmt(agreement.ari, 3)} (1 = the same partition, 0 = chance).`;
  return Plot.plot({
    width: Math.min(width, 640),
    height: 60 + 36 * new Set(agreement.table.map((d) => d.truth)).size,
    marginLeft: 110,
    ariaLabel: caption,
    caption,
    x: {label: "Segment", tickFormat: (d) => (d === -1 ? "noise" : `${d + 1}`)},
    y: {label: null},
    color: {scheme: "blues", legend: false},
    marks: [
      Plot.cell(agreement.table, {x: "label", y: "truth", fill: "count", inset: 0.5}),
      Plot.text(agreement.table, {x: "label", y: "truth", text: "count", fill: (d) => (d.count > d3max(agreement.table) * 0.6 ? "white" : "black")})
    ]
  });
}

function d3max(table) {
  return table.reduce((m, d) => Math.max(m, d.count), 0);
}

/** Stability per segment: mean Jaccard of its best match over reruns, and the spread of its rows' values. */
export function stabilityChart(stability, {width, names, labels} = {}) {
  const data = stability.segments.map((s) => ({...s, name: segmentLabel(s.label, names)}));
  const caption = `Over ${stability.runs} reruns on ${Math.round(stability.fraction * 100)}% subsamples: ${data.map((d) => `${d.name} Jaccard ${fmt(d.jaccard)}`).join("; ")}. Above 0.75 a segment is stable; below 0.5 it dissolves.`;
  const s = segmentScales(labels ?? data.map((d) => d.label));
  return Plot.plot({
    width,
    height: 50 + 34 * data.length,
    marginLeft: Math.min(260, width * 0.45),
    ariaLabel: caption,
    caption,
    x: {label: "Mean best-match Jaccard over reruns", domain: [0, 1], grid: true},
    y: {label: null, domain: data.map((d) => d.name)},
    color: s.color,
    marks: [
      Plot.rectX([{x1: 0.75, x2: 1}], {x1: "x1", x2: "x2", fill: "#009E73", fillOpacity: 0.08}),
      Plot.barX(data, {x: "jaccard", y: "name", fill: "label"}),
      Plot.text(data, {x: "jaccard", y: "name", text: (d) => fmt(d.jaccard), dx: 16, fill: "currentColor"}),
      Plot.ruleX([0.5, 0.75], {strokeDasharray: "3,3", stroke: "currentColor", strokeOpacity: 0.5})
    ]
  });
}
