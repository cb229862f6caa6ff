// Pieces of the assignment page: a segment's colour-and-shape swatch (matching the dendrogram's
// leaves), its statistics table, the standardized-profile heatmap and the clock of peak hours.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {formatHour, hourCircle} from "../../lib/index.js";
import {clusterColors, clusterSymbols} from "../palette.js";

const d3Symbols = {
  circle: d3.symbolCircle,
  square: d3.symbolSquare,
  triangle: d3.symbolTriangle,
  diamond: d3.symbolDiamond,
  star: d3.symbolStar,
  wye: d3.symbolWye,
  hexagon: d3.symbolCircle,
  asterisk: d3.symbolAsterisk
};

/** The colour and shape of segment `label` (0-based), as its leaves are drawn in the dendrogram. */
export function swatch(label) {
  const name = clusterSymbols[label % clusterSymbols.length];
  const path = d3.symbol(d3Symbols[name] ?? d3.symbolCircle, 110)();
  return html`<svg class="pk-swatch" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true"><path d=${path} fill=${clusterColors[label % clusterColors.length]} stroke="var(--theme-background)" stroke-width="0.75"></path></svg>`;
}

const hourColumn = "peak_ordering_time";

/** Mean, min and max of each feature in a segment (the peak hour: mean on the clock, earliest to latest). */
export function statsTable(profile, {names = {}} = {}) {
  const rows = profile.summary.map((c) => {
    const hour = c.column === hourColumn;
    const f = (x) => (!Number.isFinite(x) ? "–" : hour ? formatHour(x) : Number.isInteger(x) ? String(x) : x.toFixed(2));
    return html`<tr><th scope="row">${names[c.column] ?? c.column}${hour ? html`<span class="pk-muted"> (clock)</span>` : ""}</th><td>${f(c.mean)}</td><td>${f(c.min)}</td><td>${f(c.max)}</td></tr>`;
  });
  return html`<div class="pk-scroll"><table class="pk-stats">
    <caption>Peak hour: mean on the clock; min and max are the earliest and latest hour, going round the clock.</caption>
    <thead><tr><th scope="col">feature</th><th scope="col">mean</th><th scope="col">min</th><th scope="col">max</th></tr></thead>
    <tbody>${rows}</tbody>
  </table></div>`;
}

const traitLabels = {value: "order value", frequency: "orders / month", diversity: "cuisines", seasonality: "seasonality"};
const shortLabels = {value: "value", frequency: "orders", diversity: "cuisines", seasonality: "season"};
const signed = (z) => (Math.abs(z) < 0.05 ? "0.0" : `${z > 0 ? "+" : "−"}${Math.abs(z).toFixed(1)}`);

/** Heatmap of every segment's z-scores (segment mean − overall mean, in standard deviations), with the value printed. */
export function profileChart(segments, {width}) {
  const narrow = width < 520;
  const labels = narrow ? shortLabels : traitLabels;
  const data = segments.flatMap((s) => Object.entries(labels).map(([trait, label]) => ({segment: `Segment ${s.number}`, trait: label, z: s.profile.z[trait]})));
  return Plot.plot({
    width,
    height: 40 + segments.length * 38,
    marginLeft: narrow ? 78 : 90,
    marginTop: 30,
    x: {domain: Object.values(labels), label: null, axis: "top", tickSize: 0},
    y: {domain: segments.map((s) => `Segment ${s.number}`), label: null, tickSize: 0},
    color: {type: "diverging", scheme: "PuOr", domain: [-2, 2], reverse: true, legend: false},
    ariaLabel: `Standardized profile of ${segments.length} segments, in standard deviations from the average customer: ${segments
      .map((s) => `segment ${s.number} (${s.story.name}): ${Object.entries(traitLabels).map(([t, l]) => `${l} ${signed(s.profile.z[t])}`).join(", ")}`)
      .join("; ")}.`,
    marks: [
      Plot.cell(data, {x: "trait", y: "segment", fill: "z", inset: 1}),
      Plot.text(data, {
        x: "trait",
        y: "segment",
        text: (d) => signed(d.z),
        fill: (d) => (Math.abs(d.z) > 1.1 ? "white" : "black"),
        fontSize: narrow ? 11 : 13,
        fontWeight: (d) => (Math.abs(d.z) >= 0.5 ? "bold" : "normal")
      })
    ]
  });
}

/** The customers' peak hours on a clock face (midnight at the top), so 23:00 and 01:00 sit side by side. */
export function clockChart(customers, {width}) {
  const hours = customers.X.map((row) => row[3]);
  const rank = new Map();
  const dots = customers.names.map((name, i) => {
    const h = hours[i];
    const r = rank.get(h) ?? 0;
    rank.set(h, r + 1);
    const [s, c] = hourCircle(h);
    const radius = 1 - 0.14 * r;
    return {name, hour: h, x: s * radius, y: c * radius, owl: name.startsWith("Night Owl")};
  });
  const ring = d3.range(0, 24.01, 0.25).map((h) => hourCircle(h));
  // Labels sit just outside the ring, anchored away from it so they never cover a dot.
  const ticks = d3.range(0, 24, 3).map((h) => ({h, x: hourCircle(h)[0] * 1.1, y: hourCircle(h)[1] * 1.12, anchor: Math.abs(hourCircle(h)[0]) < 0.1 ? "middle" : hourCircle(h)[0] > 0 ? "start" : "end"}));
  const counts = d3.rollups(hours, (v) => v.length, (h) => h).sort((a, b) => a[0] - b[0]);
  const owls = dots.filter((d) => d.owl);
  const size = Math.max(200, Math.min(width, 360));
  return Plot.plot({
    width: size,
    height: size,
    inset: 10,
    x: {domain: [-1.5, 1.5], axis: null},
    y: {domain: [-1.5, 1.5], axis: null},
    symbol: {domain: ["customer", "night owl"], range: ["circle", "diamond"]},
    ariaLabel: `Clock face of peak ordering hours, midnight at the top: ${counts.map(([h, n]) => `${formatHour(h)} (${n})`).join(", ")}.${owls.length ? " The two night owls at 23:00 and 01:00 sit next to each other across midnight." : ""}`,
    marks: [
      Plot.line(ring, {x: "0", y: "1", stroke: "currentColor", strokeOpacity: 0.35}),
      ...["start", "middle", "end"].map((anchor) => Plot.text(ticks.filter((d) => d.anchor === anchor), {x: "x", y: "y", text: (d) => formatHour(d.h), textAnchor: anchor, fill: "currentColor", fontSize: 11})),
      owls.length === 2 ? Plot.link([owls], {x1: (d) => d[0].x, y1: (d) => d[0].y, x2: (d) => d[1].x, y2: (d) => d[1].y, stroke: "#D55E00", strokeWidth: 2}) : null,
      Plot.dot(dots, {x: "x", y: "y", symbol: (d) => (d.owl ? "night owl" : "customer"), fill: (d) => (d.owl ? "#D55E00" : "#0072B2"), r: 5, stroke: "var(--theme-background)", title: (d) => `${d.name}: ${formatHour(d.hour)}`})
    ]
  });
}
