// What the export buttons save. Everything is built from one result snapshot ({result, params, data}),
// never from the inputs on the page, so a file always describes the result it was exported with; the
// buttons carry data-needs-result and are disabled (by runState.js) while that result isn't current.
import {html} from "npm:htl";
import {download} from "./exports.js";
import {freeNames, methodSettings, renameNotes, segmentNumber} from "./wording.js";
import {membershipColumns, membershipJson} from "./methods/membership.js"; // issue 18
import {derivedNames} from "./dateInputs.js";

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");

/** Row labels as stored in a result: a number per row, −1 noise, −2 or null dropped (missing value). */
const isDropped = (l) => l === null || l === undefined || l === -2;

export {segmentNumber};

/** The columns a CSV export appends to the data: [{name, wanted, values}], one value per table row; `wanted` is the name before any renaming. */
export function extraColumns({result, data}) {
  const n = result.labels?.length ?? result.nTable;
  return extraColumnNames({result, data}).map(({name, wanted, make}) => {
    const values = make();
    return {name, wanted, values: values.length === n ? values : values.slice(0, n)};
  });
}

/** The names of {@link extraColumns} without their values ([{name, wanted, make}], make() → the values): the page's notes need no pass over every row. */
export function extraColumnNames({result, data}) {
  const specs = [];
  if (result.kind === "clusters") {
    const names = new Map(result.profile.clusters.map((c) => [c.label, c.name]));
    specs.push({wanted: "segment", make: () => Array.from(result.labels, segmentNumber)});
    specs.push({wanted: "segment_name", make: () => Array.from(result.labels, (l) => (isDropped(l) ? "(dropped: missing value)" : names.get(l) ?? ""))});
    if (result.stability) specs.push({wanted: "stability", make: () => Array.from(result.stability.rows, (v) => (v === null || Number.isNaN(v) ? null : +v.toFixed(3)))});
    for (const c of membershipColumns(result)) specs.push({wanted: c.wanted, make: () => c.values}); // issue 18: soft membership
  } else if (result.kind === "pca") {
    (result.pca.scores ?? []).forEach((scores, i) => specs.push({wanted: `pc${i + 1}`, make: () => Array.from(scores, (v) => (Number.isNaN(v) ? null : v))}));
  }
  const names = freeNames([...data.table.columns, ...derivedNames(result.params)], specs.map((c) => c.wanted));
  return names.map((name, i) => ({name, wanted: specs[i].wanted, make: specs[i].make}));
}

/** The CSV of a snapshot (a Blob, written in the worker): the data's columns as loaded, then the extra columns. */
export async function csvText(snapshot, engine) {
  const extra = extraColumns(snapshot).map(({name, values}) => ({name, values}));
  return (await engine.exportCsv({extra, derived: snapshot.params.derived ?? []})).csv;
}

const plain = (x) => (x === null || x === undefined ? null : ArrayBuffer.isView(x) ? Array.from(x, (v) => (Number.isNaN(v) ? null : v)) : x);

/** The JSON report of a snapshot (segments numbered as on the page and in the CSV). */
export function resultJson({result, params, data}, {version}) {
  const table = data.table;
  const numbered = (label) => segmentNumber(label);
  return {
    generator: {site: "Pattern Kitchen", page: "/segmentation", library: "pattern-kitchen src", version},
    created: new Date().toISOString(),
    dataset: {name: data.name, fingerprint: data.fingerprint, rows: table.n, columns: table.columns},
    method: methodSettings(params),
    parameters: params,
    features: result.features,
    scaling: result.scaling,
    droppedRows: result.droppedRows,
    imputed: result.imputed,
    metrics: result.metrics ?? null,
    agreement: result.agreement ? {column: result.agreement.column, ari: result.agreement.ari, table: result.agreement.table.map(({label, ...c}) => ({...c, segment: numbered(label)}))} : null,
    segments: result.profile?.clusters.map(({label, ...c}) => ({segment: numbered(label), ...c})) ?? null,
    stability: result.stability ? {runs: result.stability.runs, fraction: result.stability.fraction, segments: result.stability.segments.map(({label, ...s}) => ({segment: numbered(label), ...s}))} : null,
    pca: result.kind === "pca" ? {explainedVarianceRatio: result.pca.model.explainedVarianceRatio, components: result.pca.model.components, features: result.features} : null,
    rows: result.kind === "clusters"
      ? {segment: Array.from(result.labels, numbered)}
      : result.kind === "pca"
        ? Object.fromEntries((result.pca.scores ?? []).map((s, i) => [`pc${i + 1}`, plain(s)]))
        : null,
    ...membershipJson(result), // issue 18: soft membership
    model: result.model ?? null, // issue 18: centres, mixture parameters, persistence, medoids
    timings: result.timings
  };
}

/**
 * The export and save buttons of a snapshot: CSV (rows + segment, or rows + PC scores), JSON, print,
 * save to history. `onSave(snapshot)` saves; `isCurrent(snapshot)` is checked again at each click.
 */
export function exportActions(snapshot, {engine, version, onSave, isCurrent}) {
  const guard = (fn) => async (event) => {
    if (!isCurrent(snapshot)) return;
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await fn();
    } finally {
      button.disabled = !isCurrent(snapshot);
    }
  };
  const csv = guard(async () => download(await csvText(snapshot, engine), `segments-${stamp()}.csv`, "text/csv"));
  const json = guard(async () => download(JSON.stringify(resultJson(snapshot, {version}), null, 2), `analysis-${stamp()}.json`, "application/json"));
  const disabled = !isCurrent(snapshot);
  const notes = renameNotes(extraColumnNames(snapshot));
  const what = snapshot.result.kind === "clusters" ? "Export CSV (rows + segment)" : "Export CSV (rows + PC scores)";
  return html`<div class="seg-actions pk-no-print">
    <button type="button" data-needs-result disabled=${disabled} onclick=${csv}>${what}</button>
    <button type="button" data-needs-result disabled=${disabled} onclick=${json}>Export JSON</button>
    <button type="button" data-needs-result disabled=${disabled} onclick=${() => window.print()}>Print report</button>
    <button type="button" class="seg-save" data-needs-result disabled=${disabled} onclick=${guard(() => onSave(snapshot))}>Save to history</button>
  </div>${notes.length ? html`<p class="seg-small">${notes.join(" ")}</p>` : ""}`;
}
