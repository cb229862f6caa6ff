// The panel beside the data chart, one per algorithm: k-means' step bar, the dendrogram with its
// merge replay, DBSCAN's k-distance knee and scan replay, PCA's variance explained.
import * as Inputs from "npm:@observablehq/inputs";
import {pcaVerdict} from "../../lib/index.js";
import {cutHeightFor, dendrogramChart} from "./dendrogram.js";
import {frameSentence, kmeansFrame, kmeansStepBar} from "./kmeansSteps.js";
import {standardizedView} from "./standardizedView.js";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text, onclick) {
  const b = el("button", null, text);
  b.type = "button";
  b.addEventListener("click", onclick);
  return b;
}

/** A replay control: Play/Pause and a range 0…max; onStep(m) on every move. `speed` steps per tick. */
function replayControl(label, onStep) {
  const node = el("div", "pk-pg-replay");
  let range = null, timer = null, max = 0;
  const play = button("Play", () => {
    if (timer) return stop();
    if (Number(range.value) >= max) set(0);
    play.textContent = "Pause";
    const stride = Math.max(1, Math.ceil(max / 120));
    timer = setInterval(() => (Number(range.value) >= max ? stop() : set(Math.min(max, Number(range.value) + stride))), 80);
  });
  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = "Play";
  }
  function set(v) {
    range.value = v;
    onStep(v);
  }
  node.reset = (newMax, value) => {
    stop();
    max = newMax;
    range?.remove();
    range = Inputs.range([0, Math.max(1, max)], {step: 1, value, label});
    range.addEventListener("input", () => onStep(Number(range.value)));
    node.append(range);
  };
  node.stop = stop;
  node.append(play);
  return node;
}

export function sidePanels({onFrame, onMergeReplay, onScanReplay, onScanStep, onCut}) {
  const node = el("div", "pk-pg-side");
  const steps = kmeansStepBar(onFrame);
  const tree = el("div", "pk-pg-tree");
  const treeReplay = replayControl("Merges made", onMergeReplay);
  const treeNote = el("p", "pk-pg-note");
  const knee = el("p", "pk-pg-knee");
  const scanStart = button("Replay the scan", onScanReplay);
  const scanReplay = replayControl("Scan step", onScanStep);
  const scanNote = el("p", "pk-pg-scan-caption");
  scanNote.setAttribute("aria-live", "polite");
  const variance = el("div", "pk-pg-variance");
  const pcaNote = el("p", "pk-pg-pca-verdict");
  const pcaSeen = el("div", "pk-pg-pca-seen");
  const panels = {
    kmeans: el("div"),
    hierarchical: el("div"),
    dbscan: el("div"),
    pca: el("div")
  };
  panels.kmeans.append(steps);
  panels.hierarchical.append(tree, treeReplay, treeNote);
  panels.dbscan.append(knee, scanStart, scanReplay, scanNote);
  panels.pca.append(variance, pcaNote, pcaSeen);
  node.append(...Object.values(panels));
  let lastTree = null;

  /** Shows the panel of `algorithm` for this state of the page. */
  node.update = (state) => {
    const {algorithm, result, params, width} = state;
    for (const [id, panel] of Object.entries(panels)) panel.hidden = id !== algorithm;
    if (!result || result.error) return;
    switch (algorithm) {
      case "kmeans": {
        steps.hidden = !!result.waiting || !result.history || !!result.stale;
        if (!steps.hidden) steps.show(kmeansFrame(result.history, state.frame), frameSentence(kmeansFrame(result.history, state.frame), {k: params.k, init: params.init, iterations: result.iterations}));
        break;
      }
      case "hierarchical": {
        if (result.stale || !result.merges) return;
        const cutHeight = result.cutHeight ?? cutHeightFor(result.merges, params.hk);
        // Redrawn only when something it shows changed (render runs on every brush dab).
        const drawn = {result, cutHeight, replay: state.replay, width};
        if (!lastTree || Object.keys(drawn).some((k) => drawn[k] !== lastTree[k])) {
          const chart = dendrogramChart({merges: result.merges, labels: result.labels, cutHeight, replay: state.replay, width: Math.max(240, Math.min(width, 520))});
          chart.style.cursor = "row-resize";
          chart.title = "Click to cut the tree at that height";
          chart.addEventListener("click", (event) => onCut(chart.heightAt(event.clientY - chart.getBoundingClientRect().top) / chart.top));
          tree.replaceChildren(chart);
          lastTree = drawn;
        }
        if (state.replayMax !== result.merges.length) {
          treeReplay.reset(result.merges.length, state.replay ?? result.merges.length);
          state.replayMax = result.merges.length;
        }
        treeNote.textContent = state.replay === null
          ? `Press Play to watch the ${result.merges.length.toLocaleString("en-US")} merges happen in order of height; the dashed line is the cut (click the tree to move it).`
          : `Replay: ${state.replay} of ${result.merges.length} merges made${state.replay ? `; the latest joined clusters at height ${+result.merges[state.replay - 1][2].toPrecision(3)}` : ""}. Move the slider to the end to see the cut again.`;
        break;
      }
      case "dbscan": {
        knee.textContent = result.knee == null ? "" : `The k-distance knee (k = minSamples = ${params.ms}) suggests eps ≈ ${+result.knee.toPrecision(3)}; yours is ${params.eps}.${Math.abs(result.knee - params.eps) > 0.5 * params.eps ? " They disagree by more than half: one knee for the whole data set cannot fit groups of different density." : ""}`;
        const scan = state.scan;
        scanReplay.hidden = !scan;
        if (scan) {
          if (scan.max !== scan.steps.length) {
            scanReplay.reset(scan.steps.length, 0);
            scan.max = scan.steps.length;
          }
          scanNote.textContent = scanCaption(scan);
        } else scanNote.textContent = "";
        break;
      }
      case "pca": {
        if (!result.components) return;
        variance.replaceChildren(...result.ratio.map((r, i) => {
          const row = el("div", "pk-pg-bar");
          const bar = el("span", "pk-pg-bar-fill");
          bar.style.width = `${(100 * r).toFixed(1)}%`;
          bar.style.background = i === 0 ? "#D55E00" : "#0072B2";
          row.append(el("span", "pk-pg-bar-label", `PC${i + 1}`), el("span", "pk-pg-bar-track"), el("span", "pk-pg-bar-value", `${(100 * r).toFixed(1)}%`));
          row.children[1].append(bar);
          return row;
        }));
        variance.setAttribute("role", "img");
        variance.setAttribute("aria-label", `Variance explained: ${result.ratio.map((r, i) => `PC${i + 1} ${(100 * r).toFixed(1)}%`).join(", ")}.`);
        pcaNote.textContent = `${pcaVerdict(result.ratio, {standardized: params.scale === "standardize"})} Choose “Move a point” and drag a point to watch the axes turn.`;
        // Standardized, the axes are found in other units than the chart's: show that space too.
        pcaSeen.replaceChildren(...(params.scale === "standardize" && !result.stale ? standardizedView(state.X, state.y, result, Math.min(width, 300)) : []));
        break;
      }
      default:
        break; // an algorithm without a side panel (a new entry in algorithms.js) shows none
    }
  };
  node.stopAll = () => (steps.stop(), treeReplay.stop(), scanReplay.stop());
  return node;
}

/** DBSCAN's scan at its current step, in words. */
export function scanCaption({steps, index, minSamples}) {
  if (index === 0) return `Before the scan: ${steps.length} steps to come. Press Play, or move the slider.`;
  const st = steps[index - 1];
  const k = st.neighbours.length;
  const head = `Step ${index} of ${steps.length}: point ${st.point + 1} has ${k} point${k === 1 ? "" : "s"} within eps (itself included)`;
  switch (st.kind) {
    case "start": return `${head}, at least minSamples = ${minSamples}: a core point nobody has claimed, so it starts cluster ${st.cluster + 1}.`;
    case "spread": return `${head}: core too, so cluster ${st.cluster + 1} spreads through it to ${st.queued.length} more.`;
    case "border": return `${head}: fewer than ${minSamples}, so it joins cluster ${st.cluster + 1} as a border point and the spread stops there.`;
    case "noise": return `${head}, fewer than ${minSamples}, and no cluster has reached it: noise, for now.`;
    default: throw new RangeError(`unknown step: ${st.kind}`);
  }
}
