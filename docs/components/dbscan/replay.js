import * as Plot from "npm:@observablehq/plot";
import {clusterScale, clusterName, noiseColor} from "../palette.js";
import {labelMarks} from "../pca/labels.js";
import {scatterFrame} from "./geometry.js";
import {chartScale} from "../page/slidePlot.js";

/** The replay chart's aria-label: the step's caption, then where every dish stands. */
export function replayLabel({names, step, caption}) {
  const state = step ? step.state : names.map(() => -2);
  return `${caption} State: ${names.map((name, i) => `${name} ${state[i] === -2 ? "not visited" : state[i] === -1 ? "noise so far" : clusterName(state[i])}`).join(", ")}.`;
}

/**
 * One moment of a DBSCAN replay on two features: dishes not yet visited are faint rings, noise so
 * far is a grey cross, clustered dishes take their final cluster's colour and shape (filled = core,
 * hollow = border). The dish of the current step is ringed, with lines to its neighbours within eps
 * over all features (no circle: in two of the features it would not mean "within eps"); dishes it
 * queued are ringed in orange.
 */
export function replayChart({points, names, labels, core, step, xLabel, yLabel, caption}, {width}) {
  const scale = clusterScale(labels);
  const state = step ? step.state : points.map(() => -2);
  const rows = points.map(([x, y], i) => ({i, x, y, name: names[i], s: state[i], core: core[i]}));
  const {options, frame} = scatterFrame(rows, {width, max: 360, xLabel, yLabel});
  const p = step ? rows[step.point] : null;
  const fs = chartScale();
  const links = p ? step.neighbours.filter((j) => j !== p.i).map((j) => ({x1: p.x, y1: p.y, x2: rows[j].x, y2: rows[j].y})) : [];
  const queued = step ? step.queued.map((j) => rows[j]) : [];
  const clustered = rows.filter((d) => d.s >= 0);
  return Plot.plot({
    ...options,
    color: scale.color,
    symbol: scale.symbol,
    ariaLabel: replayLabel({names, step, caption}),
    marks: [
      Plot.link(links, {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#D55E00", strokeOpacity: 0.7}),
      p ? Plot.dot([p], {x: "x", y: "y", r: 13 * fs, stroke: "#D55E00", strokeWidth: 2.5}) : null,
      Plot.dot(queued, {x: "x", y: "y", r: 10 * fs, stroke: "#D55E00", strokeDasharray: "2,2", strokeWidth: 1.5}),
      Plot.dot(rows.filter((d) => d.s === -2), {x: "x", y: "y", r: 5 * fs, stroke: "currentColor", strokeOpacity: 0.4, title: (d) => `${d.name}: not visited yet`}),
      Plot.dot(rows.filter((d) => d.s === -1), {x: "x", y: "y", r: 7 * fs, stroke: noiseColor, symbol: "times", strokeWidth: 2.5, title: (d) => `${d.name}: noise so far`}),
      Plot.dot(clustered.filter((d) => d.core), {x: "x", y: "y", r: 7 * fs, fill: "s", symbol: "s", stroke: "var(--theme-background)", strokeWidth: 0.8, title: (d) => `${d.name}: core, ${clusterName(d.s)}`}),
      Plot.dot(clustered.filter((d) => !d.core), {x: "x", y: "y", r: 6 * fs, stroke: "s", symbol: "s", strokeWidth: 2, fill: "var(--theme-background)", title: (d) => `${d.name}: border, ${clusterName(d.s)}`}),
      labelMarks(rows, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: 10.5 * fs, radius: 8, fill: "currentColor"})
    ]
  });
}
