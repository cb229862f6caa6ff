// Unusual dishes (DBSCAN): the dishes on the PCA map by DBSCAN group, the k-distance curve, and why each outlier is unusual.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {fixed2, list} from "./format.js";
import {groupScale} from "./tierScale.js";

/** outlierMap(dishes, {width}) → dishes on PC1 × PC2, marked by DBSCAN group ("group 1", …) or "unusual". */
export function outlierMap(dishes, {width, eps, minSamples}) {
  const names = Array.from(new Set(dishes.map((d) => d.group))).sort();
  const scale = groupScale(names);
  const unusual = dishes.filter((d) => d.group === "unusual").map((d) => d.name);
  return Plot.plot({
    width,
    height: Math.max(240, Math.min(320, width * 0.6)),
    inset: 14,
    ariaLabel: `The dishes on the PCA map, marked by DBSCAN (eps ${eps}, minSamples ${minSamples}): ${names.filter((n) => n !== "unusual").length} dense groups; unusual: ${unusual.length ? list(unusual) : "none"}.`,
    x: {label: "PC1 →", grid: true},
    y: {label: "↑ PC2", grid: true},
    color: {...scale.color, legend: true},
    symbol: scale.symbol,
    marks: [
      Plot.dot(dishes, {x: "pc1", y: "pc2", stroke: "group", symbol: "group", r: 6, strokeWidth: 2, channels: {Dish: "name"}, tip: {format: {x: fixed2, y: fixed2}}}),
      Plot.text(
        dishes.filter((d) => d.group === "unusual"),
        {x: "pc1", y: "pc2", text: "name", dy: -12, fontSize: 10, fill: "currentColor", stroke: "var(--theme-background)", strokeWidth: 3, paintOrder: "stroke"}
      )
    ]
  });
}

/**
 * kDistanceChart(distances, {width, eps, minSamples}) → each dish's distance to its minSamples-th
 * nearest dish (itself counted), largest first, with eps drawn across: dishes above the line have too
 * few neighbours within eps to be core points.
 */
export function kDistanceChart(distances, {width, eps, minSamples}) {
  const rows = distances.map((d, i) => ({rank: i + 1, distance: d}));
  const above = rows.filter((r) => r.distance > eps).length;
  return Plot.plot({
    width,
    height: 180,
    ariaLabel: `Distance from each dish to its neighbour number ${minSamples} (counting itself), largest first: ${rows.map((r) => fixed2(r.distance)).join(", ")}. ${above} ${above === 1 ? "dish lies" : "dishes lie"} above eps = ${eps}.`,
    x: {label: "Dishes, sorted →", ticks: rows.length, tickFormat: "d"},
    y: {label: `↑ Distance to neighbour ${minSamples}`, grid: true, domain: [0, Math.max(eps, ...distances) * 1.08]},
    marks: [
      Plot.line(rows, {x: "rank", y: "distance", stroke: "currentColor"}),
      Plot.dot(rows, {x: "rank", y: "distance", fill: "currentColor", r: 3, tip: {format: {y: fixed2}}}),
      Plot.ruleY([eps], {stroke: "var(--theme-foreground-focus)", strokeWidth: 2, strokeDasharray: "5,3"}),
      Plot.text([eps], {y: (d) => d, x: rows.length, text: (d) => `eps = ${d}`, dy: -7, textAnchor: "end", fill: "var(--theme-foreground-focus)"})
    ]
  });
}

/** outlierList(outliers) → a list of unusual dishes with the reasons, or a sentence when there are none. */
export function outlierList(outliers) {
  if (outliers.length === 0) return html`<p class="pk-outliers" data-outliers="">No dish is unusual at these settings: every dish has enough neighbours within eps.</p>`;
  return html`<ul class="pk-outliers" data-outliers=${outliers.map((o) => o.name).join("|")}>${outliers.map(
    (o) => html`<li data-outlier=${o.name}><strong>${o.name}</strong>: ${list(o.reasons)}.</li>`
  )}</ul>`;
}
