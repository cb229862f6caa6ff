import * as Plot from "npm:@observablehq/plot";
import {fixed, pct} from "./format.js";
import {labelMarks} from "./labels.js";
import {chartScale, equalFrame, plotFrame, slideHeight, slidePlot} from "../page/slidePlot.js";

/** Sample covariance (n − 1) of two columns and their centred points. */
export function covariance2(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0, syy = 0, sxy = 0;
  const points = xs.map((x, i) => {
    const dx = x - mx, dy = ys[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    return [dx, dy];
  });
  return {sxx: sxx / (n - 1), syy: syy / (n - 1), sxy: sxy / (n - 1), mean: [mx, my], points};
}

/** Variance of the points projected on the unit axis at `degrees` from the x-axis: uᵀ C u. */
export function varianceAt({sxx, syy, sxy}, degrees) {
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t), s = Math.sin(t);
  return c * c * sxx + 2 * c * s * sxy + s * s * syy;
}

/**
 * The centred dishes on two features, a trial axis through the centre at `angle` degrees, and each
 * dish's perpendicular drop onto it (its shadow). With `best` the PC1 axis is drawn dashed.
 */
export function axisScatter(cov, names, angle, {width, xLabel, yLabel, best} = {}) {
  const t = (angle * Math.PI) / 180;
  const u = [Math.cos(t), Math.sin(t)];
  const rows = cov.points.map(([x, y], i) => {
    const p = x * u[0] + y * u[1];
    return {name: names[i], x, y, p, fx: p * u[0], fy: p * u[1]};
  });
  const extent = Math.max(...rows.flatMap((d) => [Math.abs(d.x), Math.abs(d.y)])) * 1.25 || 1;
  // Equal units on both axes, so the drawn axis makes the angle it is labelled with.
  const frame = equalFrame({width, height: slideHeight(Math.min(width, 400)), xDomain: [-extent, extent], yDomain: [-extent, extent]});
  const reach = 1.5 * Math.max(frame.xDomain[1], frame.yDomain[1]);
  const fs = chartScale();
  const line = (a, label) => {
    const r = (a * Math.PI) / 180;
    return {x1: -reach * Math.cos(r), y1: -reach * Math.sin(r), x2: reach * Math.cos(r), y2: reach * Math.sin(r), label};
  };
  const v = varianceAt(cov, angle);
  return Plot.plot({
    ...plotFrame(frame),
    x: {label: `${xLabel} (centred)`, domain: frame.xDomain, grid: true, labelArrow: "none"},
    y: {label: `${yLabel} (centred)`, domain: frame.yDomain, grid: true, labelArrow: "none"},
    clip: true,
    ariaLabel: `Trial axis at ${angle}° through the centre of ${xLabel} against ${yLabel}. The dishes' shadows on it have variance ${v.toFixed(2)}, ${pct(v / (cov.sxx + cov.syy))} of the total ${(cov.sxx + cov.syy).toFixed(2)}.` +
      (best === undefined ? "" : ` PC1 lies at ${best.toFixed(1)}°.`),
    marks: [
      best === undefined ? null : Plot.link([line(best)], {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#009E73", strokeWidth: 2, strokeDasharray: "6,4"}),
      Plot.link([line(angle)], {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#D55E00", strokeWidth: 2}),
      Plot.link(rows, {x1: "x", y1: "y", x2: "fx", y2: "fy", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "2,2"}),
      Plot.dot(rows, {x: "fx", y: "fy", r: 3.5 * fs, fill: "#D55E00", symbol: "diamond", title: (d) => `${d.name}: shadow at ${fixed(d.p)} along the axis`}),
      Plot.dot(rows, {x: "x", y: "y", r: 5 * fs, fill: "var(--theme-foreground-focus)", stroke: "var(--theme-background)", title: (d) => `${d.name}: (${fixed(d.x)}, ${fixed(d.y)})`}),
      labelMarks(rows, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: 10 * fs, fill: "currentColor", obstacles: rows.map((d) => [d.fx, d.fy])})
    ]
  });
}

/** Captured share of the 2-D variance for every angle in [0°, 180°), with the trial angle marked (and PC1 once revealed). */
export function varianceCurve(cov, angle, {width, best} = {}) {
  const total = cov.sxx + cov.syy;
  const curve = Array.from({length: 181}, (_, a) => ({a, share: varianceAt(cov, a) / total}));
  const here = {a: angle, share: varianceAt(cov, angle) / total};
  return slidePlot({
    width,
    height: 220,
    marginLeft: 44,
    x: {domain: [0, 180], label: "Axis angle (degrees)", ticks: [0, 45, 90, 135, 180]},
    y: {domain: [0, 1], label: "Share of the spread captured", tickFormat: "%", grid: true},
    ariaLabel: `Captured share of variance by axis angle: at ${angle}° it is ${pct(here.share)}.` +
      (best === undefined ? " The best angle is hidden until you reveal it." : ` The maximum, ${pct(varianceAt(cov, best) / total)}, is at ${best.toFixed(1)}°, the direction of PC1; the minimum, at right angles, is PC2.`),
    marks: [
      Plot.line(curve, {x: "a", y: "share", stroke: "currentColor", strokeOpacity: best === undefined ? 0.15 : 1}),
      best === undefined ? null : Plot.ruleX([best], {stroke: "#009E73", strokeWidth: 2, strokeDasharray: "6,4"}),
      best === undefined ? null : Plot.text([best], {x: (d) => d, y: 1, text: () => `PC1 ${best.toFixed(1)}°`, dy: 8, dx: 4, textAnchor: "start", fill: "currentColor", fontSize: 11, lineAnchor: "top"}),
      Plot.ruleX([here], {x: "a", stroke: "#D55E00"}),
      Plot.dot([here], {x: "a", y: "share", r: 6, fill: "#D55E00", symbol: "diamond", title: (d) => `${d.a}°: ${pct(d.share)}`}),
      Plot.text([here], {x: "a", y: "share", text: (d) => pct(d.share), dy: -12, fill: "currentColor", fontSize: 12, fontWeight: "bold"})
    ]
  });
}
