// Charts of the segmentation page. Each is chart(data, {width}) → a Plot figure with a text
// alternative (ariaLabel and a caption stating what it shows, with numbers).
import * as Plot from "npm:@observablehq/plot";
import {clusterScale, noiseColor} from "../palette.js";

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));
const int = (x) => Math.round(x).toLocaleString("en-US");

/** Display name of a cluster label in charts. */
export function segmentLabel(label, names) {
  if (label === -1) return "noise";
  return names?.get(label) ? `${label + 1} · ${names.get(label)}` : `segment ${label + 1}`;
}

function scales(labels) {
  const s = clusterScale(labels);
  return {color: {...s.color, legend: false}, symbol: {...s.symbol, legend: false}};
}

/** Bar chart: rows per segment. */
export function sizesChart(profile, {width} = {}) {
  const data = profile.clusters.map((c) => ({label: c.label, name: c.label === -1 ? "noise" : `${c.label + 1}`, size: c.size, share: c.share}));
  const caption = `Rows per segment: ${data.map((d) => `${d.name === "noise" ? "noise" : `segment ${d.name}`} ${int(d.size)} (${(d.share * 100).toFixed(1)}%)`).join(", ")}.`;
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 50,
    ariaLabel: caption,
    caption,
    x: {label: "Segment", domain: data.map((d) => d.name)},
    y: {label: "Rows", grid: true},
    color: scales(data.map((d) => d.label)).color,
    marks: [
      Plot.barY(data, {x: "name", y: "size", fill: "label", tip: {format: {fill: false}}, title: (d) => `${d.name === "noise" ? "Noise" : `Segment ${d.name}`}: ${int(d.size)} rows (${(d.share * 100).toFixed(1)}%)`}),
      Plot.text(data, {x: "name", y: "size", text: (d) => int(d.size), dy: -7, fill: "currentColor"}),
      Plot.ruleY([0])
    ]
  });
}

/** Scatter of the first two principal components, coloured and shaped by segment. */
export function pcaScatter(view, {width, names, colorBy = "label"} = {}) {
  const ratio = view.model.explainedVarianceRatio;
  const points = view.points;
  const byTruth = colorBy === "truth";
  const keys = byTruth ? [...new Set(points.map((p) => p.truth))].sort() : [...new Set(points.map((p) => p.label))];
  const s = byTruth ? clusterScale(keys) : scales(keys);
  const what = byTruth ? "the label column" : "segment";
  const caption = `${int(points.length)} rows${view.sampled ? " (a random sample)" : ""} on the first two principal components, which explain ${(ratio[0] * 100).toFixed(1)}% and ${((ratio[1] ?? 0) * 100).toFixed(1)}% of the variance of the scaled features; colour and shape show ${what}.`;
  return Plot.plot({
    width,
    height: Math.min(420, Math.max(260, width * 0.6)),
    ariaLabel: caption,
    caption,
    grid: true,
    x: {label: `PC1 (${(ratio[0] * 100).toFixed(1)}%)`},
    y: {label: `PC2 (${((ratio[1] ?? 0) * 100).toFixed(1)}%)`},
    color: {...s.color, legend: true, tickFormat: (d) => (byTruth ? d : segmentLabel(d, names))},
    symbol: {...s.symbol, legend: false},
    marks: [
      Plot.dot(points, {
        x: "pc1",
        y: "pc2",
        stroke: byTruth ? "truth" : "label",
        symbol: byTruth ? "truth" : "label",
        r: points.length > 2000 ? 2 : 3,
        strokeOpacity: 0.8,
        tip: true,
        title: (p) => `row ${p.row + 1}\n${byTruth ? p.truth : segmentLabel(p.label, names)}`
      })
    ]
  });
}

/** Heatmap: each segment's mean on each feature, in overall standard deviations (z). */
export function profileHeatmap(profile, features, {width} = {}) {
  const data = [];
  for (const c of profile.clusters) {
    for (const f of features) data.push({segment: c.label === -1 ? "noise" : `${c.label + 1}`, feature: f, z: c.numeric[f]?.z ?? null, mean: c.numeric[f]?.mean ?? null});
  }
  const extreme = data.reduce((a, d) => (d.z !== null && Math.abs(d.z) > Math.abs(a?.z ?? 0) ? d : a), null);
  const caption = `Each segment's mean on each numeric feature, as a difference from the overall mean in standard deviations (blue below, red above${extreme ? `; the largest is segment ${extreme.segment} on ${extreme.feature}, z = ${fmt(extreme.z)}` : ""}).`;
  return Plot.plot({
    width,
    height: 60 + 34 * profile.clusters.length,
    marginLeft: 60,
    marginBottom: 90,
    ariaLabel: caption,
    caption,
    x: {label: null, tickRotate: -30, domain: features},
    y: {label: "Segment", domain: profile.clusters.map((c) => (c.label === -1 ? "noise" : `${c.label + 1}`))},
    color: {type: "diverging", scheme: "RdBu", reverse: true, domain: [-2.5, 2.5], clamp: true, legend: true, label: "z (standard deviations from the overall mean)"},
    marks: [
      Plot.cell(data, {x: "feature", y: "segment", fill: "z", inset: 0.5, tip: true, title: (d) => `segment ${d.segment}, ${d.feature}\nmean ${fmt(d.mean)}\nz = ${fmt(d.z)}`}),
      Plot.text(data, {x: "feature", y: "segment", text: (d) => fmt(d.z, 1), fill: (d) => (Math.abs(d.z ?? 0) > 1.4 ? "white" : "black")})
    ]
  });
}

/** Silhouette plot: each (sampled) row's silhouette, sorted within its segment. */
export function silhouettePlot(values, {width, mean, names} = {}) {
  const groups = new Map();
  for (const v of values) (groups.get(v.label) ?? groups.set(v.label, []).get(v.label)).push(v.value);
  const data = [];
  let y = 0;
  const labels = [...groups.keys()].sort((a, b) => a - b);
  for (const label of labels) {
    const vs = groups.get(label).sort((a, b) => b - a);
    for (const value of vs) data.push({label, value, y: y++});
    y += Math.max(5, values.length * 0.02);
  }
  const negative = values.filter((v) => v.value < 0).length;
  const caption = `Silhouette of ${int(values.length)} rows, sorted within each segment (1 = well inside its segment, below 0 = closer to another segment); mean ${fmt(mean)}; ${int(negative)} rows below 0.`;
  const s = scales(labels);
  return Plot.plot({
    width,
    height: 300,
    ariaLabel: caption,
    caption,
    x: {label: "Silhouette", domain: [Math.min(-0.2, ...values.map((v) => v.value)), 1], grid: true},
    y: {axis: null},
    color: {...s.color, legend: true, tickFormat: (d) => segmentLabel(d, names)},
    marks: [
      Plot.rectX(data, {x1: 0, x2: "value", y1: "y", y2: (d) => d.y + 1, fill: "label"}),
      Plot.ruleX([0]),
      mean === null || mean === undefined ? null : Plot.ruleX([mean], {stroke: "currentColor", strokeDasharray: "4,3"}),
      mean === null || mean === undefined ? null : Plot.text([mean], {x: (d) => d, frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start", text: (d) => `mean ${fmt(d)}`, fill: "currentColor"})
    ]
  });
}

/** Choose k: inertia and silhouette for k = 2…10. */
export function chooseKChart(result, {width, k} = {}) {
  const best = result.points.reduce((a, p) => (p.silhouette > a.silhouette ? p : a), result.points[0]);
  const caption = `For k = ${result.points[0].k}…${result.points.at(-1).k}: within-cluster sum of squares (left) falls from ${fmt(result.points[0].inertia, 0)} to ${fmt(result.points.at(-1).inertia, 0)}; silhouette (right) is highest at k = ${best.k} (${fmt(best.silhouette)}).`;
  const w = width > 600 ? width / 2 - 10 : width;
  const mk = (y, label, fmtY) =>
    Plot.plot({
      width: w,
      height: 220,
      marginLeft: 60,
      grid: true,
      ariaLabel: `${label} for each k`,
      x: {label: "k", ticks: result.points.map((p) => p.k), tickFormat: "d"},
      y: {label, tickFormat: fmtY},
      marks: [
        Plot.ruleX([k], {stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "3,3"}),
        Plot.line(result.points, {x: "k", y, stroke: "currentColor"}),
        Plot.dot(result.points, {x: "k", y, fill: "currentColor", r: 3.5, tip: true})
      ]
    });
  const figure = document.createElement("figure");
  figure.style.maxWidth = "none";
  const row = document.createElement("div");
  row.style.cssText = "display:flex;flex-wrap:wrap;gap:20px";
  row.append(mk("inertia", "Within-cluster sum of squares", "~s"), mk("silhouette", "Silhouette", ".2f"));
  const cap = document.createElement("figcaption");
  cap.textContent = caption;
  figure.append(row, cap);
  figure.setAttribute("aria-label", caption);
  return figure;
}

/** The k-distance curve with the suggested eps. */
export function kDistanceChart(result, {width, eps, minSamples} = {}) {
  const caption = `Distance from each of ${int(result.n)} rows${result.sampled ? " (a random sample)" : ""} to its ${minSamples}th nearest row, largest first; the knee suggests eps ≈ ${fmt(result.eps)} (dashed); the current eps is ${fmt(eps)} (solid).`;
  return Plot.plot({
    width,
    height: 240,
    grid: true,
    ariaLabel: caption,
    caption,
    x: {label: "Rows, sorted by distance"},
    y: {label: `Distance to the ${minSamples}th neighbour`},
    marks: [
      Plot.line(result.points, {x: "rank", y: "distance", stroke: "currentColor"}),
      Plot.ruleY([result.eps], {strokeDasharray: "5,4", stroke: "#D55E00"}),
      Plot.ruleY([eps], {stroke: "#0072B2"}),
      Plot.text([result.eps], {y: (d) => d, frameAnchor: "right", dy: -6, text: (d) => `suggested ${fmt(d)}`, fill: "#D55E00"})
    ]
  });
}

/** Confusion table between a label column and the segments, as a heatmap of counts. */
export function agreementChart(agreement, {width} = {}) {
  const caption = `Rows by ${agreement.column} (rows) and segment (columns); adjusted Rand index ${fmt(agreement.ari, 3)} (1 = the same partition, 0 = chance).`;
  return Plot.plot({
    width: Math.min(width, 640),
    height: 60 + 36 * new Set(agreement.table.map((d) => d.truth)).size,
    marginLeft: 110,
    ariaLabel: caption,
    caption,
    x: {label: "Segment", tickFormat: (d) => (d === -1 ? "noise" : `${d + 1}`)},
    y: {label: null},
    color: {scheme: "blues", legend: false},
    marks: [
      Plot.cell(agreement.table, {x: "label", y: "truth", fill: "count", inset: 0.5}),
      Plot.text(agreement.table, {x: "label", y: "truth", text: "count", fill: (d) => (d.count > d3max(agreement.table) * 0.6 ? "white" : "black")})
    ]
  });
}

function d3max(table) {
  return table.reduce((m, d) => Math.max(m, d.count), 0);
}

/** Stability per segment: mean Jaccard of its best match over reruns, and the spread of its rows' values. */
export function stabilityChart(stability, {width, names} = {}) {
  const data = stability.segments.map((s) => ({...s, name: segmentLabel(s.label, names)}));
  const caption = `Over ${stability.runs} reruns on ${Math.round(stability.fraction * 100)}% subsamples: ${data.map((d) => `${d.name} Jaccard ${fmt(d.jaccard)}`).join("; ")}. Above 0.75 a segment is stable; below 0.5 it dissolves.`;
  const s = scales(data.map((d) => d.label));
  return Plot.plot({
    width,
    height: 50 + 34 * data.length,
    marginLeft: Math.min(260, width * 0.45),
    ariaLabel: caption,
    caption,
    x: {label: "Mean best-match Jaccard over reruns", domain: [0, 1], grid: true},
    y: {label: null, domain: data.map((d) => d.name)},
    color: s.color,
    marks: [
      Plot.rectX([{x1: 0.75, x2: 1}], {x1: "x1", x2: "x2", fill: "#009E73", fillOpacity: 0.08}),
      Plot.barX(data, {x: "jaccard", y: "name", fill: "label"}),
      Plot.text(data, {x: "jaccard", y: "name", text: (d) => fmt(d.jaccard), dx: 16, fill: "currentColor"}),
      Plot.ruleX([0.5, 0.75], {strokeDasharray: "3,3", stroke: "currentColor", strokeOpacity: 0.5})
    ]
  });
}

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

/** Loadings heatmap: each feature's weight on each component. */
export function loadingsChart(model, features, {width} = {}) {
  const data = [];
  model.components.forEach((c, i) => features.forEach((f, j) => data.push({pc: `PC${i + 1}`, feature: f, w: c[j]})));
  const top = model.components.map((c, i) => {
    const j = c.reduce((b, v, k) => (Math.abs(v) > Math.abs(c[b]) ? k : b), 0);
    return `PC${i + 1} mostly ${features[j]} (${fmt(c[j])})`;
  });
  const caption = `Loadings (weight of each scaled feature in each component): ${top.join("; ")}.`;
  return Plot.plot({
    width,
    height: 60 + 30 * model.components.length,
    marginLeft: 50,
    marginBottom: 90,
    ariaLabel: caption,
    caption,
    x: {label: null, tickRotate: -30, domain: features},
    y: {label: null},
    color: {type: "diverging", scheme: "PuOr", domain: [-1, 1], legend: true, label: "Loading"},
    marks: [
      Plot.cell(data, {x: "feature", y: "pc", fill: "w", inset: 0.5}),
      Plot.text(data, {x: "feature", y: "pc", text: (d) => fmt(d.w), fill: (d) => (Math.abs(d.w) > 0.6 ? "white" : "black")})
    ]
  });
}

export {noiseColor};
