// The data chart: a canvas with equal axes (so a circle of radius eps is a circle), drawn by the
// page's `draw(ctx, sx, sy)` and painted on with the pointer or the keyboard. The canvas is an
// image with a text alternative; its focusable frame takes the keys (arrows move a cursor, Space
// or Enter adds points under the brush, Delete, Backspace or X removes them).
import {scaleLinear} from "npm:d3";

/**
 * dataChart({box, width, onStroke, onKey, describe}) → {node, redraw(draw), resize(width, box), scales, cursor}.
 * `onStroke({x, y, phase})` gets data coordinates for "start" | "move" | "end" of a pointer stroke;
 * `onKey({kind: "add" | "erase" | "move", x, y})` the keyboard's actions at the cursor.
 */
export function dataChart({box, width, onStroke, onKey, label = "The data"}) {
  const node = document.createElement("div");
  node.className = "pk-pg-chart";
  node.tabIndex = 0;
  node.setAttribute("role", "application");
  node.setAttribute("aria-roledescription", "drawing area");
  node.setAttribute("aria-label", `${label}. Arrow keys move the cursor (Shift: further), Space or Enter adds points under the brush, Delete or X removes them.`);
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  const status = document.createElement("p");
  status.className = "pk-pg-cursor-status";
  status.setAttribute("aria-live", "polite");
  node.append(canvas, status);
  const ctx = canvas.getContext("2d");
  const chart = {node, canvas, ctx, sx: null, sy: null, side: 0, box, cursor: null, hover: null, lastDraw: null};
  const margin = 28;

  chart.resize = (w, b = chart.box) => {
    chart.box = b;
    const side = Math.max(240, Math.min(w, 560));
    const ratio = window.devicePixelRatio || 1;
    chart.side = side;
    canvas.width = Math.round(side * ratio);
    canvas.height = Math.round(side * ratio);
    canvas.style.width = `${side}px`;
    canvas.style.height = `${side}px`;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    chart.sx = scaleLinear([b[0], b[1]], [margin, side - 8]);
    chart.sy = scaleLinear([b[2], b[3]], [side - margin, 8]);
    if (chart.lastDraw) chart.redraw(chart.lastDraw);
  };

  chart.redraw = (draw) => {
    chart.lastDraw = draw;
    const {side, sx, sy} = chart;
    ctx.clearRect(0, 0, side, side);
    ctx.fillStyle = getComputedStyle(node).getPropertyValue("--theme-background") || "white";
    ctx.fillRect(0, 0, side, side);
    ctx.save();
    ctx.beginPath();
    ctx.rect(margin, 8, side - margin - 8, side - margin - 8);
    ctx.clip();
    draw(ctx, sx, sy);
    ctx.restore();
    axes(ctx, sx, sy, side, margin);
  };

  // The canvas' position is read once per stroke: reading it on every move would force a layout
  // after each redraw of the text around the chart.
  let rect = null;
  const toData = (event) => {
    if (!stroking || !rect) rect = canvas.getBoundingClientRect();
    return {x: chart.sx.invert(event.clientX - rect.left), y: chart.sy.invert(event.clientY - rect.top), px: event.clientX - rect.left, py: event.clientY - rect.top};
  };
  let stroking = false;
  canvas.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    canvas.setPointerCapture?.(event.pointerId);
    rect = canvas.getBoundingClientRect();
    stroking = true;
    onStroke({...toData(event), phase: "start"});
  });
  canvas.addEventListener("pointermove", (event) => {
    chart.hover = toData(event);
    if (stroking) onStroke({...chart.hover, phase: "move"});
    else if (chart.lastDraw) chart.redraw(chart.lastDraw);
  });
  const end = (event) => {
    if (!stroking) return;
    stroking = false;
    onStroke({...toData(event), phase: "end"});
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  canvas.addEventListener("pointerleave", () => {
    chart.hover = null;
    if (chart.lastDraw && !stroking) chart.redraw(chart.lastDraw);
  });

  node.addEventListener("keydown", (event) => {
    const [x0, x1, y0, y1] = chart.box;
    if (!chart.cursor) chart.cursor = {x: (x0 + x1) / 2, y: (y0 + y1) / 2};
    const step = ((event.shiftKey ? 0.1 : 0.02) * (x1 - x0));
    const moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step]};
    if (moves[event.key]) {
      const [dx, dy] = moves[event.key];
      chart.cursor = {x: Math.max(x0, Math.min(x1, chart.cursor.x + dx)), y: Math.max(y0, Math.min(y1, chart.cursor.y + dy))};
      onKey({kind: "move", ...chart.cursor});
    } else if (event.key === " " || event.key === "Enter") onKey({kind: "add", ...chart.cursor});
    else if (event.key === "Delete" || event.key === "Backspace" || event.key === "x" || event.key === "X") onKey({kind: "erase", ...chart.cursor});
    else return;
    event.preventDefault();
  });
  node.addEventListener("focus", () => {
    if (!chart.cursor) {
      const [x0, x1, y0, y1] = chart.box;
      chart.cursor = {x: (x0 + x1) / 2, y: (y0 + y1) / 2};
    }
    onKey({kind: "move", ...chart.cursor});
  });
  node.addEventListener("blur", () => chart.lastDraw && chart.redraw(chart.lastDraw));

  /** Sets the text alternative of the picture and the words under it. */
  chart.describe = (text) => canvas.setAttribute("aria-label", text);
  chart.say = (text) => (status.textContent = text);
  chart.resize(width, box);
  return chart;
}

function axes(ctx, sx, sy, side, margin) {
  ctx.strokeStyle = "#999";
  ctx.lineWidth = 1;
  ctx.strokeRect(margin, 8, side - margin - 8, side - margin - 8);
  ctx.fillStyle = "#666";
  ctx.font = "11px system-ui, sans-serif";
  ctx.textAlign = "center";
  for (const t of sx.ticks(6)) ctx.fillText(String(+t.toPrecision(4)), sx(t), side - margin + 14);
  ctx.textAlign = "right";
  for (const t of sy.ticks(6)) ctx.fillText(String(+t.toPrecision(4)), margin - 4, sy(t) + 4);
  ctx.textAlign = "start";
}
