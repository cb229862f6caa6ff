// The saved analyses in words: one readable row per entry, and a comparison of two that prints each
// one's settings as its method uses them (no JSON, no eps for a k-means run).
import {html} from "npm:htl";
import {categoricalUse, methodSettings, parametersText} from "./wording.js";
import {adjustedRandIndex} from "../../lib/index.js";

export const fmt = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(d));
const when = (e) => e.date.slice(0, 16).replace("T", " ");
const methodName = {kmeans: "k-means", hierarchical: "hierarchical", dbscan: "DBSCAN", pca: "PCA", gmm: "Gaussian mixture", hdbscan: "HDBSCAN", kmedoids: "k-medoids"};

function preparation(p) {
  const scaling = {standard: "standard", minmax: "min–max", robust: "robust", none: "none"}[p.scaling] ?? String(p.scaling ?? "—");
  const missing = {drop: "drop the row", mean: "fill with the mean", median: "fill with the median"}[p.missing] ?? String(p.missing ?? "—");
  return `scaling ${scaling}; missing values: ${missing}`;
}

/** One row of the history table per entry. */
export function historyRows(entries) {
  return entries.map((e) => ({
    id: e.id,
    date: when(e),
    dataset: e.dataset.name,
    method: methodName[e.algorithm],
    parameters: parametersText(e.params),
    features: [...e.params.numeric, ...(e.params.categorical ?? [])].join(", "),
    silhouette: e.metrics.silhouette ?? null,
    segments: e.metrics.nClusters ?? null,
    ARI: e.metrics.ari ?? null
  }));
}

/** The settings and results of two entries side by side, and how far their groupings agree. */
export function compareView(a, b) {
  const same = a.dataset.fingerprint === b.dataset.fingerprint && a.labels && b.labels && a.labels.length === b.labels.length;
  let ari = null;
  if (same) {
    const keep = a.labels.map((l, i) => l !== null && b.labels[i] !== null);
    ari = adjustedRandIndex(a.labels.filter((_, i) => keep[i]), b.labels.filter((_, i) => keep[i]));
  }
  const rows = [
    ["saved", when],
    ["dataset", (e) => e.dataset.name],
    ["method", (e) => methodSettings(e.params)],
    ["features", (e) => [...e.params.numeric, ...(e.params.categorical ?? []).map((c) => `${c} (${categoricalUse(e.params.algorithm)})`)].join(", ")],
    ["preparation", (e) => preparation(e.params)],
    ["known label", (e) => e.params.labelColumn || "(none)"],
    ["silhouette", (e) => fmt(e.metrics.silhouette)],
    ["segments", (e) => (e.metrics.nClusters === undefined || e.metrics.nClusters === null ? "—" : String(e.metrics.nClusters))],
    ["agreement with the label (ARI)", (e) => fmt(e.metrics.ari)],
    ["segments found", (e) => (e.segments.length ? e.segments.map((s) => `${s.label === -1 ? "noise" : s.label + 1} · ${s.name} (${s.size.toLocaleString("en-US")})`).join("; ") : "—")]
  ];
  return html`<div class="card seg-compare"><h3>Comparison</h3>
    <table><thead><tr><th></th><th>A</th><th>B</th></tr></thead><tbody>${rows.map(([label, get]) => html`<tr><th>${label}</th><td>${get(a)}</td><td>${get(b)}</td></tr>`)}</tbody></table>
    <p>${same ? html`The two analyses agree with each other at adjusted Rand index <strong data-metric="compare-ari">${fmt(ari)}</strong>.` : "They were run on different data, so their rows can't be matched."}</p></div>`;
}
