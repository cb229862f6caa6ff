import * as Plot from "npm:@observablehq/plot";
import {slidePlot} from "../page/slidePlot.js";
import {pct} from "./format.js";

/**
 * Scree plot: each component's share of the variance as a bar (kept ones solid, dropped ones
 * faint), the running total as a line with dots, and the 90% target as a dashed rule.
 */
export function screeChart(ratios, {width, kept = ratios.length, target = 0.9} = {}) {
  let total = 0;
  const rows = ratios.map((r, i) => ({pc: `PC${i + 1}`, i, ratio: r, cumulative: (total += r), kept: i < kept}));
  const reach = rows.find((d) => d.cumulative >= target - 1e-12);
  return slidePlot({
    width,
    height: 280,
    marginLeft: 44,
    x: {domain: rows.map((d) => d.pc), label: null, padding: 0.2},
    y: {domain: [0, 1], label: "Share of variance", tickFormat: "%", grid: true},
    ariaLabel: `Scree plot: ${rows.map((d) => `${d.pc} ${pct(d.ratio)} (running total ${pct(d.cumulative)})`).join(", ")}. ` +
      `${kept} kept, together ${pct(rows[kept - 1].cumulative)}. ` +
      (reach ? `The 90% line is first reached at ${reach.pc}.` : "The 90% line is not reached."),
    marks: [
      Plot.barY(rows, {x: "pc", y: "ratio", fill: "var(--theme-foreground-focus)", fillOpacity: (d) => (d.kept ? 0.85 : 0.2), stroke: "var(--theme-foreground-focus)", title: (d) => `${d.pc}: ${pct(d.ratio)}${d.kept ? " (kept)" : ""}`}),
      Plot.ruleY([target], {stroke: "currentColor", strokeDasharray: "4,3"}),
      Plot.text([target], {x: rows[rows.length - 1].pc, y: target, text: () => `${pct(target, 0)} target`, dy: -7, textAnchor: "end", frameAnchor: "right", fill: "currentColor", fontSize: 11}),
      Plot.line(rows, {x: "pc", y: "cumulative", stroke: "currentColor", strokeWidth: 1.5}),
      Plot.dot(rows, {x: "pc", y: "cumulative", fill: (d) => (d.kept ? "currentColor" : "var(--theme-background)"), stroke: "currentColor", r: 3.5, title: (d) => `${d.pc}: running total ${pct(d.cumulative)}`}),
      Plot.text(rows.filter((d) => d.kept && d.ratio >= 0.1), {x: "pc", y: "ratio", text: (d) => pct(d.ratio, 0), dy: 10, fontSize: 10, fill: "white"}),
      Plot.text(rows.filter((d) => d.kept && d.ratio < 0.1), {x: "pc", y: "ratio", text: (d) => pct(d.ratio, 0), dy: -8, fontSize: 10, fill: "currentColor"}),
      Plot.text(rows.filter((d) => d.kept && d.i > 0), {x: "pc", y: "cumulative", text: (d) => pct(d.cumulative, 0), dy: -10, dx: -4, textAnchor: "end", fontSize: 10, fill: "currentColor"}),
      Plot.ruleY([0])
    ]
  });
}
