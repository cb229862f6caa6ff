// Compare: every algorithm (with the parameters set above) on every shape, as small multiples like
// scikit-learn's clustering comparison, each with its time and adjusted Rand. A panel is a button:
// clicking it opens that shape and algorithm in the playground.
import {scaleLinear} from "npm:d3";
import * as Inputs from "npm:@observablehq/inputs";
import {algorithmById, algorithms} from "./algorithms.js";
import {engine} from "./engine.js";
import {drawPcaAxes, drawPoints, hiDpiCanvas} from "./layers.js";

// Two decimals, without a minus sign on a value that rounds to zero.
const fixed2 = (v) => (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);

function panelCanvas({X, y}, panel, side) {
  const {canvas, ctx} = hiDpiCanvas(side);
  let lo = Infinity, hi = -Infinity;
  for (const [a, b] of X) {
    lo = Math.min(lo, a, b);
    hi = Math.max(hi, a, b);
  }
  const pad = (hi - lo) * 0.05;
  const sx = scaleLinear([lo - pad, hi + pad], [2, side - 2]);
  const sy = scaleLinear([lo - pad, hi + pad], [side - 2, 2]);
  drawPoints(ctx, sx, sy, X, {labels: panel.labels ?? y, r: side < 110 ? 1.3 : 1.8});
  if (panel.components) drawPcaAxes(ctx, sx, sy, panel, {labels: false}); // the caption gives PC1's share
  return canvas;
}

/** compareGrid({getParams, onOpen, width}) (width: pixels, or a function giving them when the grid is drawn) → node with a Run button, the points-per-shape choice and the grid. */
export function compareGrid({getParams, onOpen, width}) {
  const node = document.createElement("div");
  node.className = "pk-pg-compare";
  const n = Inputs.range([50, 1000], {label: "Points per shape", step: 50, value: 300});
  const run = document.createElement("button");
  run.type = "button";
  run.textContent = "Run the comparison";
  const status = document.createElement("p");
  status.className = "pk-pg-compare-status";
  status.setAttribute("aria-live", "polite");
  const grid = document.createElement("div");
  grid.className = "pk-pg-compare-grid";
  node.append(n, run, status, grid);
  let eng = null;
  run.addEventListener("click", async () => {
    eng ??= engine();
    const count = n.value;
    run.disabled = true;
    status.textContent = `Running ${algorithms.length} algorithms on 13 shapes of ${count} points in a worker…`;
    const started = performance.now();
    try {
      const {shapes, panels} = await eng.request("compare", {n: count, seed: 0, params: structuredClone(getParams())});
      draw(shapes, panels, count);
      const fits = panels.filter((p) => !p.error);
      const manual = getParams().kmeans?.init === "manual" ? " k-means starts from k-means++ here, since there is nowhere to click." : "";
      status.textContent = `${fits.length} fits in ${((performance.now() - started) / 1000).toFixed(1)} s. Each shape was standardized first (as in scikit-learn's comparison), so eps is in standard deviations here.${manual} Click a panel to open it large.`;
    } catch (error) {
      if (!error.stale) status.textContent = `The comparison failed: ${error.message}`;
    } finally {
      run.disabled = false;
    }
  });
  function draw(shapes, panels, count) {
    const columns = algorithms.length;
    // The grid's own width (read once per run), so the panels fit inside the card.
    const w = grid.clientWidth || (typeof width === "function" ? width() : width);
    const narrow = w < 600;
    const label = narrow ? 52 : 100;
    const side = Math.max(48, Math.min(150, Math.floor((w - label - 6 * columns) / columns)));
    grid.style.gridTemplateColumns = `${label}px repeat(${columns}, ${side}px)`;
    const head = [document.createElement("span"), ...algorithms.map((a) => Object.assign(document.createElement("strong"), {textContent: a.label, className: "pk-pg-compare-head"}))];
    const cells = [...head];
    for (const shape of shapes) {
      cells.push(Object.assign(document.createElement("strong"), {textContent: shape.label, className: "pk-pg-compare-shape"}));
      for (const algorithm of algorithms) {
        const panel = panels.find((p) => p.shape === shape.name && p.algorithm === algorithm.id);
        const b = document.createElement("button");
        b.type = "button";
        b.className = "pk-pg-panel";
        b.dataset.shape = shape.name;
        b.dataset.algorithm = algorithm.id;
        const caption = document.createElement("span");
        caption.className = "pk-pg-panel-caption";
        const name = algorithmById.get(algorithm.id).label;
        if (panel.error) {
          caption.textContent = "failed";
          b.setAttribute("aria-label", `${name} on ${shape.label} failed: ${panel.error}`);
        } else {
          const ari = panel.scores ? `ARI ${fixed2(panel.scores.ari)}` : `PC1 ${(100 * panel.ratio[0]).toFixed(0)}%`;
          caption.textContent = `${ari} · ${panel.ms < 10 ? panel.ms.toFixed(1) : panel.ms.toFixed(0)} ms`;
          const what = panel.scores ? `${panel.scores.clusters} clusters, adjusted Rand ${fixed2(panel.scores.ari)}` : `PC1 explains ${(100 * panel.ratio[0]).toFixed(0)}% of the variance`;
          b.setAttribute("aria-label", `${name} on ${shape.label} (${count} points): ${what}, ${panel.ms.toFixed(1)} ms. Open it large.`);
          b.append(panelCanvas(shape, panel, side));
        }
        b.append(caption);
        b.addEventListener("click", () => onOpen(shape.name, algorithm.id, count));
        cells.push(b);
      }
    }
    grid.replaceChildren(...cells);
  }
  return node;
}
