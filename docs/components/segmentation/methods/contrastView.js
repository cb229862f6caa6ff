// "What sets a segment apart" (issue 18): for the features that separate the segments most (η²),
// each segment's mean with its 95% interval, and a sentence per segment naming its largest
// differences from the rest (Cohen's d). Numbers from segmentContrast.ts, drawn with Plot.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {contrastSentence, segmentContrast} from "./segmentContrast.js";
import {distributionChart} from "./distributionChart.js"; // box plots

const shownFeatures = 4;

/** The section for a clusters result; an empty span otherwise. */
export function contrastView(shown, {width}) {
  const result = shown?.result;
  if (!result || result.kind !== "clusters" || !result.profile || !(shown.params.numeric ?? []).length) return html`<span></span>`;
  const contrast = segmentContrast(result.profile, {features: shown.params.numeric});
  const top = contrast.features.filter((f) => f.eta2 !== null).slice(0, shownFeatures);
  const charts = top.map(({name, eta2}) => {
    const points = contrast.segments.flatMap((s) => s.features.filter((f) => f.name === name).map((f) => ({...f, segment: s.label === -1 ? "noise" : `segment ${s.label + 1}`})));
    const label = `${name}: mean of each segment with its 95% interval (η² = ${eta2.toFixed(2)})`;
    return Plot.plot({
      width: width > 640 ? Math.floor(width / 2) - 12 : width,
      height: 50 + 26 * points.length,
      marginLeft: 90,
      caption: `${name} · η² = ${eta2.toFixed(2)}`,
      ariaLabel: label,
      x: {label: name, grid: true},
      y: {label: null, domain: points.map((p) => p.segment)},
      marks: [
        Plot.ruleY(points.filter((p) => p.low !== null), {y: "segment", x1: "low", x2: "high", stroke: "#0072B2", strokeWidth: 3}),
        Plot.dot(points, {y: "segment", x: "mean", fill: "currentColor", r: 3.5, tip: {format: {low: ".3~f", high: ".3~f", mean: ".3~f", d: ".2f"}}, channels: {low: "low", high: "high", d: "d", n: "n"}})
      ]
    });
  });
  const ranking = contrast.features.map((f) => `${f.name} ${f.eta2 === null ? "—" : f.eta2.toFixed(2)}`).join(", ");
  return html`<div class="seg-contrast">
    <h3>What sets a segment apart</h3>
    <p class="seg-small">η² is the share of a feature's variance that lies between the segments (0: the segments don't differ on it; 1: they differ on nothing else). By η²: ${ranking}.${contrast.features.length > shownFeatures ? ` The first ${shownFeatures} are drawn.` : ""} Intervals are 95% t intervals of each segment's mean; d is Cohen's d of a segment against all other rows (0.2 small, 0.5 medium, 0.8 large).</p>
    <div style="display:flex;flex-wrap:wrap;gap:12px 24px">${charts}</div>
    ${distributions(result, {width})}
    <ul class="seg-contrast-sentences">${contrast.segments.map((s) => html`<li>${contrastSentence(s)}</li>`)}</ul>
  </div>`;
}

/** The box plots of the same top features (worker/segmentDistributions.js), in the segments' colours. */
function distributions(result, {width}) {
  const list = result.distributions ?? [];
  if (!list.length) return "";
  const labels = result.profile.clusters.map((c) => c.label);
  const each = width > 640 ? Math.floor(width / 2) - 12 : width;
  return html`<h4>How each segment's values spread</h4>
    <div class="seg-distributions" style="display:flex;flex-wrap:wrap;gap:12px 24px">${list.map((d) => distributionChart(d, {width: each, labels}))}</div>`;
}
