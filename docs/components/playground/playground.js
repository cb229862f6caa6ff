// The playground: the points (a shape or a painting), one algorithm with its parameters and its
// picture, the scores and the sentence. The worker computes; this file keeps the state, draws and
// writes the URL. `playground({width})` returns the node; `node.open(shape, algorithm)` is for Compare.
import * as Inputs from "npm:@observablehq/inputs";
import {SHAPES} from "../../lib/index.js";
import {algorithmById, algorithms} from "./algorithms.js";
import {MAX_POINTS, boxAround, fromCsv, toCsv} from "./codec.js";
import {dataChart} from "./dataChart.js";
import {dataControls} from "./dataControls.js";
import {engine} from "./engine.js";
import {frameCount} from "./kmeansSteps.js";
import {drawBrush} from "./layers.js";
import {paramControls} from "./paramControls.js";
import {sidePanels} from "./sidePanels.js";
import {pointStore, remap} from "./store.js";
import {readUrl, shapeData, writeUrl} from "./urlState.js";
import {viewFor} from "./views.js";

const el = (tag, className) => Object.assign(document.createElement(tag), {className});
const letter = (g) => String.fromCharCode(65 + g);

export function playground({width = 640} = {}) {
  const init = readUrl();
  const store = pointStore(init.data);
  const state = {
    algorithm: init.algorithm, params: init.params, placed: init.placed, colourBy: init.colourBy,
    tool: "paint", dab: 5, spread: 20, group: 0, result: null, error: init.notes.join(" "), frame: 0,
    replay: null, replayMax: null, scan: null, width, inputAt: null, lastDab: null, dragging: -1
  };
  const eng = engine();
  const root = el("div", "pk-pg");
  const params = () => state.params[state.algorithm];
  const src = store.source;

  const controls = dataControls({...(src ?? {shape: "moons", n: 300, noise: 0.06, seed: 0}), tool: state.tool, dab: state.dab, spread: state.spread, group: state.group, colourBy: state.colourBy}, {
    onShape(values) {
      store.checkpoint();
      const data = shapeData(values);
      store.replace(data.X, data.y, data.box, data.source);
      state.placed = [];
      edited(null, true);
    },
    onOption(key, value) {
      state[key] = value;
      if (key === "colourBy") writeUrl(urlState(), {now: true});
      render();
    },
    onUndo() {
      if (store.back()) edited(null, true);
    },
    onClear() {
      store.checkpoint();
      store.replace([], [], store.box, null);
      edited(null, true);
    },
    onExport() {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([toCsv(store.X, store.y)], {type: "text/csv"}));
      a.download = "playground-points.csv";
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    },
    onImport(text, name) {
      try {
        const {X, y} = fromCsv(text);
        store.checkpoint();
        store.replace(X, y, boxAround(X), null);
        state.error = "";
        edited(null, true);
      } catch (error) {
        state.error = `${name} was not loaded, and your points are unchanged: ${error.message}.`;
        render();
      }
    }
  });

  const algoPicker = Inputs.radio(algorithms.map((a) => a.id), {label: "Algorithm", value: state.algorithm, format: (id) => algorithmById.get(id).label});
  const paramBox = el("div", "pk-pg-param-box");
  const showParams = () => paramBox.replaceChildren(paramControls(algorithmById.get(state.algorithm), params(), (key, value) => {
    params()[key] = value;
    if (key === "init" || key === "k") state.placed = state.placed.slice(0, params().k ?? 0);
    changed();
  }));
  algoPicker.addEventListener("input", () => {
    state.algorithm = algoPicker.value;
    state.result = null; // another algorithm's result means nothing to this one's picture
    showParams();
    changed();
  });
  showParams();

  const chart = dataChart({box: store.box, width: Math.min(width, 560), label: "The data chart", onStroke: stroke, onKey: key});
  const side = sidePanels({
    onFrame: (f) => ((state.frame = f), render()),
    onMergeReplay: (m) => ((state.replay = m >= (state.result?.merges?.length ?? 0) ? null : m), render()),
    onScanReplay: () => {
      eng.request("replay", {X: store.flat(), eps: params().eps, minSamples: params().ms}).then((r) => {
        state.scan = {steps: r.steps, index: 0, minSamples: params().ms};
        render();
      }, (e) => !e.stale && ((state.error = e.message), render()));
    },
    onCut: (share) => {
      const p = params();
      p.cut = "height";
      p.height = Math.max(0.01, Math.min(1, Math.round(share * 100) / 100));
      paramBox.firstChild.set("cut", "height");
      paramBox.firstChild.set("height", p.height);
      changed();
    },
    onScanStep: (i) => {
      if (state.scan) {
        state.scan.index = i;
        state.scan.step = i ? state.scan.steps[i - 1] : null;
      }
      render();
    }
  });
  const stage = el("div", "pk-pg-stage");
  stage.append(chart.node, side);
  const hint = el("p", "pk-pg-hint");
  const count = el("p", "pk-pg-count");
  const scores = el("p", "pk-pg-scores");
  const verdict = el("p", "pk-pg-verdict");
  verdict.setAttribute("aria-live", "polite");
  const error = el("p", "pk-pg-error");
  error.setAttribute("role", "status");
  const algoBox = el("div", "pk-pg-algos");
  algoBox.append(algoPicker, paramBox);
  root.append(controls, algoBox, hint, stage, count, scores, verdict, error);

  function urlState() {
    return {store, algorithm: state.algorithm, params: state.params, placed: state.placed, colourBy: state.colourBy};
  }

  // Data coordinates of a length in pixels.
  const dataLength = (px) => Math.abs(chart.sx.invert(px) - chart.sx.invert(0));

  function stroke({x, y, px, py, phase}) {
    const manual = state.algorithm === "kmeans" && params().init === "manual";
    if (manual) {
      if (phase !== "start") return;
      state.placed = [...state.placed, [x, y]].slice(-params().k);
      state.inputAt = performance.now();
      writeUrl(urlState(), {now: true});
      compute("place");
      render();
      return;
    }
    if (phase === "start") state.inputAt = performance.now();
    if (state.tool === "move") {
      if (phase === "start") {
        state.dragging = store.nearest(x, y, dataLength(12));
        if (state.dragging >= 0) store.checkpoint();
      } else if (state.dragging >= 0) edited(store.move(state.dragging, x, y), phase === "end");
      if (phase === "end") state.dragging = -1;
      return;
    }
    if (phase === "end") return writeUrl(urlState(), {now: true});
    if (phase === "start") store.checkpoint();
    if (state.tool === "erase") return edited(store.erase(x, y, dataLength(Math.max(state.spread, 10))), false);
    if (phase === "move" && state.lastDab && Math.hypot(px - state.lastDab[0], py - state.lastDab[1]) < Math.max(6, state.spread / 2)) return;
    state.lastDab = [px, py];
    if (store.X.length >= MAX_POINTS) {
      state.error = `${MAX_POINTS.toLocaleString("en-US")} points is the playground's limit: erase some to paint more.`;
      return render();
    }
    edited(store.dab(x, y, {count: state.dab, radius: dataLength(state.spread), group: state.group}), false);
  }

  function key({kind, x, y}) {
    const where = `x ${+x.toPrecision(3)}, y ${+y.toPrecision(3)}`;
    if (kind === "add" || kind === "erase") {
      state.inputAt = performance.now();
      store.checkpoint();
      const keep = kind === "add" ? store.dab(x, y, {count: state.dab, radius: dataLength(state.spread), group: state.group}) : store.erase(x, y, dataLength(Math.max(state.spread, 10)));
      edited(keep, true);
    }
    chart.say(`Cursor at ${where}. ${store.X.length.toLocaleString("en-US")} points.`);
    render();
  }

  /** After an edit of the points: carry the result along, redraw now, recompute, and (at the end of an action) write the URL. */
  function edited(keep, final) {
    if (store.box !== chart.box) chart.resize(Math.min(state.width, 560), store.box);
    state.result = keep ? remap(state.result, keep) : null;
    state.scan = null;
    state.replay = null;
    state.inputAt = performance.now(); // latency is measured from the latest input
    render();
    compute("data");
    if (final) writeUrl(urlState(), {now: true});
  }

  function changed() {
    state.inputAt = performance.now();
    state.scan = null;
    state.replay = null;
    writeUrl(urlState());
    compute("params");
    render();
  }

  function compute(reason) {
    const version = store.version;
    const algorithm = state.algorithm;
    const p = {...params(), centres: state.placed};
    const key = JSON.stringify(p);
    if (store.X.length < 2) {
      state.result = null;
      state.error = store.X.length ? "Paint one more point: every algorithm here needs at least two." : "No points yet: click or drag on the chart to paint some, or pick a shape.";
      return render();
    }
    const inputAt = state.inputAt;
    eng.request("run", {algorithm, params: p, X: store.flat(), y: Int32Array.from(store.y)}).then((r) => {
      if (algorithm !== state.algorithm || key !== JSON.stringify({...params(), centres: state.placed})) return;
      if (version !== store.version) {
        // Points were only added since (a stroke in progress): show this answer for the rows it knows.
        if (version < store.rewritten) return;
        const known = r.labels ? r.labels.length : store.X.length;
        state.result = remap(r, store.X.map((_, i) => (i < known ? i : -1)));
        return render();
      }
      state.result = r;
      state.error = "";
      state.frame = r.history ? (reason === "place" ? 0 : frameCount(r.history) - 1) : 0;
      render();
      if (inputAt !== null) performance.measure("pk-pg-update", {start: inputAt, end: performance.now(), detail: {algorithm, n: store.X.length, workerMs: r.ms}});
      state.inputAt = null;
    }, (e) => {
      if (e.stale) return;
      state.result = null;
      state.error = e.message;
      render();
    });
  }

  function render() {
    const t0 = performance.now();
    const view = viewFor(state.algorithm);
    const X = store.X, y = store.y;
    const override = state.colourBy === "groups" && state.algorithm !== "pca" ? y : null;
    const context = {X, y, box: store.box, result: state.result, frame: state.frame, replay: state.replay, scan: state.scan, params: params(), placed: state.placed, override};
    chart.redraw((ctx, sx, sy) => {
      view.draw(ctx, sx, sy, context);
      const focused = document.activeElement === chart.node;
      const at = focused && chart.cursor ? [sx(chart.cursor.x), sy(chart.cursor.y)] : chart.hover && state.tool !== "move" ? [chart.hover.px, chart.hover.py] : null;
      if (at) drawBrush(ctx, at[0], at[1], state.tool === "erase" ? Math.max(state.spread, 10) : state.spread, {erase: state.tool === "erase"});
    });
    // The side panel sits beside the chart when there is room, else below it (no layout read here).
    const room = state.width - chart.side - 16;
    side.update({...state, X: store.X, y: store.y, params: params(), width: room >= 240 ? room : state.width});
    const sizes = [];
    for (const g of y) sizes[g] = (sizes[g] ?? 0) + 1;
    const groups = sizes.map((s, g) => (s ? `${letter(g)} ${s}` : null)).filter(Boolean);
    count.textContent = `${X.length.toLocaleString("en-US")} point${X.length === 1 ? "" : "s"}${groups.length ? ` · true group${groups.length === 1 ? "" : "s"} ${groups.join(", ")}` : ""}${store.source ? ` · ${SHAPES.find((s) => s.name === store.source.shape).label}, seed ${store.source.seed}` : " · painted"}.`;
    chart.describe(`Scatter of ${X.length} points in ${groups.length} true group${groups.length === 1 ? "" : "s"} (${groups.join(", ") || "none"}).${view.describe(context)}`);
    const s = state.result?.scores;
    scores.textContent = s
      ? `Adjusted Rand against the true groups: ${(Math.abs(s.ari) < 0.005 ? 0 : s.ari).toFixed(2)} · silhouette: ${s.silhouette === null ? "— (needs 2 or more clusters)" : s.silhouette.toFixed(2)}${state.algorithm === "dbscan" ? " (noise left out)" : ""} · computed in ${state.result.ms.toFixed(1)} ms in a worker.`
      : state.result?.components ? `PCA computed in ${state.result.ms.toFixed(1)} ms in a worker; PCA makes no clusters, so there is nothing to score against the true groups.` : "";
    verdict.textContent = s?.verdict ?? state.result?.waiting ?? "";
    error.textContent = state.error;
    error.hidden = !state.error;
    const manual = state.algorithm === "kmeans" && params().init === "manual";
    hint.textContent = manual
      ? `Click the chart to place the ${params().k} starting centres (${state.placed.length} placed; a new click replaces the oldest). Switch Start back to paint again.`
      : state.tool === "move" ? "Drag a point to move it." : state.tool === "erase" ? "Click or drag to erase the points under the brush." : "Click or drag on the chart to paint points under the brush; or use the keyboard (Tab to the chart, arrows, Space).";
    root.dataset.points = String(X.length);
    performance.measure("pk-pg-draw", {start: t0, end: performance.now()});
  }

  root.open = (shape, algorithm, n) => {
    const info = SHAPES.find((s) => s.name === shape);
    controls.set("shape", shape);
    controls.set("noise", info.noise);
    controls.set("n", n);
    const data = shapeData({shape, n, noise: info.noise, seed: 0});
    store.checkpoint();
    store.replace(data.X, data.y, data.box, data.source);
    state.algorithm = algorithm;
    algoPicker.value = algorithm;
    showParams();
    state.placed = [];
    edited(null, true);
    root.scrollIntoView({behavior: "smooth", block: "start"});
  };
  root.params = () => state.params;
  root.resize = (w) => {
    w = Math.max(260, w - 40); // the card's padding
    state.width = w;
    chart.resize(Math.min(w, 560), store.box);
    render();
  };
  render();
  compute("data");
  return root;
}
