import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";
import {fixed} from "./format.js";

/**
 * One dish's flavour profile as recorded (bars) and as rebuilt from the kept components (diamonds):
 * the gap between them is what dropping the other components costs this dish.
 */
export function reconstructionChart({name, features, original, rebuilt}, {width} = {}) {
  const rows = features.map((f, j) => ({feature: f, original: original[j], rebuilt: rebuilt[j]}));
  const lo = Math.min(0, ...rows.map((d) => d.rebuilt));
  const hi = Math.max(10, ...rows.map((d) => d.rebuilt));
  return slidePlot({
    width,
    height: 260,
    marginLeft: 44,
    marginBottom: 54,
    x: {domain: features, label: null, tickRotate: -30},
    y: {domain: [lo, hi], label: "Score (0–10)", grid: true},
    ariaLabel: `${name}, recorded against rebuilt: ${rows.map((d) => `${d.feature} ${fixed(d.original, 0)} → ${fixed(d.rebuilt, 1)}`).join(", ")}.`,
    marks: [
      Plot.barY(rows, {x: "feature", y: "original", fill: "var(--theme-foreground-focus)", fillOpacity: 0.35, title: (d) => `${d.feature}: recorded ${d.original}`}),
      Plot.ruleY([0]),
      Plot.link(rows, {x: "feature", y1: "original", y2: "rebuilt", stroke: "#D55E00", strokeWidth: 1.5}),
      Plot.dot(rows, {x: "feature", y: "rebuilt", symbol: "diamond", r: 5, fill: "#D55E00", title: (d) => `${d.feature}: rebuilt ${fixed(d.rebuilt, 2)}`})
    ]
  });
}
