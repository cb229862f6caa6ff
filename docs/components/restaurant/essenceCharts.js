// The menu's essence (PCA): variance explained, loadings, and the dishes on the first two axes.
import * as Plot from "npm:@observablehq/plot";
import {featureLabel, fixed2, percent} from "./format.js";
import {tierScale} from "./tierScale.js";
import {labelledPlot} from "./labels.js";

/** screeBars(ratios, {width}) → bars of each component's share of the variance, with the running total. */
export function screeBars(ratios, {width} = {}) {
  let total = 0;
  const rows = ratios.map((r, i) => ({pc: `PC${i + 1}`, share: r, cumulative: (total += r)}));
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 40,
    ariaLabel: `Share of the variance explained by each principal component: ${rows.map((r) => `${r.pc} ${percent(r.share)}`).join(", ")}.`,
    x: {label: null, domain: rows.map((r) => r.pc), tickFormat: (d, i) => (rows.length > 8 && i % 2 ? "" : d)},
    y: {label: "↑ Variance explained", tickFormat: "%", domain: [0, 1], grid: true},
    marks: [
      Plot.barY(rows, {x: "pc", y: "share", fill: "var(--theme-foreground-focus)", tip: {format: {y: (v) => percent(v)}}}),
      Plot.line(rows, {x: "pc", y: "cumulative", stroke: "currentColor", strokeDasharray: "3,3"}),
      Plot.dot(rows, {x: "pc", y: "cumulative", fill: "currentColor", r: 2.5}),
      Plot.text(rows.slice(0, 3), {x: "pc", y: "share", text: (d) => percent(d.share), dy: -7, fill: "currentColor", fontSize: 10}),
      Plot.ruleY([0])
    ]
  });
}

/** loadingsGrid(model, columns, {width}) → a table-like chart of each feature's loading on PC1 and PC2, value printed in each cell. */
export function loadingsGrid(model, columns, {width} = {}) {
  const kept = Math.min(2, model.components.length);
  const cells = [];
  for (let c = 0; c < kept; ++c) columns.forEach((col, j) => cells.push({pc: `PC${c + 1}`, feature: featureLabel(col), loading: model.components[c][j]}));
  return Plot.plot({
    width: Math.min(width, 420),
    height: 32 + 22 * columns.length,
    marginLeft: 120,
    ariaLabel: `Loadings of each feature on the first ${kept} principal components: ${cells.map((d) => `${d.feature} on ${d.pc} ${fixed2(d.loading)}`).join("; ")}.`,
    x: {axis: "top", label: null},
    y: {label: null, domain: columns.map(featureLabel)},
    color: {type: "diverging", scheme: "BuRd", domain: [-1, 1], legend: false},
    marks: [
      Plot.cell(cells, {x: "pc", y: "feature", fill: "loading", inset: 1}),
      Plot.text(cells, {x: "pc", y: "feature", text: (d) => fixed2(d.loading), fill: (d) => (Math.abs(d.loading) > 0.55 ? "white" : "black"), fontSize: 11})
    ]
  });
}

/** essenceMap(dishes, {width, tiers, ratios}) → the dishes on PC1 × PC2, coloured and shaped by tier. */
export function essenceMap(dishes, {width, tiers, ratios}) {
  const scale = tierScale(tiers);
  const hasPc2 = ratios.length > 1;
  const options = {
    width,
    height: Math.max(280, Math.min(360, width * 0.75)),
    inset: 14,
    ariaLabel: `The dishes on the first two principal components (PC1 ${percent(ratios[0])} of the variance${hasPc2 ? `, PC2 ${percent(ratios[1])}` : ""}), coloured and shaped by tier. Furthest right on PC1: ${[...dishes].sort((a, b) => b.pc1 - a.pc1)[0].name}.`,
    x: {label: `PC1 (${percent(ratios[0])}) →`, grid: true},
    y: {label: hasPc2 ? `↑ PC2 (${percent(ratios[1])})` : "(one feature: no PC2)", grid: true},
    color: scale.color,
    symbol: scale.symbol,
    marks: [
      Plot.dot(dishes, {x: "pc1", y: "pc2", fill: "tier", symbol: "tier", r: 6, stroke: "var(--theme-background)", strokeWidth: 0.75, channels: {Dish: "name"}, tip: {format: {x: fixed2, y: fixed2}}})
    ]
  };
  return width >= 280 ? labelledPlot(options, dishes, {x: "pc1", y: "pc2", text: "name", fontSize: 9}) : Plot.plot(options);
}
