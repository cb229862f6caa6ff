import * as Plot from "npm:@observablehq/plot";
import {clusterScale, clusterName} from "../palette.js";
import {labelMarks} from "../pca/labels.js";
import {equalAxes} from "./geometry.js";

/**
 * The dishes on two features, in the space DBSCAN measures: colour and shape by cluster (noise is a
 * grey cross), filled = core, hollow = border. Around the picked dish, the eps circle (drawn in these
 * two features) and a line to each dish that really is within eps over all features.
 */
export function dbscanScatter({points, names, labels, roles, pick, eps, neighbours, xLabel, yLabel}, {width}) {
  const rows = points.map(([x, y], i) => ({i, x, y, name: names[i], label: labels[i], role: roles[i]}));
  const scale = clusterScale(labels);
  const xs = rows.map((d) => d.x), ys = rows.map((d) => d.y);
  const p = rows[pick];
  const pad = (lo, hi) => [lo - (hi - lo) * 0.12 || lo - 1, hi + (hi - lo) * 0.12 || hi + 1];
  // The circle may be far bigger than the data (raw units): show the data, clip the circle.
  const xDomain = pad(Math.min(...xs), Math.max(...xs));
  const yDomain = pad(Math.min(...ys), Math.max(...ys));
  const marginLeft = 48, marginRight = 20, marginTop = 24, marginBottom = 38;
  const {width: w, height, equal} = equalAxes({width, xDomain, yDomain, marginLeft, marginRight, marginTop, marginBottom, min: 200, max: 430});
  width = w;
  const circle = Array.from({length: 97}, (_, t) => {
    const a = (t / 96) * 2 * Math.PI;
    return {x: p.x + eps * Math.cos(a), y: p.y + eps * Math.sin(a)};
  });
  const frame = {width, height, marginLeft, marginRight, marginTop, marginBottom, xDomain, yDomain};
  const links = neighbours.filter((n) => n.j !== pick).map((n) => ({x1: p.x, y1: p.y, x2: rows[n.j].x, y2: rows[n.j].y}));
  const roleText = (d) => `${d.name}: ${d.role}${d.label >= 0 ? `, ${clusterName(d.label)}` : ""}`;
  const chart = Plot.plot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {domain: xDomain, label: xLabel, grid: true, labelArrow: "none"},
    y: {domain: yDomain, label: yLabel, grid: true, labelArrow: "none"},
    color: scale.color,
    symbol: scale.symbol,
    clip: true,
    ariaLabel: `Scatter of ${xLabel} against ${yLabel}: ${rows.map(roleText).join("; ")}. ` +
      `The circle of radius eps ${eps} is drawn around ${p.name}; ${neighbours.length} dish${neighbours.length === 1 ? "" : "es"} (itself included) lie within eps over all features: ${neighbours.map((n) => names[n.j]).join(", ")}.` +
      (equal ? "" : " The two axes are drawn at different scales, so the circle looks like an ellipse."),
    marks: [
      Plot.line(circle, {x: "x", y: "y", stroke: "#D55E00", strokeWidth: 1.5, strokeDasharray: "5,3", fill: "#D55E00", fillOpacity: 0.06}),
      Plot.link(links, {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#D55E00", strokeOpacity: 0.7}),
      Plot.dot([p], {x: "x", y: "y", r: 13, stroke: "#D55E00", strokeWidth: 2}),
      Plot.dot(rows.filter((d) => d.role === "core"), {x: "x", y: "y", r: 7, fill: "label", symbol: "label", stroke: "var(--theme-background)", strokeWidth: 0.8, title: roleText, className: "pk-dish"}),
      Plot.dot(rows.filter((d) => d.role === "border"), {x: "x", y: "y", r: 6, stroke: "label", symbol: "label", strokeWidth: 2, fill: "var(--theme-background)", title: roleText, className: "pk-dish"}),
      Plot.dot(rows.filter((d) => d.role === "noise"), {x: "x", y: "y", r: 7, stroke: "label", symbol: "label", strokeWidth: 2.5, title: roleText, className: "pk-dish"}),
      labelMarks(rows, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: 10.5, fill: "currentColor"})
    ]
  });
  chart.equalAxes = equal;
  return chart;
}
