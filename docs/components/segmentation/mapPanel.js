// The map section of the results (issue 18): its own engine (a worker, so neither the analysis nor the
// members list ever waits for it or cancels it), started after a result is shown — at once up to
// `autoMapRows` rows, on request above (a map of 10,000 rows takes about 15 s of CPU, 50,000 about a
// minute: bench/segmentationMap.ts) — with the page's progress bar and Cancel. A map depends only on the
// data, the features, their preparation and the seed, so a new k or method recolours it without a new fit.
import {html} from "npm:htl";
import {createEngine} from "./client.js";
import {mapChart} from "./mapChart.js";

/** Up to this many rows with every feature, the map is drawn as soon as a result is shown; above, on request. */
export const autoMapRows = 2000;

const mapKey = ({data, params}) => JSON.stringify([data.key, params.numeric, params.categorical, params.missing, params.scaling, params.seed]);

/** createMapPanel() → {node, show(snapshot), terminate()}: put `node` under the results and call show with each result shown. */
export function createMapPanel() {
  let snapshot = null;
  let state = {status: "idle"}; // idle | offer | running | done | cancelled | error
  let phase = {stage: "", done: 0, total: 1};
  const maps = new Map(); // key → map result (the last few)
  const engine = createEngine({
    onStatus: (s) => {
      if (!s.busy) return;
      phase = {stage: s.stage ?? "", done: s.done ?? 0, total: s.total ?? 1};
      drawStatus();
    }
  });
  const bar = html`<progress max="1" value="0" aria-label="Map progress" style="vertical-align:middle;width:160px"></progress>`;
  const line = html`<div class="seg-map-status pk-no-print" role="status" aria-live="polite" style="min-height:1.6rem"></div>`; // not .seg-progress: that is the analysis's status
  const figure = html`<div class="seg-map-chart"></div>`;
  const node = html`<section class="seg-map" aria-busy="false"><h3>A map of the rows</h3>${line}${figure}</section>`;
  let drawnWidth = 0; // the chart is drawn again only when the width really changes
  new ResizeObserver(([entry]) => {
    const w = Math.floor(entry.contentRect.width);
    if (w > 0 && Math.abs(w - drawnWidth) > 4) drawChart();
  }).observe(figure);

  const start = () => {
    const key = mapKey(snapshot);
    const {data, params} = snapshot;
    engine.use({key: data.key, table: data.table});
    state = {status: "running", key};
    phase = {stage: "", done: 0, total: 1};
    draw();
    engine.map({numeric: params.numeric, categorical: params.categorical, missing: params.missing, scaling: params.scaling, seed: params.seed}).then(
      (map) => {
        maps.set(key, map);
        if (maps.size > 3) maps.delete(maps.keys().next().value);
        if (state.key !== key) return;
        state = {status: "done", key};
        draw();
      },
      (error) => {
        if (state.key !== key) return;
        state = error?.name === "AbortError" ? {status: "cancelled", key} : {status: "error", key, error};
        draw();
      }
    );
  };
  const drawButton = (text) => html`<button type="button" class="seg-map-draw" data-needs-result onclick=${start}>${text}</button>`;

  function drawStatus() {
    node.setAttribute("aria-busy", String(state.status === "running"));
    line.replaceChildren();
    const n = snapshot?.result.n ?? 0;
    switch (state.status) {
      case "idle":
      case "done":
        break;
      case "offer":
        line.append(drawButton(`Draw the map of ${n.toLocaleString("en-US")} rows`), html`<span class="seg-small"> UMAP takes seconds to a few minutes at this size${n > 50000 ? " (a seeded sample of 50,000 rows is mapped)" : ""}; it runs in the background and can be cancelled.</span>`);
        break;
      case "running":
        line.append(`Drawing the map — ${phase.stage || "starting"}… `, bar, " ", html`<button type="button" class="seg-map-cancel" onclick=${() => engine.cancel()}>Cancel</button>`);
        bar.max = phase.total || 1;
        bar.value = Math.min(phase.done, bar.max);
        break;
      case "cancelled":
        line.append("Map cancelled. ", drawButton("Draw the map"));
        break;
      case "error":
        line.append(html`<span class="seg-error" role="alert">The map could not be drawn: ${state.error.message}</span>`);
        break;
      default:
        throw new RangeError(`unknown map status: ${state.status}`);
    }
  }

  function drawChart() {
    const map = state.status === "done" ? maps.get(state.key) : null;
    if (!map || !snapshot) return figure.replaceChildren();
    const width = figure.clientWidth || 640;
    const names = new Map(snapshot.result.profile?.clusters.map((c) => [c.label, c.name]) ?? []);
    drawnWidth = width;
    figure.replaceChildren(mapChart(map, snapshot, {width, names}));
  }

  function draw() {
    drawStatus();
    drawChart();
  }

  return {
    node,
    /** Shows the map for `shown` (a runner snapshot): the kept map recoloured, a new fit, or the button. */
    show(shown) {
      if (!shown?.result) return;
      snapshot = shown;
      const key = mapKey(shown);
      if (maps.has(key)) state = {status: "done", key};
      else if (state.status === "running" && state.key === key) return draw();
      else if (shown.result.n <= autoMapRows) return start();
      else {
        if (state.status === "running") engine.cancel();
        state = {status: "offer", key};
      }
      draw();
    },
    terminate: () => engine.terminate()
  };
}
