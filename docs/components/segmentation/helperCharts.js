// The helper charts above the analysis: "choose k" (inertia and silhouette for each k) and
// "choose eps" (the k-distance curve with its knee).
import * as Plot from "npm:@observablehq/plot";
import {chooseKCaption} from "./chooseKCaption.js";

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));
const int = (x) => Math.round(x).toLocaleString("en-US");

/** Choose k: inertia and silhouette for k = 2…10. */
export function chooseKChart(result, {width, k} = {}) {
  const caption = chooseKCaption(result);
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
