// Views for issue 18's helpers: the suggested k under the "choose k" charts, BIC and AIC over k for
// mixtures, HDBSCAN's cluster persistence, and the soft-membership summary of a result.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {membershipText, suggestK} from "./methodWording.js";

/** The suggested k with its reason, for a chooseK result (silhouette points or BIC/AIC points). */
export function suggestedKNote(result) {
  const s = suggestK(result.points, {criterion: result.criteria === "information" ? "bic" : "silhouette"});
  return s ? html`<p class="seg-suggested-k"><strong>${s.text.split(":")[0]}</strong>:${s.text.slice(s.text.indexOf(":") + 1)}</p>` : html`<p class="seg-small">No k could be scored.</p>`;
}

/** BIC and AIC of a mixture for each k (lower is better), the current k dashed. */
export function criteriaChart(result, {width, k}) {
  const rows = result.points.flatMap((p) => [{k: p.k, criterion: "BIC", value: p.bic}, {k: p.k, criterion: "AIC", value: p.aic}]);
  const best = suggestK(result.points, {criterion: "bic"});
  const caption = `BIC and AIC of a ${result.covariance}-covariance mixture for k = ${result.points[0].k}…${result.points.at(-1).k} (lower is better)${result.sampled ? `, on a random sample of ${result.sampled.toLocaleString("en-US")} rows` : ""}; BIC is lowest at k = ${best?.k ?? "—"}.`;
  const chart = Plot.plot({
    width,
    height: 240,
    marginLeft: 70,
    grid: true,
    ariaLabel: "BIC and AIC for each k",
    x: {label: "k (components)", ticks: result.points.map((p) => p.k), tickFormat: "d"},
    y: {label: "criterion (lower is better)", tickFormat: "~s"},
    color: {legend: true, domain: ["BIC", "AIC"], range: ["#0072B2", "#D55E00"]},
    marks: [
      Plot.ruleX([k], {stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "3,3"}),
      Plot.line(rows, {x: "k", y: "value", stroke: "criterion"}),
      Plot.dot(rows, {x: "k", y: "value", fill: "criterion", r: 3.5, tip: true})
    ]
  });
  return html`<figure style="max-width:none" aria-label=${caption}>${chart}<figcaption>${caption}</figcaption></figure>`;
}

/** HDBSCAN's persistence (R's cluster_scores) of each selected cluster, as bars. */
export function persistenceChart(result, {width}) {
  const bars = result.model.persistence.map((value, label) => ({segment: `segment ${label + 1}`, value}));
  if (bars.length === 0) return html`<p class="seg-small">HDBSCAN found no cluster: every row is noise. Lower the min cluster size or min samples.</p>`;
  const finite = bars.filter((b) => b.value !== null);
  const top = finite.length ? finite.reduce((a, b) => (b.value > a.value ? b : a)) : null;
  const caption = `Persistence of each cluster: how long it lasts as the density threshold falls (higher is more stable). ${top ? `${top.segment[0].toUpperCase()}${top.segment.slice(1)} persists longest.` : ""}${finite.length < bars.length ? " A cluster of identical rows persists without end and is left out." : ""}`;
  const chart = Plot.plot({
    width,
    height: Math.max(120, 28 * bars.length + 40),
    marginLeft: 80,
    ariaLabel: "Cluster persistence",
    x: {label: "persistence (stability)", grid: true},
    y: {label: null, domain: bars.map((b) => b.segment)},
    marks: [Plot.barX(finite, {x: "value", y: "segment", fill: "#0072B2", tip: true}), Plot.ruleX([0])]
  });
  return html`<figure style="max-width:none" aria-label=${caption}>${chart}<figcaption>${caption}</figcaption></figure>`;
}

/** The method-specific part of a shown result: HDBSCAN's persistence, the membership summary. */
export function methodResultView(shown, {width}) {
  const result = shown?.result;
  if (!result || result.kind !== "clusters" || !result.model) return html`<span></span>`;
  const parts = [];
  if (result.model.kind === "hdbscan") parts.push(html`<h3>Cluster persistence</h3>`, persistenceChart(result, {width}));
  if (result.membership) {
    const {text} = membershipText(result.membership, {threshold: result.uncertainBelow, method: result.model.kind});
    parts.push(html`<p class="seg-membership">${text}</p>`);
  }
  if (result.model.kind === "kmedoids") parts.push(html`<p class="seg-small">Medoids (table rows, counted from 1): ${result.model.medoids.map((r) => (r + 1).toLocaleString("en-US")).join(", ")}.</p>`);
  return html`<div class="seg-method-result">${parts}</div>`;
}
