import * as Plot from "npm:@observablehq/plot";
import {clusterScale, clusterName} from "../palette.js";
import {labelMarks} from "../pca/labels.js";
import {scatterFrame} from "./geometry.js";
import {chartScale} from "../page/slidePlot.js";

/**
 * The dishes on two features, in the space DBSCAN measures: colour and shape by cluster (noise is a
 * grey cross), filled = core, hollow = border. The picked dish is ringed, and so is every dish within
 * eps of it over all features, joined to it by a line. No circle: drawn in two of the features, a
 * circle would enclose dishes that are not within eps (reachChart shows the distances instead).
 */
export function dbscanScatter({points, names, labels, roles, pick, eps, neighbours, xLabel, yLabel}, {width}) {
  const rows = points.map(([x, y], i) => ({i, x, y, name: names[i], label: labels[i], role: roles[i]}));
  const scale = clusterScale(labels);
  const p = rows[pick];
  const {options, frame, equal} = scatterFrame(rows, {width, max: 430, xLabel, yLabel});
  const fs = chartScale();
  const within = neighbours.filter((n) => n.j !== pick).map((n) => rows[n.j]);
  const links = neighbours.filter((n) => n.j !== pick).map((n) => ({x1: p.x, y1: p.y, x2: rows[n.j].x, y2: rows[n.j].y}));
  const roleText = (d) => `${d.name}: ${d.role}${d.label >= 0 ? `, ${clusterName(d.label)}` : ""}`;
  const chart = Plot.plot({
    ...options,
    color: scale.color,
    symbol: scale.symbol,
    ariaLabel: `Scatter of ${xLabel} against ${yLabel}: ${rows.map(roleText).join("; ")}. ` +
      `${p.name} is ringed; ${neighbours.length} dish${neighbours.length === 1 ? "" : "es"} (itself included) lie within eps ${eps} of it over all features: ${neighbours.map((n) => names[n.j]).join(", ")}, each joined to it by a line.` + (equal ? "" : " The two axes are drawn at different scales here, to give the dishes room."),
    marks: [
      Plot.link(links, {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#D55E00", strokeOpacity: 0.7, strokeWidth: 1.5 * fs}),
      Plot.dot(within, {x: "x", y: "y", r: 11 * fs, stroke: "#D55E00", strokeWidth: 1.5, strokeDasharray: "3,2"}),
      Plot.dot([p], {x: "x", y: "y", r: 13 * fs, stroke: "#D55E00", strokeWidth: 2.5}),
      Plot.dot(rows.filter((d) => d.role === "core"), {x: "x", y: "y", r: 7 * fs, fill: "label", symbol: "label", stroke: "var(--theme-background)", strokeWidth: 0.8, title: roleText, className: "pk-dish"}),
      Plot.dot(rows.filter((d) => d.role === "border"), {x: "x", y: "y", r: 6 * fs, stroke: "label", symbol: "label", strokeWidth: 2, fill: "var(--theme-background)", title: roleText, className: "pk-dish"}),
      Plot.dot(rows.filter((d) => d.role === "noise"), {x: "x", y: "y", r: 7 * fs, stroke: "label", symbol: "label", strokeWidth: 2.5, title: roleText, className: "pk-dish"}),
      labelMarks(rows, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: 10.5 * fs, radius: 8, fill: "currentColor"})
    ]
  });
  chart.equalAxes = equal;
  return chart;
}
