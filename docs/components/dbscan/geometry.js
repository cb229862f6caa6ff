// Small helpers for the DBSCAN page: distances in the space the algorithm sees and point roles.

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
 * Chart size with equal units on both axes where possible, so an eps circle is drawn round: the
 * height follows the width; if that is too tall, the width shrinks instead. When the data are far
 * wider than tall (raw units), the height stops at `min` and `equal` is false.
 */
export function equalAxes({width, xDomain, yDomain, marginLeft, marginRight, marginTop, marginBottom, min, max}) {
  const ratio = (yDomain[1] - yDomain[0]) / (xDomain[1] - xDomain[0]);
  let plotW = width - marginLeft - marginRight;
  let plotH = plotW * ratio;
  if (plotH > max) {
    plotH = max;
    plotW = max / ratio;
  }
  const equal = plotH >= min;
  if (!equal) plotH = min;
  return {width: Math.round(plotW + marginLeft + marginRight), height: Math.round(plotH + marginTop + marginBottom), equal};
}

/**
 * The frame shared by the DBSCAN scatter and its replay: the rows' extent padded by 12%, fixed
 * margins, equal units on both axes where possible (up to `max` pixels tall). Returns the Plot
 * options of that frame (size, margins, x and y scales, clipping), the `frame` labelMarks needs,
 * and whether the axes are `equal`.
 */
export function scatterFrame(rows, {width, max, xLabel, yLabel}) {
  const pad = (lo, hi) => [lo - (hi - lo) * 0.12 || lo - 1, hi + (hi - lo) * 0.12 || hi + 1];
  const xs = rows.map((d) => d.x), ys = rows.map((d) => d.y);
  const xDomain = pad(Math.min(...xs), Math.max(...xs));
  const yDomain = pad(Math.min(...ys), Math.max(...ys));
  const marginLeft = 48, marginRight = 20, marginTop = 24, marginBottom = 38;
  const {width: w, height, equal} = equalAxes({width, xDomain, yDomain, marginLeft, marginRight, marginTop, marginBottom, min: 200, max});
  const frame = {width: w, height, marginLeft, marginRight, marginTop, marginBottom, xDomain, yDomain};
  const options = {
    width: w,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {domain: xDomain, label: xLabel, grid: true, labelArrow: "none"},
    y: {domain: yDomain, label: yLabel, grid: true, labelArrow: "none"},
    clip: true
  };
  return {options, frame, equal};
}

/** 97 points on the circle of radius r around p (closed: the last repeats the first). */
export function circleAround(p, r) {
  return Array.from({length: 97}, (_, t) => {
    const a = (t / 96) * 2 * Math.PI;
    return {x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a)};
  });
}
