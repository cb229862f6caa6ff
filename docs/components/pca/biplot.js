import * as Plot from "npm:@observablehq/plot";
import {fixed, pct} from "./format.js";
import {labelMarks} from "./labels.js";
import {chartScale, equalFrame, plotFrame, slideHeight} from "../page/slidePlot.js";

/**
 * Biplot: the dishes' scores on PC1 and PC2 with each feature drawn as an arrow from the origin to
 * its loadings (PC1, PC2), stretched by one common factor so the arrows span the cloud of dishes.
 */
export function biplot({scores, components, ratio}, names, features, {width} = {}) {
  const dots = scores.map((s, i) => ({name: names[i], x: s[0], y: s[1]}));
  const reach = Math.max(...dots.flatMap((d) => [Math.abs(d.x), Math.abs(d.y)]));
  const longest = Math.max(...features.map((_, j) => Math.hypot(components[0][j], components[1][j])));
  const stretch = (0.9 * reach) / longest;
  const arrows = features.map((f, j) => ({feature: f, a: components[0][j], b: components[1][j], x: components[0][j] * stretch, y: components[1][j] * stretch}));
  const extent = reach * 1.2;
  const frame = equalFrame({width, height: slideHeight(Math.min(width, 460)), xDomain: [-extent, extent], yDomain: [-extent, extent]});
  const fs = chartScale();
  // Label the arrows first (they matter most here), then the dishes around them.
  const labels = [...arrows.map((d) => ({...d, x: d.x * 1.1, y: d.y * 1.1, label: d.feature, arrow: true})), ...dots.map((d) => ({...d, label: d.name, arrow: false}))];
  return Plot.plot({
    ...plotFrame(frame),
    x: {label: `PC1 (${pct(ratio[0])})`, domain: frame.xDomain, grid: true, labelArrow: "none"},
    y: {label: `PC2 (${pct(ratio[1])})`, domain: frame.yDomain, grid: true, labelArrow: "none"},
    ariaLabel: `Biplot: feature arrows ${arrows.map((d) => `${d.feature} (${fixed(d.a)}, ${fixed(d.b)})`).join(", ")}; arrows stretched ×${stretch.toFixed(1)} to the scale of the scores. Dishes: ${dots.map((d) => `${d.name} (${fixed(d.x)}, ${fixed(d.y)})`).join(", ")}.`,
    marks: [
      Plot.ruleX([0], {strokeOpacity: 0.3}),
      Plot.ruleY([0], {strokeOpacity: 0.3}),
      Plot.dot(dots, {x: "x", y: "y", r: 3.5, fill: "currentColor", fillOpacity: 0.45, title: (d) => `${d.name}: PC1 ${fixed(d.x)}, PC2 ${fixed(d.y)}`}),

      Plot.arrow(arrows, {x1: 0, y1: 0, x2: "x", y2: "y", stroke: "#D55E00", strokeWidth: 1.6, headLength: 7 * fs, title: (d) => `${d.feature}: loading ${fixed(d.a)} on PC1, ${fixed(d.b)} on PC2`}),
      labelMarks(labels, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.label, frame, fontSize: 10.5 * fs, variant: (d) => (d.arrow ? "arrow" : "dish"), variants: {arrow: {fill: "#D55E00", fontWeight: "bold"}, dish: {fill: "currentColor", fillOpacity: 0.75}}})
    ]
  });
}
