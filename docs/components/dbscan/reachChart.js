// The picked dish's neighbourhood as it truly is: every other dish placed by its distance from the
// picked one over all the features DBSCAN uses, with the eps threshold. Unlike a circle drawn in two
// of the features, what falls left of the line is exactly what is within eps.
import * as Plot from "npm:@observablehq/plot";
import {chartScale, slidePlot} from "../page/slidePlot.js";

/**
 * reachChart({names, distances, pick, eps, minSamples, unit}, {width}) → one row per other dish,
 * nearest first, a bar to its distance; the band [0, eps] shaded, the dishes inside it in orange.
 * distances[i] is dish i's distance from the picked dish (over all features).
 */
export function reachChart({names, distances, pick, eps, minSamples, unit}, {width}) {
  const rows = names.map((name, i) => ({name, d: distances[i], within: distances[i] <= eps})).filter((_, i) => i !== pick).sort((a, b) => a.d - b.d);
  const inside = rows.filter((r) => r.within).length;
  const fs = chartScale();
  const longest = Math.max(...rows.map((r) => r.name.length));
  return slidePlot({
    width,
    height: rows.length * 22 + 50,
    marginLeft: Math.max(80, longest * 6.5),
    marginRight: 30,
    x: {label: `Distance from ${names[pick]} over all features (${unit}) →`, grid: true, domain: [0, Math.max(eps, ...rows.map((r) => r.d)) * 1.05], labelArrow: "none"},
    y: {label: null, domain: rows.map((r) => r.name)},
    ariaLabel: `Distances from ${names[pick]}: ${rows.map((r) => `${r.name} ${r.d.toFixed(2)}`).join(", ")}. ${inside} within eps ${eps}, so ${names[pick]} has ${inside + 1} dish${inside === 0 ? "" : "es"} in reach counting itself, against minSamples ${minSamples}.`,
    marks: [
      Plot.rectX([eps], {x1: 0, x2: (d) => d, fill: "#D55E00", fillOpacity: 0.08}),
      Plot.ruleX([eps], {stroke: "#D55E00", strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.text([eps], {x: (d) => d, frameAnchor: "top", dy: -8, text: (d) => `eps ${d}`, fill: "#D55E00", fontWeight: "bold", textAnchor: "middle", lineAnchor: "bottom", fontSize: 11}),
      Plot.ruleY(rows, {y: "name", x1: 0, x2: "d", stroke: (d) => (d.within ? "#D55E00" : "currentColor"), strokeOpacity: (d) => (d.within ? 0.9 : 0.3), strokeWidth: 2 * fs}),
      Plot.dot(rows, {y: "name", x: "d", r: 4 * fs, fill: (d) => (d.within ? "#D55E00" : "currentColor"), title: (d) => `${d.name}: ${d.d.toFixed(2)} ${d.within ? "(within eps)" : "(beyond eps)"}`})
    ]
  });
}
