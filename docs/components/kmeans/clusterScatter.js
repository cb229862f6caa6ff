// The spice rack as a scatter: each spice a labelled point in its jar's colour and shape, a thin
// line from each spice to its jar's centre, the centres as large hollow marks, and (during a
// step-through) the path each centre has travelled so far.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {clusterScale} from "../palette.js";
import {chartScale, slideHeight} from "../page/slidePlot.js";
import {labelMarks} from "../pca/labels.js";

/**
 * clusterScatter({points, centers, trails, width, xLabel, yLabel, ariaLabel})
 * - points: {x, y, name, cluster}[] (cluster: a display name such as "cluster 1")
 * - centers: {x, y, cluster}[]
 * - trails: {x, y, cluster, step}[] centre positions so far (optional)
 */
export function clusterScatter({points, centers, trails = [], width, xLabel, yLabel, ariaLabel}) {
  const scale = clusterScale(points.map((d) => d.cluster).concat(centers.map((d) => d.cluster)));
  return html`<div>${clusterLegend(scale)}${scatter({points, centers, trails, width, xLabel, yLabel, ariaLabel, scale})}</div>`;
}

const SYMBOLS = {circle: d3.symbolCircle, square: d3.symbolSquare, triangle: d3.symbolTriangle, diamond: d3.symbolDiamond, star: d3.symbolStar, wye: d3.symbolWye, hexagon: d3.symbolCircle, asterisk: d3.symbolAsterisk, times: d3.symbolTimes};

/**
 * A legend that shows each cluster's shape filled with its colour (Plot's symbol legend draws them
 * hollow). Plain SVG paths: a Plot per swatch cost more than the chart itself on every redraw.
 */
export function clusterLegend(scale) {
  const item = (name, i) => {
    const span = html`<span role="listitem" style="display: inline-flex; align-items: center; gap: 0.3em; margin-right: 1em; font: 0.72em var(--sans-serif);"><svg width="1.3em" height="1.3em" viewBox="-8 -8 16 16" aria-hidden="true"><path></path></svg>${name}</span>`;
    const path = span.querySelector("path");
    path.setAttribute("d", d3.symbol(SYMBOLS[scale.symbol.range[i]] ?? d3.symbolCircle, 95)());
    path.setAttribute("fill", scale.color.range[i]);
    return span;
  };
  return html`<div class="pk-legend" role="list" aria-label="Clusters: colour and shape">${scale.color.domain.map(item)}</div>`;
}

function scatter({points, centers, trails, width, xLabel, yLabel, ariaLabel, scale}) {
  const centerOf = new Map(centers.map((d) => [d.cluster, d]));
  const spokes = points.filter((d) => centerOf.has(d.cluster)).map((d) => ({...d, cx: centerOf.get(d.cluster).x, cy: centerOf.get(d.cluster).y}));
  const narrow = width < 560;
  const s = chartScale();
  // Explicit domains and margins, so the labels can be placed clear of the dots and the centre marks.
  const all = [...points, ...centers, ...trails];
  const pad = ([lo, hi]) => (hi > lo ? [lo - (hi - lo) * 0.08, hi + (hi - lo) * 0.08] : [lo - 1, hi + 1]);
  const frame = {
    width,
    height: slideHeight(narrow ? 360 : 440),
    marginLeft: Math.round(44 * s),
    marginRight: Math.round(20 * s),
    marginTop: Math.round(24 * s),
    marginBottom: Math.round(36 * s),
    xDomain: pad([Math.min(...all.map((d) => d.x)), Math.max(...all.map((d) => d.x))]),
    yDomain: pad([Math.min(...all.map((d) => d.y)), Math.max(...all.map((d) => d.y))])
  };
  return Plot.plot({
    ...frame,
    style: s === 1 ? undefined : {fontSize: `${Math.round(10 * s)}px`},
    grid: true,
    x: {label: xLabel, domain: frame.xDomain},
    y: {label: yLabel, domain: frame.yDomain},
    color: {...scale.color},
    symbol: {...scale.symbol},
    ariaLabel,
    marks: [
      Plot.link(spokes, {x1: "x", y1: "y", x2: "cx", y2: "cy", stroke: "cluster", strokeOpacity: 0.45, strokeDasharray: "3 3", ariaHidden: true}),
      Plot.line(trails, {x: "x", y: "y", z: "cluster", stroke: "cluster", strokeWidth: 2 * s, marker: "dot", sort: "step", ariaDescription: "centre paths"}),
      Plot.dot(points, {x: "x", y: "y", fill: "cluster", symbol: "cluster", r: 6 * s, stroke: "var(--theme-background)", strokeWidth: 1, ariaDescription: "spices", tip: true, title: (d) => `${d.name}: ${d.cluster}`}),
      labelMarks(points, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: (narrow ? 10.5 : 12) * s, obstacles: centers.map((c) => [c.x, c.y, 15 * s]), fill: "currentColor", stroke: "var(--theme-background)", strokeWidth: 3, paintOrder: "stroke", ariaHidden: true}),
      Plot.dot(centers, {x: "x", y: "y", stroke: "cluster", symbol: "cluster", r: 13 * s, strokeWidth: 3, fill: "none", ariaDescription: "centres"}),
      Plot.dot(centers, {x: "x", y: "y", fill: "cluster", symbol: "plus", r: 5 * s, strokeWidth: 2, stroke: "cluster", ariaHidden: true})
    ]
  });
}
