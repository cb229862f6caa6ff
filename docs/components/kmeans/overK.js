// Choosing k: inertia (the elbow) and mean silhouette for every k the rack allows, the chosen k marked.
import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";

/** elbowChart(rows: {k, inertia}[], {width, k}) */
export function elbowChart(rows, {width, k, unitNote = ""} = {}) {
  const chosen = rows.filter((d) => d.k === k);
  return slidePlot({
    width,
    height: 240,
    marginLeft: 50,
    grid: true,
    x: {label: "k (number of jars) →", ticks: rows.map((d) => d.k), tickFormat: "d"},
    y: {label: `↑ Inertia${unitNote}`, zero: true},
    ariaLabel: `Elbow chart: inertia by k: ${rows.map((d) => `k ${d.k}: ${d.inertia.toFixed(2)}`).join(", ")}; k = ${k} is chosen.`,
    marks: [
      Plot.ruleX(chosen, {x: "k", stroke: "#D55E00", strokeDasharray: "4 3"}),
      Plot.line(rows, {x: "k", y: "inertia", stroke: "currentColor"}),
      Plot.dot(rows, {x: "k", y: "inertia", fill: "currentColor", r: 3.5}),
      Plot.dot(chosen, {x: "k", y: "inertia", r: 8, stroke: "#D55E00", strokeWidth: 2.5, symbol: "diamond"}),
      Plot.text(chosen, {x: "k", y: "inertia", text: (d) => d.inertia.toFixed(2), dx: 12, dy: -10, textAnchor: "start", fill: "currentColor"})
    ]
  });
}

/** silhouetteOverK(rows: {k, silhouette}[], {width, k}) — rows with k ≥ 2 only. */
export function silhouetteOverK(rows, {width, k} = {}) {
  const chosen = rows.filter((d) => d.k === k);
  const best = rows.reduce((a, b) => (b.silhouette > a.silhouette ? b : a), rows[0]);
  return slidePlot({
    width,
    height: 240,
    marginLeft: 50,
    grid: true,
    x: {label: "k (number of jars) →", ticks: rows.map((d) => d.k), tickFormat: "d", domain: [1, rows.at(-1).k]},
    y: {label: "↑ Mean silhouette", domain: [Math.min(0, ...rows.map((d) => d.silhouette)), 1]},
    ariaLabel: `Mean silhouette by k: ${rows.map((d) => `k ${d.k}: ${d.silhouette.toFixed(3)}`).join(", ")}; highest at k = ${best.k}; k = ${k} is chosen.`,
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(chosen, {x: "k", stroke: "#D55E00", strokeDasharray: "4 3"}),
      Plot.line(rows, {x: "k", y: "silhouette", stroke: "currentColor"}),
      Plot.dot(rows, {x: "k", y: "silhouette", fill: "currentColor", r: 3.5}),
      Plot.dot(chosen, {x: "k", y: "silhouette", r: 8, stroke: "#D55E00", strokeWidth: 2.5, symbol: "diamond"}),
      Plot.text(chosen, {x: "k", y: "silhouette", text: (d) => d.silhouette.toFixed(3), dx: 12, dy: -10, textAnchor: "start", fill: "currentColor"})
    ]
  });
}
