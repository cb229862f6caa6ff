// Box plots of "What sets a segment apart" (issue 18): per segment, the quartiles, median and 1.5 IQR
// whiskers of one feature (computed in the worker, worker/segmentDistributions.js), in the segment
// colours of the other views. Drawn from the numbers, not the rows.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {segmentLabel, segmentScales} from "../charts.js";
import {distributionCaption} from "./distributionWording.js";

/** One feature's box plot: `distribution` {name, segments: [{label, box}]}; `labels` every segment of the result. */
export function distributionChart(distribution, {width, labels, names}) {
  const rows = distribution.segments.filter((s) => s.box !== null).map((s) => ({label: s.label, segment: segmentLabel(s.label, names), ...s.box, beyond: s.box.outliersBelow + s.box.outliersAbove}));
  const caption = distributionCaption(distribution);
  const scales = segmentScales(labels ?? rows.map((r) => r.label));
  const chart = Plot.plot({
    width,
    height: 40 + 30 * Math.max(1, rows.length),
    marginLeft: width < 500 ? 70 : 150,
    ariaLabel: caption,
    x: {label: distribution.name, grid: true},
    y: {label: null, domain: rows.map((r) => r.segment), tickFormat: (d) => (width < 500 && d.length > 10 ? `${d.slice(0, 10)}…` : d)},
    color: scales.color,
    marks: [
      Plot.ruleY(rows, {y: "segment", x1: "low", x2: "high", stroke: "label"}),
      Plot.barX(rows, {y: "segment", x1: "q1", x2: "q3", fill: "label", fillOpacity: 0.35, stroke: "label", insetTop: 5, insetBottom: 5}),
      Plot.tickX(rows, {y: "segment", x: "median", stroke: "currentColor", strokeWidth: 2, insetTop: 5, insetBottom: 5}),
      Plot.tip(rows, Plot.pointerY({y: "segment", x: "median", title: (r) => `${r.segment} (${r.n.toLocaleString("en-US")} rows)\nmedian ${fmt(r.median)}\nquartiles ${fmt(r.q1)} – ${fmt(r.q3)}\nwhiskers ${fmt(r.low)} – ${fmt(r.high)}\nrange ${fmt(r.min)} – ${fmt(r.max)}\n${r.beyond.toLocaleString("en-US")} beyond the whiskers`}))
    ]
  });
  return html`<figure class="seg-distribution" style=${`max-width:none;width:${width}px;margin:0`} aria-label=${caption}>${chart}<figcaption>${caption}</figcaption></figure>`;
}

const fmt = (x) => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : (+x.toPrecision(4)).toString());
