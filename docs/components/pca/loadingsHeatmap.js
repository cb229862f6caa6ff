import * as Plot from "npm:@observablehq/plot";
import {chartScale, scaleText, slidePlot} from "../page/slidePlot.js";
import {fixed} from "./format.js";

// The colour legend (a ramp drawn on a canvas: a third of the heatmap's drawing time) depends only on
// the largest loading and the slide's text scale: drawn once for each, and put back in the new chart.
const legends = new Map();

/** Loadings heatmap: features down, kept components across, diverging colour with the value written in each cell. */
export function loadingsHeatmap({components}, features, {width} = {}) {
  const k = components.length;
  const cells = components.flatMap((row, c) => row.map((v, j) => ({pc: `PC${c + 1}`, feature: features[j], v})));
  const m = Math.max(...cells.map((d) => Math.abs(d.v)));
  const svg = slidePlot({
    // Never narrower than the labels plus 24 px a column: a narrower first layout pass gave Plot negative cell widths.
    width: Math.max(96 + 20 + 24 * k, Math.min(width, Math.round((110 + 72 * k) * chartScale()))),
    height: 30 + 28 * features.length,
    marginLeft: 96,
    marginTop: 28,
    x: {axis: "top", label: null, domain: components.map((_, c) => `PC${c + 1}`)},
    y: {label: null, domain: features},
    color: {type: "diverging", scheme: "PuOr", domain: [-m, m], label: "Loading"},
    ariaLabel: `Loadings heatmap: ${components.map((row, c) => `PC${c + 1}: ${row.map((v, j) => `${features[j]} ${fixed(v)}`).join(", ")}`).join("; ")}.`,
    marks: [
      Plot.cell(cells, {x: "pc", y: "feature", fill: "v", inset: 0.5, title: (d) => `${d.feature} on ${d.pc}: ${fixed(d.v)}`}),
      Plot.text(cells, {x: "pc", y: "feature", text: (d) => fixed(d.v), fill: (d) => (Math.abs(d.v) > 0.6 * m ? "white" : "black"), fontSize: 11})
    ]
  });
  // What Plot.plot makes with `legend: true`: the same figure around the same legend and chart.
  const s = chartScale();
  const id = `${m} ${s}`;
  if (!legends.has(id)) {
    const legend = svg.legend("color", {legend: true});
    if (s !== 1) scaleText(legend, s);
    legends.set(id, legend);
  }
  const figure = document.createElement("figure");
  figure.className = `${svg.getAttribute("class")}-figure`;
  figure.style.maxWidth = "initial";
  figure.append(legends.get(id), svg);
  figure.scale = svg.scale;
  figure.legend = svg.legend;
  return figure;
}
