// PCA views of the segmentation page: the scree (variance per component) and the loadings heatmap.
import * as Plot from "npm:@observablehq/plot";

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));

/** Scree: variance explained by each component, with the cumulative share. */
export function screeChart(ratios, {width} = {}) {
  let cum = 0;
  const data = ratios.map((r, i) => ({pc: `PC${i + 1}`, r, cum: (cum += r)}));
  const caption = `Share of variance explained by each principal component: ${data.map((d) => `${d.pc} ${(d.r * 100).toFixed(1)}%`).join(", ")}.`;
  return Plot.plot({
    width,
    height: 240,
    ariaLabel: caption,
    caption,
    y: {label: "Variance explained", tickFormat: "%", domain: [0, 1], grid: true},
    x: {label: null, domain: data.map((d) => d.pc)},
    marks: [
      Plot.barY(data, {x: "pc", y: "r", fill: "#0072B2"}),
      Plot.line(data, {x: "pc", y: "cum", stroke: "currentColor", marker: "circle"}),
      Plot.text(data, {x: "pc", y: "r", text: (d) => `${(d.r * 100).toFixed(0)}%`, dy: -7, fill: "currentColor"}),
      Plot.ruleY([0])
    ]
  });
}

/**
 * Loadings heatmap: each feature's weight on each component, one row per feature (at least 26 px,
 * whatever the number of components) and one column per component.
 */
export function loadingsChart(model, features, {width} = {}) {
  const data = [];
  model.components.forEach((c, i) => features.forEach((f, j) => data.push({pc: `PC${i + 1}`, feature: f, w: c[j]})));
  const top = model.components.map((c, i) => {
    const j = c.reduce((b, v, k) => (Math.abs(v) > Math.abs(c[b]) ? k : b), 0);
    return `PC${i + 1} mostly ${features[j]} (${fmt(c[j])})`;
  });
  const caption = `Loadings (weight of each scaled feature in each component): ${top.join("; ")}.`;
  const longest = Math.max(...features.map((f) => f.length));
  return Plot.plot({
    width: Math.min(width, 200 + 110 * model.components.length),
    height: 60 + Math.max(26, Math.min(40, 320 / features.length)) * features.length,
    marginTop: 30,
    marginLeft: Math.min(220, 12 + 6.5 * longest),
    ariaLabel: caption,
    caption,
    x: {label: null, axis: "top", domain: model.components.map((_, i) => `PC${i + 1}`)},
    y: {label: null, domain: features},
    color: {type: "diverging", scheme: "PuOr", domain: [-1, 1], legend: true, label: "Loading"},
    marks: [
      Plot.cell(data, {x: "pc", y: "feature", fill: "w", inset: 0.5}),
      Plot.text(data, {x: "pc", y: "feature", text: (d) => fmt(d.w), fill: (d) => (Math.abs(d.w) > 0.6 ? "white" : "black")})
    ]
  });
}
