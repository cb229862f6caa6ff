// The dendrogram beside the points, on a canvas (a tree of 2,000 leaves is too many SVG elements):
// merges below the cut take their cluster's colour, the cut is a dashed line, and during the merge
// replay the merges not yet made are faint and the latest is marked.
import {scaleLinear} from "npm:d3";
import {dendrogramLayout} from "../../lib/index.js";
import {colourOf, hiDpiCanvas} from "./layers.js";

/** The height at which the tree is cut into k clusters (halfway between the merges on either side). */
export function cutHeightFor(merges, k) {
  const m = merges.length;
  if (k <= 1) return merges[m - 1][2] * 1.02;
  const below = m - k >= 0 ? merges[m - k][2] : 0;
  const above = merges[m - k + 1]?.[2] ?? below;
  return (below + above) / 2;
}

/**
 * dendrogramChart({merges, labels, cutHeight, replay, width}) → a canvas. `labels` colour the
 * merges below the cut; `replay` (merges made so far, or null) fades the rest.
 */
export function dendrogramChart({merges, labels, cutHeight, replay = null, width, height = 300}) {
  const {canvas, ctx} = hiDpiCanvas(width, height);
  canvas.setAttribute("role", "img");
  const n = merges.length + 1;
  const {links, nodes} = dendrogramLayout(merges);
  const top = merges[merges.length - 1][2] || 1;
  const x = scaleLinear([-0.5, n - 0.5], [40, width - 6]);
  const y = scaleLinear([0, top * 1.05], [height - 20, 8]);
  const leafOf = new Int32Array(2 * n - 1);
  for (let i = 0; i < n; ++i) leafOf[i] = i;
  merges.forEach(([a], r) => (leafOf[n + r] = leafOf[a]));
  // Group segments by colour into one path each.
  const paths = new Map();
  for (const link of links) {
    const row = link.node - n;
    const made = replay === null || row < replay;
    const below = merges[row][2] <= cutHeight;
    const colour = !made ? "#ccc" : below && labels ? colourOf(labels[leafOf[link.node]]) : "#555";
    const key = `${colour}|${made ? 1 : 0}`;
    if (!paths.has(key)) paths.set(key, []);
    paths.get(key).push(link);
  }
  for (const [key, segs] of paths) {
    const [colour, made] = key.split("|");
    ctx.beginPath();
    for (const s of segs) {
      ctx.moveTo(x(s.x1), y(s.y1));
      ctx.lineTo(x(s.x2), y(s.y2));
    }
    ctx.strokeStyle = colour;
    ctx.globalAlpha = made === "1" ? 1 : 0.6;
    ctx.lineWidth = n > 400 ? 0.6 : 1;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (replay !== null && replay > 0) {
    const node = nodes[replay - 1];
    ctx.beginPath();
    ctx.arc(x(node.x), y(node.y), 5, 0, 2 * Math.PI);
    ctx.strokeStyle = "#D55E00";
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(40, y(cutHeight));
  ctx.lineTo(width - 6, y(cutHeight));
  ctx.strokeStyle = "#D55E00";
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = "#666";
  ctx.font = "11px system-ui, sans-serif";
  ctx.textAlign = "right";
  for (const t of y.ticks(5)) ctx.fillText(String(+t.toPrecision(3)), 36, y(t) + 4);
  ctx.textAlign = "start";
  ctx.fillText(`${n.toLocaleString("en-US")} leaves (points), in tree order`, 44, height - 5);
  /** The merge height at a pixel row of the canvas (for a click that moves the cut). */
  canvas.heightAt = (py) => Math.max(0, Math.min(top, y.invert(py)));
  canvas.top = top;
  const clusters = labels ? new Set(labels).size : 0;
  canvas.setAttribute("aria-label", `Dendrogram of ${n} points: ${n - 1} merges, the last at height ${+top.toPrecision(3)}. ` +
    `The dashed cut at height ${+cutHeight.toPrecision(3)} gives ${clusters} cluster${clusters === 1 ? "" : "s"}` +
    (replay === null ? "." : `; replay: ${replay} of ${n - 1} merges made${replay > 0 ? `, the latest at height ${+merges[replay - 1][2].toPrecision(3)}` : ""}.`));
  return canvas;
}
