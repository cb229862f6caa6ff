// Cophenetic correlation of the four linkages side by side, the one in use marked.
import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";

/** copheneticChart(rows: {linkage, value}[], {width, linkage}) → a bar chart with the values written on it. */
export function copheneticChart(rows, {width, linkage} = {}) {
  const summary = rows.map((d) => `${d.linkage} ${d.value.toFixed(3)}`).join(", ");
  return slidePlot({
    width,
    height: 190,
    marginLeft: 80,
    marginRight: 96,
    x: {domain: [0, 1], label: "Cophenetic correlation (1 = the tree keeps every distance) →", grid: true},
    y: {label: null, domain: rows.map((d) => d.linkage)},
    ariaLabel: `Cophenetic correlation by linkage: ${summary}; ${linkage} is in use.`,
    marks: [
      Plot.barX(rows, {x: "value", y: "linkage", fill: (d) => (d.linkage === linkage ? "#0072B2" : "#999999"), fillOpacity: 0.85}),
      Plot.text(rows, {x: "value", y: "linkage", text: (d) => d.value.toFixed(3) + (d.linkage === linkage ? " ◀ in use" : ""), textAnchor: "start", dx: 4, fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}
