import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";

/**
 * The k-distance curve (each dish's distance to its k-th nearest dish, itself counted, sorted from
 * largest), with the current eps and the suggested eps as horizontal rules. Dishes above the eps
 * rule have fewer than k dishes within eps: they cannot be core points.
 */
export function kDistanceChart({curve, names, k, eps, suggested}, {width}) {
  const rows = curve.map((d, rank) => ({rank: rank + 1, d, name: names[rank], above: d > eps}));
  const top = Math.max(curve[0], eps, suggested) * 1.1;
  const above = rows.filter((r) => r.above).length;
  return slidePlot({
    width,
    height: 260,
    marginLeft: 48,
    marginRight: 20,
    x: {domain: [0.5, rows.length + 0.5], label: "Dishes, from loneliest to most crowded", ticks: rows.length, tickFormat: "d", labelArrow: "none"},
    y: {domain: [0, top], label: `Distance to ${k}${ordinal(k)} nearest (itself counted)`, grid: true},
    ariaLabel: `k-distance plot for k = ${k}: ${rows.map((r) => `${r.name} ${r.d.toFixed(2)}`).join(", ")}. ` +
      `Suggested eps ${suggested.toFixed(2)} (the knee); current eps ${eps}; ${above} dish${above === 1 ? "" : "es"} above the current eps cannot be core points.`,
    marks: [
      Plot.ruleY([suggested], {stroke: "#009E73", strokeWidth: 2, strokeDasharray: "6,4"}),
      Plot.text([suggested], {y: (d) => d, x: 0.5, text: (d) => `suggested ${d.toFixed(2)}`, textAnchor: "start", dx: 4, dy: suggested > eps ? -7 : 9, fill: "#009E73", fontWeight: "bold", fontSize: 11}),
      Plot.ruleY([eps], {stroke: "#D55E00", strokeWidth: 2}),
      Plot.text([eps], {y: (d) => d, x: rows.length + 0.5, text: (d) => `eps ${d}`, textAnchor: "end", dy: -7, fill: "#D55E00", fontWeight: "bold", fontSize: 11}),
      Plot.line(rows, {x: "rank", y: "d", stroke: "currentColor", strokeOpacity: 0.6}),
      Plot.dot(rows, {x: "rank", y: "d", r: 4.5, fill: (r) => (r.above ? "#999999" : "#0072B2"), symbol: (r) => (r.above ? "times" : "circle"), stroke: (r) => (r.above ? "#999999" : "none"), strokeWidth: 2, title: (r) => `${r.name}: ${r.d.toFixed(3)}${r.above ? " (above eps: not core)" : ""}`}),
      Plot.text(rows.filter((r) => r.above).slice(0, 5), {x: "rank", y: "d", text: "name", dx: 8, textAnchor: "start", fontSize: 10, fill: "currentColor"})
    ]
  });
}

function ordinal(k) {
  return k % 10 === 1 && k % 100 !== 11 ? "st" : k % 10 === 2 && k % 100 !== 12 ? "nd" : k % 10 === 3 && k % 100 !== 13 ? "rd" : "th";
}
