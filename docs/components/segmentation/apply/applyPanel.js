// "Apply this model to new rows" (issue 18): the model of the result on screen (or of a model or project
// file), a file of new rows read and placed in its segments in a worker, the counts per segment with the
// names shown above, what was approximate, and the CSV of the new rows with their segment.
import {html} from "npm:htl";
import {download} from "../exports.js";
import {appliedSummary, approximationNote, countRows, modelText, preparationNotes} from "./applyWording.js";
import {readModelFile} from "./modelFile.js";

/** A file chooser made on click (the page keeps a single file input, the data's), then onFile(file). */
function chooser(label, accept, onFile, className) {
  const open = () => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.addEventListener("change", () => input.files?.[0] && onFile(input.files[0]));
    input.click();
  };
  return html`<button type="button" class=${className} onclick=${open}>${label}</button>`;
}

const stem = (name) => String(name).replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "_").slice(0, 40) || "rows";

/**
 * The panel for the result `snapshot` on screen. `models` is a modelStore (modelFile.js), `engine`
 * the apply engine, `accept` the file types the page reads.
 */
export function applyPanel(snapshot, {models, engine, accept, isCurrent = () => true, memory = {}}) {
  // memory: the opened model file, kept across results (the panel is drawn again for each result).
  const state = {model: memory.model ?? null, source: memory.model ? "file" : "result", fileName: memory.fileName ?? null, busy: false, applied: null, error: null};
  const root = html`<div class="seg-apply"></div>`;
  const clustered = snapshot?.result?.kind === "clusters";

  const currentModel = () => (state.source === "file" ? Promise.resolve(state.model) : models.get(snapshot));

  async function apply(file) {
    state.busy = true;
    state.error = null;
    state.applied = null;
    draw();
    try {
      if (state.source === "result" && !isCurrent(snapshot)) throw new Error("The results above are out of date: wait for the analysis to finish, then apply its model.");
      const model = await currentModel();
      const result = await engine.applyFile({file, name: file.name, model});
      state.applied = {...result, fileName: file.name, model};
    } catch (error) {
      state.error = error.name === "AbortError" ? null : `“${file.name}” could not be placed in the segments: ${error.message}`;
    } finally {
      state.busy = false;
      draw();
    }
  }

  async function saveModel() {
    try {
      const model = await currentModel();
      download(JSON.stringify(model), `${stem(model.dataset?.name ?? "segments")}-model.json`, "application/json");
    } catch (error) {
      state.error = `The model could not be saved: ${error.message}`;
      draw();
    }
  }

  async function openModel(file) {
    try {
      state.model = readModelFile(await file.text());
      state.source = "file";
      state.fileName = file.name;
      Object.assign(memory, {model: state.model, fileName: file.name});
      state.applied = null;
      state.error = null;
    } catch (error) {
      state.error = `“${file.name}” could not be opened as a model: ${error.message}.`;
    }
    draw();
  }

  function useResult() {
    state.source = "result";
    state.model = null;
    memory.model = null;
    state.applied = null;
    state.error = null;
    draw();
  }

  function resultView(a) {
    const segments = a.model.segments ?? [];
    const rows = countRows(a, segments);
    const note = approximationNote(a.method);
    const notes = [...preparationNotes(a.preparation, a.method), ...(a.notes ?? [])];
    return html`<div class="seg-apply-result">
      <p class="seg-apply-summary" role="status">${appliedSummary(a, a.fileName)}</p>
      ${note ? html`<p class="note seg-apply-approx">${note}</p>` : html`<p class="seg-small seg-apply-exact">Exact: ${a.method === "gmm" ? "each row's most probable component under the saved mixture (and its probability)" : a.method === "kmedoids" ? "each row's nearest medoid by Gower's distance" : "each row's nearest saved centre"} — the fit's own rule, so a training row gets its segment back.</p>`}
      <table class="seg-stats seg-apply-counts"><thead><tr><th>segment</th><th>name</th><th>rows</th><th>share</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr data-segment=${r.segment}><td>${r.segment}</td><td>${r.name}</td><td>${r.rows.toLocaleString("en-US")}</td><td>${r.share}</td></tr>`)}</tbody></table>
      ${notes.length ? html`<ul class="seg-small">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : ""}
      <div class="seg-actions pk-no-print">
        <button type="button" onclick=${() => download(a.csv, `${stem(a.fileName)}-segments.csv`, "text/csv")}>Export the new rows (CSV)</button>
        <span class="seg-small">Your ${a.n === 1 ? "row" : `${a.n.toLocaleString("en-US")} rows`} as read, then ${a.columns.slice(-(a.method === "gmm" || a.method === "hdbscan" ? 2 : 1)).map((c) => `“${c}”`).join(" and ")}: segments numbered from 1 as above${a.method === "dbscan" || a.method === "hdbscan" ? ", “noise” for noise" : ""}${a.counts.some((c) => c.label === -2) ? ", empty when not placed" : ""}.</span>
      </div>
    </div>`;
  }

  function draw() {
    const source = state.source === "file"
      ? html`<p>Model: from “${state.fileName}” — ${modelText(state.model)}</p>`
      : clustered ? html`<p>Model: the analysis above — its preparation (features, missing values, scaling) and its segments.</p>`
      : html`<p class="seg-small">Run a clustering method above (PCA has no segments), or open a saved model.</p>`;
    const canApply = state.source === "file" || clustered;
    const needs = state.source === "file" ? state.model.preparation : clustered ? snapshot.params : null;
    const columns = needs ? [...needs.numeric, ...needs.categorical].map((c) => `“${c}”`).join(", ") : "";
    root.replaceChildren(html.fragment`${source}
      <div class="seg-actions pk-no-print">
        ${canApply ? chooser("Apply to a file of new rows…", accept, apply, "seg-apply-file") : ""}
        ${canApply ? html`<button type="button" onclick=${saveModel}>Download the model</button>` : ""}
        ${chooser("Open a model or project file…", ".json,application/json", openModel, "seg-apply-open")}
        ${state.source === "file" && clustered ? html`<button type="button" onclick=${useResult}>Use the analysis above</button>` : ""}
      </div>
      <p class="seg-small">${needs ? `The new rows need the model's columns, named as in the file it was fitted on: ${columns}. Other columns are kept in the export.` : ""} They are read and placed in this browser, by a background thread, and nothing is uploaded.</p>
      ${state.busy ? html`<p class="seg-apply-busy" role="status">Placing the rows…</p>` : ""}
      ${state.error ? html`<div class="warning seg-apply-error" role="alert">${state.error}</div>` : ""}
      ${state.applied ? resultView(state.applied) : ""}`);
  }
  draw();
  return root;
}
