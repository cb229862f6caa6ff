import * as Plot from "npm:@observablehq/plot";
import {clusterScale, clusterName} from "../palette.js";
import {labelMarks} from "../pca/labels.js";
import {circleAround, scatterFrame} from "./geometry.js";

/**
 * The dishes on two features, in the space DBSCAN measures: colour and shape by cluster (noise is a
 * grey cross), filled = core, hollow = border. Around the picked dish, the eps circle (drawn in these
 * two features) and a line to each dish that really is within eps over all features.
 */
export function dbscanScatter({points, names, labels, roles, pick, eps, neighbours, xLabel, yLabel}, {width}) {
  const rows = points.map(([x, y], i) => ({i, x, y, name: names[i], label: labels[i], role: roles[i]}));
  const scale = clusterScale(labels);
  const p = rows[pick];
  // The circle may be far bigger than the data (raw units): the frame shows the data, the circle is clipped.
  const {options, frame, equal} = scatterFrame(rows, {width, max: 430, xLabel, yLabel});
  const circle = circleAround(p, eps);
  const links = neighbours.filter((n) => n.j !== pick).map((n) => ({x1: p.x, y1: p.y, x2: rows[n.j].x, y2: rows[n.j].y}));
  const roleText = (d) => `${d.name}: ${d.role}${d.label >= 0 ? `, ${clusterName(d.label)}` : ""}`;
  const chart = Plot.plot({
    ...options,
    color: scale.color,
    symbol: scale.symbol,
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
