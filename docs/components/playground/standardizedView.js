// PCA after standardizing, in the space where it ran: each column rescaled to mean 0 and variance 1.
// Drawn back in the data's units the two axes can fold onto each other; here they are at right angles.
import {scaleLinear} from "npm:d3";
import {drawPcaAxes, drawPoints, hiDpiCanvas} from "./layers.js";

/** [caption, canvas] showing the standardized points (coloured by true group) and PCA's axes among them. */
export function standardizedView(X, y, {components, explainedVariance, ratio, mean, scale}, side) {
  const Z = X.map(([a, b]) => [(a - mean[0]) / scale[0], (b - mean[1]) / scale[1]]);
  let lim = 0;
  for (const [a, b] of Z) lim = Math.max(lim, Math.abs(a), Math.abs(b));
  lim = lim * 1.08 || 1;
  const {canvas, ctx} = hiDpiCanvas(side);
  const sx = scaleLinear([-lim, lim], [4, side - 4]);
  const sy = scaleLinear([-lim, lim], [side - 4, 4]);
  ctx.strokeStyle = "#999";
  ctx.strokeRect(0.5, 0.5, side - 1, side - 1);
  drawPoints(ctx, sx, sy, Z, {labels: y, r: 2});
  drawPcaAxes(ctx, sx, sy, {components, explainedVariance, ratio, mean: [0, 0], scale: [1, 1]});
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", `The ${Z.length} points standardized (each column with mean 0 and variance 1, from −${lim.toFixed(1)} to ${lim.toFixed(1)} on both axes), with PCA's two axes at right angles: PC1 along (${components[0].map((v) => v.toFixed(2)).join(", ")}), ${(100 * ratio[0]).toFixed(1)}% of the variance.`);
  const caption = document.createElement("p");
  caption.className = "pk-pg-note";
  caption.textContent = "Where PCA ran: the standardized points, each column divided by its own spread. In these units the axes are at right angles; on the chart, in your units, they are squeezed back.";
  return [caption, canvas];
}
