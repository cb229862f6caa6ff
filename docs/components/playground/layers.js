// Canvas drawing for the playground: the points (colour and shape by cluster, so clusters differ by
// more than colour), k-means' Voronoi regions and centres, DBSCAN's eps circles, PCA's axes and
// the brush. Each function draws in pixels through the scales sx, sy (data → pixels).
import {Delaunay} from "npm:d3";
import {clusterColors, noiseColor} from "../palette.js";

/** A canvas of width × height CSS pixels drawn at the screen's pixel ratio: {canvas, ctx}. */
export function hiDpiCanvas(width, height = width) {
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return {canvas, ctx};
}

export const colourOf = (label) => (label < 0 ? noiseColor : clusterColors[label % clusterColors.length]);
const SYMBOLS = ["circle", "square", "triangle", "diamond", "circle", "square", "triangle", "diamond"];
export const symbolOf = (label) => (label < 0 ? "cross" : SYMBOLS[label % SYMBOLS.length]);

function pathFor(ctx, symbol, x, y, r) {
  switch (symbol) {
    case "square":
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case "triangle":
      ctx.moveTo(x, y - r * 1.15);
      ctx.lineTo(x + r, y + r * 0.75);
      ctx.lineTo(x - r, y + r * 0.75);
      ctx.closePath();
      break;
    case "diamond":
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      break;
    case "cross":
      ctx.moveTo(x - r, y - r);
      ctx.lineTo(x + r, y + r);
      ctx.moveTo(x + r, y - r);
      ctx.lineTo(x - r, y + r);
      break;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/**
 * Points grouped by (label, filled) so each group is one path: fast at 2,000 points. `labels[i]`
 * picks colour and shape (−1: a grey cross, null: unlabelled, dark grey); `hollow[i]` draws an
 * outline only (DBSCAN's border points).
 */
export function drawPoints(ctx, sx, sy, X, {labels = null, hollow = null, r = 3.2, dim = null} = {}) {
  const groups = new Map();
  for (let i = 0; i < X.length; ++i) {
    const label = labels ? labels[i] ?? null : null;
    const key = `${label}|${hollow?.[i] ? 1 : 0}|${dim?.[i] ? 1 : 0}`;
    if (!groups.has(key)) groups.set(key, {label, hollow: !!hollow?.[i], dim: !!dim?.[i], items: []});
    groups.get(key).items.push(i);
  }
  for (const {label, hollow: h, dim: d, items} of groups.values()) {
    const colour = label === null ? "#555" : colourOf(label);
    const symbol = label === null ? "circle" : symbolOf(label);
    ctx.beginPath();
    for (const i of items) pathFor(ctx, symbol, sx(X[i][0]), sy(X[i][1]), r);
    ctx.globalAlpha = d ? 0.25 : 1;
    if (symbol === "cross" || h) {
      ctx.lineWidth = 1.4;
      ctx.strokeStyle = colour;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

/** The Voronoi regions of the centres inside the box, tinted by cluster: where each centre wins. */
export function drawVoronoi(ctx, sx, sy, centres, box) {
  if (centres.length === 0) return;
  const pts = centres.map(([a, b]) => [sx(a), sy(b)]);
  const [x0, x1, y0, y1] = [sx(box[0]), sx(box[1]), sy(box[3]), sy(box[2])];
  if (pts.length === 1) {
    ctx.fillStyle = colourOf(0);
    ctx.globalAlpha = 0.1;
    ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
    ctx.globalAlpha = 1;
    return;
  }
  const voronoi = Delaunay.from(pts).voronoi([x0, y0, x1, y1]);
  pts.forEach((_, i) => {
    ctx.beginPath();
    voronoi.renderCell(i, ctx);
    ctx.globalAlpha = 0.12;
    ctx.fillStyle = colourOf(i);
    ctx.fill();
    ctx.globalAlpha = 0.7;
    ctx.strokeStyle = "#777";
    ctx.lineWidth = 1;
    ctx.stroke();
  });
  ctx.globalAlpha = 1;
}

/** k-means centres: a large ringed × in the cluster's colour; `ghost` centres (before an update) dashed. */
export function drawCentres(ctx, sx, sy, centres, {ghost = false} = {}) {
  centres.forEach(([a, b], i) => {
    const x = sx(a), y = sy(b);
    ctx.beginPath();
    ctx.arc(x, y, 9, 0, 2 * Math.PI);
    ctx.fillStyle = "white";
    ctx.globalAlpha = ghost ? 0.5 : 0.9;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(ghost ? [3, 3] : []);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = colourOf(i);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x - 5, y - 5);
    ctx.lineTo(x + 5, y + 5);
    ctx.moveTo(x + 5, y - 5);
    ctx.lineTo(x - 5, y + 5);
    ctx.strokeStyle = "#222";
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.setLineDash([]);
  });
}

/** A circle of radius eps (in data units, so the axes must be equal) around every point, faint, core points' a little stronger. */
export function drawEpsCircles(ctx, sx, sy, X, eps, core) {
  const r = Math.abs(sx(eps) - sx(0));
  for (const wanted of [false, true]) {
    ctx.beginPath();
    for (let i = 0; i < X.length; ++i) {
      if (!!core?.[i] !== wanted) continue;
      const x = sx(X[i][0]), y = sy(X[i][1]);
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.globalAlpha = wanted ? 0.07 : 0.035;
    ctx.fillStyle = "#D55E00";
    ctx.fill();
    ctx.globalAlpha = wanted ? 0.18 : 0.1;
    ctx.strokeStyle = "#D55E00";
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** PCA's axes through the mean, each ±2 standard deviations long, labelled (unless `labels` is false) with its share of variance. */
export function drawPcaAxes(ctx, sx, sy, {components, explainedVariance, ratio, mean, scale}, {labels = true} = {}) {
  const colours = ["#D55E00", "#0072B2"];
  components.forEach((v, i) => {
    const half = 2 * Math.sqrt(explainedVariance[i]);
    const dx = half * v[0] * scale[0], dy = half * v[1] * scale[1];
    const [ax, ay, bx, by] = [sx(mean[0] - dx), sy(mean[1] - dy), sx(mean[0] + dx), sy(mean[1] + dy)];
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.strokeStyle = colours[i];
    ctx.lineWidth = i === 0 ? 3.5 : 2.5;
    ctx.stroke();
    if (!labels) return;
    ctx.font = "bold 13px system-ui, sans-serif";
    ctx.fillStyle = colours[i];
    // The label at the axis' end, kept inside the canvas.
    const text = `PC${i + 1} · ${(100 * ratio[i]).toFixed(1)}%`;
    const ratioPx = window.devicePixelRatio || 1;
    const w = ctx.canvas.width / ratioPx, h = ctx.canvas.height / ratioPx;
    const tx = Math.max(30, Math.min(bx + 6, w - ctx.measureText(text).width - 12));
    const ty = Math.max(20, Math.min(by - 4, h - 36));
    ctx.fillText(text, tx, ty);
  });
}

/** The brush: its spread as a dashed circle and a cross-hair at its centre (the keyboard cursor too). */
export function drawBrush(ctx, x, y, radius, {erase = false} = {}) {
  ctx.beginPath();
  ctx.arc(x, y, Math.max(radius, 4), 0, 2 * Math.PI);
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = erase ? "#b00020" : "#333";
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x - 6, y);
  ctx.lineTo(x + 6, y);
  ctx.moveTo(x, y - 6);
  ctx.lineTo(x, y + 6);
  ctx.stroke();
}
