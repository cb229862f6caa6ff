// Charts of the segmentation page. Each is chart(data, {width}) → a Plot figure with a text
// alternative (ariaLabel and a caption stating what it shows, with numbers).
import * as Plot from "npm:@observablehq/plot";
import {clusterScale} from "../palette.js";
import {plural, scatterCaption, silhouettePlotCaption} from "./wording.js";

export {plural};

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));
const int = (x) => Math.round(x).toLocaleString("en-US");

/** Display name of a cluster label in charts. */
export function segmentLabel(label, names) {
  if (label === -1) return "noise";
  return names?.get(label) ? `${label + 1} · ${names.get(label)}` : `segment ${label + 1}`;
}

/**
 * Colour and symbol scales over every segment of a result (pass all its labels, not those of a
 * sample), so a segment has the same colour in every view and every legend lists all segments.
 */
export function segmentScales(labels) {
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
    color: segmentScales(data.map((d) => d.label)).color,
    marks: [
      Plot.barY(data, {x: "name", y: "size", fill: "label", tip: {format: {fill: false}}, title: (d) => `${d.name === "noise" ? "Noise" : `Segment ${d.name}`}: ${int(d.size)} rows (${(d.share * 100).toFixed(1)}%)`}),
      Plot.text(data, {x: "name", y: "size", text: (d) => int(d.size), dy: -7, fill: "currentColor"}),
      Plot.ruleY([0])
    ]
  });
}

/**
 * Scatter of the first two principal components, coloured and shaped by segment. `labels`: every
 * segment of the result (the scatter may show a sample that misses some); `colorBy: "truth"` colours
 * by the label column instead.
 */
export function pcaScatter(view, {width, names, labels, colorBy = "label"} = {}) {
  const ratio = view.model.explainedVarianceRatio;
  const points = view.points;
  const byTruth = colorBy === "truth";
  const present = byTruth ? [...new Set(points.map((p) => p.truth))].sort() : [...new Set(points.map((p) => p.label))];
  const keys = byTruth ? present : labels ?? present;
  const s = byTruth ? clusterScale(keys) : segmentScales(keys);
  const missed = byTruth ? [] : keys.filter((k) => !present.includes(k));
  const caption = scatterCaption({shown: points.length, sampled: view.sampled, ratio, byTruth, missed});
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
  const rowHeight = 40;
  const data = [];
  for (const c of profile.clusters) {
    for (const f of features) data.push({segment: c.label === -1 ? "noise" : `${c.label + 1}`, feature: f, z: c.numeric[f]?.z ?? null, mean: c.numeric[f]?.mean ?? null});
  }
  const extreme = data.reduce((a, d) => (d.z !== null && Math.abs(d.z) > Math.abs(a?.z ?? 0) ? d : a), null);
  const caption = `Each segment's mean on each numeric feature, as a difference from the overall mean in standard deviations (blue below, red above${extreme ? `; the largest is segment ${extreme.segment} on ${extreme.feature}, z = ${fmt(extreme.z)}` : ""}).`;
  return Plot.plot({
    width,
    height: 30 + 90 + rowHeight * profile.clusters.length,
    marginTop: 30,
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

/**
 * Silhouette plot: each (sampled) row's silhouette, sorted within its segment. `labels`: every
 * segment of the result, for colours that match the other views.
 */
export function silhouettePlot(values, {width, mean, names, labels: all, sampled = false, metric} = {}) {
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
  const caption = silhouettePlotCaption({shown: values.length, sampled, mean, negative, metric});
  const s = segmentScales(all ?? labels);
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



