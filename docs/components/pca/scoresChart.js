import * as Plot from "npm:@observablehq/plot";
import {fixed, pct} from "./format.js";
import {labelMarks} from "./labels.js";
import {chartScale, equalFrame, slideHeight} from "../page/slidePlot.js";

/**
 * The dishes placed on two principal axes, each dot labelled with its name. With one kept
 * component the dishes sit on a line (y = 0). Each dot's title reads "name: PC1 x, PC2 y".
 */
export function scoresChart({scores, names, ratio}, {width, x = 0, y = 1, height} = {}) {
  const two = scores[0].length > y;
  const rows = scores.map((s, i) => ({name: names[i], x: s[x], y: two ? s[y] : 0}));
  const xl = `PC${x + 1} (${pct(ratio[x])} of the variance)`;
  const yl = two ? `PC${y + 1} (${pct(ratio[y])})` : null;
  const title = (d) => `${d.name}: PC${x + 1} ${fixed(d.x)}${two ? `, PC${y + 1} ${fixed(d.y)}` : ""}`;
  const extent = Math.max(...rows.flatMap((d) => [Math.abs(d.x), Math.abs(d.y)])) * 1.15 || 1;
  const fs = chartScale();
  const h = height ?? (two ? slideHeight(Math.min(width, 440)) : 160 * fs);
  const frame = equalFrame({width, height: h, xDomain: [-extent, extent], yDomain: [-extent, extent]});
  return Plot.plot({
    width,
    height: h,
    marginLeft: frame.marginLeft,
    marginRight: frame.marginRight,
    marginTop: frame.marginTop,
    marginBottom: frame.marginBottom,
    style: frame.style,
    x: {label: xl, domain: two ? frame.xDomain : [-extent, extent], grid: true, labelArrow: "none"},
    y: {label: yl, domain: two ? frame.yDomain : [-1, 1], grid: two, axis: two ? "left" : null, labelArrow: "none"},
    ariaLabel: `Scores scatter: ${rows.map(title).join("; ")}.`,
    marks: [
      Plot.ruleX([0], {strokeOpacity: 0.3}),
      Plot.ruleY([0], {strokeOpacity: 0.3}),
      Plot.dot(rows, {x: "x", y: "y", r: 5 * fs, fill: "var(--theme-foreground-focus)", stroke: "var(--theme-background)", title, className: "pk-score"}),
      two
        ? labelMarks(rows, {x: (d) => d.x, y: (d) => d.y, text: (d) => d.name, frame, fontSize: 11 * fs, fill: "currentColor"})
        : Plot.text(rows, {x: "x", y: "y", text: "name", dy: -12 * fs, fontSize: 11 * fs, rotate: -30, textAnchor: "start", lineAnchor: "bottom", fill: "currentColor"})
    ]
  });
}
