// Everything the page shows about one result snapshot ({result, params, data}): notes on missing
// values, the metrics, the agreement with a known label, the charts, the segment cards, the members,
// stability, and the export buttons. Built from the snapshot alone, so it never mixes two runs.
import {html} from "npm:htl";
import {pcaScatter, profileHeatmap, silhouettePlot, sizesChart} from "./charts.js";
import {plural, resultNotes, silhouetteCaption} from "./wording.js";
import {agreementChart, stabilityChart} from "./checkCharts.js";
import {dendrogramChart} from "./dendrogramChart.js";
import {loadingsChart, screeChart} from "./pcaCharts.js";
import {segmentCards} from "./segmentCards.js";
import {membersPanel} from "./membersPanel.js";
import {exportActions} from "./exportActions.js";
import {withDownloads} from "./exports.js";
import {inPieces} from "./inPieces.js";

export const fmt = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(d));
const int = (x) => x.toLocaleString("en-US");

function metricCards(result) {
  const m = result.metrics;
  return html`<div class="grid grid-cols-4 seg-metrics">
    <div class="card"><h2>Silhouette</h2><span class="big" data-metric="silhouette">${fmt(m.silhouette)}</span><p class="seg-small">${silhouetteCaption(m, result.n)}</p></div>
    <div class="card"><h2>Segments</h2><span class="big" data-metric="clusters">${m.nClusters}</span><p class="seg-small">${m.nNoise ? `${plural(m.nNoise, "noise row")}` : "no noise rows"}</p></div>
    <div class="card"><h2>Inertia</h2><span class="big" data-metric="inertia">${fmt(m.inertia, 1)}</span><p class="seg-small">within-segment sum of squares (scaled units)</p></div>
    <div class="card"><h2>Calinski–Harabasz · Davies–Bouldin</h2><span class="big" data-metric="ch">${fmt(m.calinskiHarabasz, 0)}</span> · <span class="big" data-metric="db">${fmt(m.daviesBouldin, 2)}</span><p class="seg-small">higher is better · lower is better</p></div>
  </div>`;
}

function clusterViews(snapshot, {resize, names, hidden, engine, runner}) {
  const {result} = snapshot;
  const labels = result.profile.clusters.map((c) => c.label);
  const algo = {kmeans: "k-means", hierarchical: "hierarchical", dbscan: "DBSCAN", gmm: "Gaussian mixture", hdbscan: "HDBSCAN", kmedoids: "k-medoids"}[result.params.algorithm]; // issue 18: the new methods
  const sil = result.silhouettePlot;
  const sampled = sil.length < result.n - (result.metrics.nNoise ?? 0);
  const stability = result.stability;
  const shaky = stability ? Array.from(stability.rows).filter((v) => v !== null && !Number.isNaN(v) && v < 0.5).length : 0;
  const scored = stability ? Array.from(stability.rows).filter((v) => v !== null && !Number.isNaN(v)).length : 0;
  return html`${metricCards(result)}
  ${result.agreement ? html`<div class="card seg-agreement"><h3>Agreement with ${result.agreement.column}</h3>
    <p>Adjusted Rand index <strong data-metric="ari">${fmt(result.agreement.ari)}</strong> (1 = the same grouping, 0 = no better than chance). The segments were found without looking at this column.</p>
    ${resize((width) => agreementChart(result.agreement, {width}))}</div>` : ""}
  <h3>Four views of the ${algo} segments</h3>
  <div class="grid grid-cols-2">
    <div class="card">${resize((width) => withDownloads(sizesChart(result.profile, {width}), "segment-sizes", html))}</div>
    <div class="card">${resize((width) => withDownloads(pcaScatter(result.pca, {width, names, labels}), "segments-pca", html))}</div>
    <div class="card">${resize((width) => withDownloads(profileHeatmap(result.profile, result.params.numeric, {width}), "segment-profiles", html))}</div>
    <div class="card">${sil.length ? resize((width) => withDownloads(silhouettePlot(sil, {width, mean: result.metrics.silhouette, names, labels, sampled, metric: result.metrics.silhouetteMetric}), "silhouette", html)) : html`<p>No silhouette: it needs at least two segments.</p>`}</div>
  </div>
  ${result.tree ? html`<div class="card seg-tree"><h3>The top of the tree</h3>${resize((width) => withDownloads(dendrogramChart(result.tree, {width, k: result.params.k, labels, names}), "dendrogram", html))}</div>` : ""}
  <h3>Segments</h3>
  ${segmentCards(result, {hidden, names})}
  ${resize((width) => membersPanel(snapshot, {engine, names, width, isCurrent: runner.isCurrent}))}
  ${stability ? html`<h3>Stability</h3><p>Each run clusters a random ${Math.round(stability.fraction * 100)}% of the rows with another seed; a segment that keeps finding the same members scores near 1. Segments below 0.6 are accidents of the seed or of the sample; don't build a campaign on them.</p>
    ${resize((width) => withDownloads(stabilityChart(stability, {width, names, labels}), "stability", html))}
    <p class="seg-small">Per row: ${int(shaky)} of ${plural(scored, "row")} kept less than half of their neighbours across reruns (the per-row score is in the CSV export).</p>`
    : html`<p class="seg-small">Turn on “Stability” above to rerun this clustering 20 times and see which segments are real.</p>`}`;
}

function pcaViews({result}, {resize}) {
  return html`<div class="grid grid-cols-2">
    <div class="card">${resize((width) => withDownloads(screeChart(result.scree, {width}), "pca-variance", html))}</div>
    <div class="card">${resize((width) => withDownloads(pcaScatter(result.pca, {width, colorBy: result.params.labelColumn ? "truth" : "label"}), "pca-scores", html))}</div>
  </div>
  <div class="card">${resize((width) => withDownloads(loadingsChart(result.pca.model, result.features, {width}), "pca-loadings", html))}</div>
  <div class="grid grid-cols-4 seg-metrics">${result.pca.model.explainedVarianceRatio.map((r, i) => html`<div class="card"><h2>PC${i + 1}</h2><span class="big" data-metric=${`pc${i + 1}`}>${(r * 100).toFixed(1)}%</span><p class="seg-small">of the variance</p></div>`)}</div>`;
}

/**
 * resultsView(snapshot, {runner, engine, resize, version, onSave}) → the results of one run.
 * onSave(snapshot): saves it to the history. Columns the run didn't profile (identifiers) are not described.
 */
export function resultsView(snapshot, {runner, engine, resize: drawNow, version, onSave}) {
  const {result} = snapshot;
  const resize = inPieces(drawNow); // each chart in a main-thread task of its own
  const profiled = result.params.profileColumns;
  const hidden = profiled ? snapshot.data.table.columns.filter((c) => !profiled.includes(c)) : [];
  const names = new Map(result.profile?.clusters.map((c) => [c.label, c.name]) ?? []);
  const notes = resultNotes(result);
  return html`<div class="seg-result" data-run=${snapshot.run}>
    ${notes.length ? html`<ul class="seg-small">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : ""}
    ${result.kind === "clusters" ? clusterViews(snapshot, {resize, names, hidden, engine, runner}) : pcaViews(snapshot, {resize})}
    <h3>Export this result</h3>
    ${exportActions(snapshot, {engine, version, onSave, isCurrent: runner.isCurrent})}
  </div>`;
}
