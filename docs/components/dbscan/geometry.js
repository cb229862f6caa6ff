// Small helpers for the DBSCAN page: distances in the space the algorithm sees and point roles.
import {chartScale, equalFrame, slideHeight} from "../page/slidePlot.js";

export function distance(a, b) {
  let s = 0;
  for (let j = 0; j < a.length; ++j) s += (a[j] - b[j]) ** 2;
  return Math.sqrt(s);
}

/** "core", "border" or "noise" for each row, from dbscan's labels and core flags. */
export function roles({labels, core}) {
  return labels.map((label, i) => (core[i] ? "core" : label === -1 ? "noise" : "border"));
}

/** Rows within eps of row i (i itself included), nearest first, each with its distance. */
export function neighbourhood(Z, i, eps) {
  return Z.map((row, j) => ({j, d: distance(Z[i], row)}))
    .filter((n) => n.d <= eps)
    .sort((a, b) => a.d - b.d || a.j - b.j);
}

/** Each row's distance to its k-th nearest row (itself counted first), unsorted: names for the k-distance chart. */
export function kDistances(Z, k) {
  return Z.map((row) => Z.map((other) => distance(row, other)).sort((a, b) => a - b)[k - 1]);
}

/** The nearest core row to row i (excluding i), or null when there is none. */
export function nearestCore(Z, core, i) {
  let best = null;
  Z.forEach((row, j) => {
    if (j === i || !core[j]) return;
    const d = distance(Z[i], row);
    if (!best || d < best.d) best = {j, d};
  });
  return best;
}

/**
 * The frame shared by the DBSCAN scatter and its replay: the rows' extent padded by 12%, margins for
 * the slide (see equalFrame) and equal units on both axes: the chart keeps its width, `max` pixels
 * tall at most, and the shorter domain is widened, so distances look as long across as up. Returns
 * the Plot options of that frame (size, margins, x and y scales, clipping, text size), the
 * `frame` labelMarks needs, and whether the units are `equal` (not below 560 px wide, where the
 * chart takes more height than equal units would give it).
 */
export function scatterFrame(rows, {width, max, xLabel, yLabel}) {
  const narrow = width < 560;
  const f = narrow ? 0.22 : 0.12; // room for names at the edges of a phone-sized chart
  const pad = (lo, hi) => [lo - (hi - lo) * f || lo - 1, hi + (hi - lo) * f || hi + 1];
  const xs = rows.map((d) => d.x), ys = rows.map((d) => d.y);
  const xDomain = pad(Math.min(...xs), Math.max(...xs));
  const yDomain = pad(Math.min(...ys), Math.max(...ys));
  const s = chartScale();
  const margins = {marginLeft: 48, marginRight: 20, marginTop: 24, marginBottom: 38};
  // The height the data would take at the chart's width with equal units, within [220, max].
  const plotW = width - (margins.marginLeft + margins.marginRight) * s;
  const natural = plotW * ((yDomain[1] - yDomain[0]) / (xDomain[1] - xDomain[0])) + (margins.marginTop + margins.marginBottom) * s;
  // On a phone the equal-unit frame would squash the crowd into a strip: give it the height instead.
  const height = narrow ? Math.round(Math.min(max, width * 1.15)) : Math.round(Math.max(220 * s, Math.min(slideHeight(max), natural)));
  const frame = narrow ? {width, height, ...margins, xDomain, yDomain, style: undefined} : equalFrame({width, height, xDomain, yDomain, ...margins});
  const options = {
    width,
    height,
    marginLeft: frame.marginLeft,
    marginRight: frame.marginRight,
    marginTop: frame.marginTop,
    marginBottom: frame.marginBottom,
    style: frame.style,
    x: {domain: frame.xDomain, label: xLabel, grid: true, labelArrow: "none"},
    y: {domain: frame.yDomain, label: yLabel, grid: true, labelArrow: "none"},
    clip: true
  };
  return {options, frame, equal: !narrow};
}
