// The 2-D map of the rows (issue 18), drawn with Plot: each mapped row (at most `maxDrawn`, a seeded
// sample of them) coloured and shaped by its segment in the colours of the other views (all the
// result's segments in the legend, those the sample misses included), noise as grey crosses and rows
// whose segment is uncertain hollow. For PCA, coloured by the label column when there is one.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {randomSource, subsampleIndices} from "../../lib/index.js";
import {clusterScale} from "../palette.js";
import {segmentLabel, segmentScales} from "./charts.js";
import {mapCaption} from "./mapWording.js";

/** Points drawn at most, as the PCA scatter: 10,000 SVG dots cost the main thread 0.66 s (a loaded machine). */
export const maxDrawn = 5000;

/** The points of `map` for the snapshot shown: [{x, y, row, label, uncertain}] and what the caption says about them. */
export function mapPoints(map, {result, data, params}) {
  const pick = map.x.length > maxDrawn ? subsampleIndices(map.x.length, maxDrawn, randomSource(map.seed)) : null;
  const count = pick ? pick.length : map.x.length;
  const clusters = result.kind === "clusters";
  const labelColumn = !clusters && params.labelColumn ? params.labelColumn : null;
  const threshold = result.uncertainBelow ?? null;
  const points = new Array(count);
  for (let p = 0; p < count; ++p) {
    const i = pick ? pick[p] : p;
    const row = map.rows[i];
    const label = clusters ? result.labels[row] : labelColumn ? String(data.table.get(row, labelColumn) ?? "(missing)") : 0;
    const m = clusters && result.membership ? result.membership[row] : NaN;
    points[p] = {x: map.x[i], y: map.y[i], row, label, uncertain: label !== -1 && threshold !== null && m < threshold};
  }
  return {points, colour: clusters ? "segment" : labelColumn ? "label" : null, labelColumn};
}

/** The map as a figure with its caption; `map` from the engine's map(), `snapshot` the result shown. */
export function mapChart(map, snapshot, {width, names}) {
  const {result} = snapshot;
  const {points, colour, labelColumn} = mapPoints(map, snapshot);
  const all = colour === "segment" ? result.profile.clusters.map((c) => c.label) : [...new Set(points.map((p) => p.label))];
  const present = new Set(points.map((p) => p.label));
  const caption = mapCaption({
    nFeatures: map.nFeatures, nMapped: map.x.length, nPrepared: map.nPrepared, nTable: map.nTable, sampled: map.sampled,
    drawn: points.length, seed: map.seed, trustworthiness: map.trustworthiness, trustNeighbors: map.trustNeighbors, trustSample: map.trustSample,
    colour, labelColumn, missed: colour === "segment" ? all.filter((l) => !present.has(l)) : [],
    noise: points.filter((p) => p.label === -1).length, uncertain: points.filter((p) => p.uncertain).length,
    uncertainWord: result.model?.kind === "hdbscan" ? "edge" : "uncertain", threshold: result.uncertainBelow ?? null
  });
  const scales = colour === "segment" ? segmentScales(all) : colour === "label" ? clusterScale(all) : null;
  const r = points.length > 3000 ? 1.8 : 2.8;
  const title = (p) => `row ${(p.row + 1).toLocaleString("en-US")}\n${colour === "segment" ? segmentLabel(p.label, names) : colour === "label" ? `${labelColumn}: ${p.label}` : ""}${p.uncertain ? " (uncertain)" : ""}`;
  const chart = Plot.plot({
    width,
    height: Math.min(520, Math.max(280, width * 0.7)),
    ariaLabel: caption,
    x: {label: "UMAP 1", ticks: [], axis: null},
    y: {label: "UMAP 2", ticks: [], axis: null},
    inset: 8,
    color: scales ? {...scales.color, legend: true, tickFormat: (d) => (colour === "segment" ? segmentLabel(d, names) : d)} : undefined,
    symbol: scales ? {...scales.symbol, legend: false} : undefined,
    marks: [
      Plot.frame({strokeOpacity: 0.2}),
      scales
        ? [
            Plot.dot(points.filter((p) => p.label !== -1 && !p.uncertain), {x: "x", y: "y", r, stroke: "label", fill: "label", fillOpacity: 0.45, strokeOpacity: 0.85, symbol: "label", title}),
            Plot.dot(points.filter((p) => p.label === -1), {x: "x", y: "y", r, stroke: "label", symbol: "label", strokeOpacity: 0.85, title}),
            Plot.dot(points.filter((p) => p.uncertain), {x: "x", y: "y", r: r + 0.8, stroke: "label", fill: "none", symbol: "label", strokeWidth: 1.2, title})
          ]
        : Plot.dot(points, {x: "x", y: "y", r, fill: "#0072B2", fillOpacity: 0.5, title})
    ]
  });
  return html`<figure class="seg-map-figure" style="max-width:none" aria-label=${caption}>${chart}<figcaption>${caption}</figcaption></figure>`;
}
