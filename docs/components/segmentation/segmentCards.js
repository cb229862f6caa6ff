// One card per segment: its name, size, stability, the features that formed it and, apart, the columns
// that were only described (not used to form the segments), so a card never passes one off as the other.
import {html} from "npm:htl";
import {segmentScales} from "./charts.js";
import {categoricalUse, countsText, plural} from "./wording.js";

const fmt = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(d));
/**
 * Which profiled columns formed the segments and which were only described: {usedNumeric,
 * otherNumeric, usedCategorical, otherCategorical}. `hidden`: columns never shown (identifiers).
 */
export function cardColumns(result, {hidden = []} = {}) {
  const p = result.params;
  const numeric = result.profile.columns.filter((c) => c.type === "numeric" && !hidden.includes(c.name)).map((c) => c.name);
  const categorical = result.profile.columns.filter((c) => c.type === "categorical" && !hidden.includes(c.name)).map((c) => c.name);
  return {
    usedNumeric: p.numeric.filter((f) => numeric.includes(f)),
    otherNumeric: numeric.filter((c) => !p.numeric.includes(c)),
    usedCategorical: categorical.filter((c) => p.categorical.includes(c)),
    otherCategorical: categorical.filter((c) => !p.categorical.includes(c) && c !== p.labelColumn)
  };
}

function statsRows(c, columns) {
  return columns.filter((f) => c.numeric[f]).map((f) => {
    const s = c.numeric[f];
    return html`<tr><td>${f}</td><td>${fmt(s.mean, 1)} ± ${fmt(s.std, 1)}</td><td>${fmt(s.min, 1)} – ${fmt(s.max, 1)}</td><td>${fmt(s.z, 2)}</td></tr>`;
  });
}

/** One segment's card. */
export function segmentCard(c, {result, columns, color, names}) {
  const stab = result.stability?.segments.find((s) => s.label === c.label);
  const cats = (list) => list.filter((col) => c.categorical[col]).slice(0, 4).map((col) => html`<p class="seg-small"><strong>${col}</strong>: ${countsText(c.categorical[col], c.size)}</p>`);
  return html`<div class="card seg-card" data-segment=${c.label}>
    <h3><span class="seg-swatch" aria-hidden="true" style=${`border-color:${color}`}>${c.label === -1 ? "×" : c.label + 1}</span> ${names.get(c.label) ?? c.name}</h3>
    <p><strong>${plural(c.size, "row")}</strong> · ${(c.share * 100).toFixed(1)}%${stab ? ` · stability ${fmt(stab.jaccard, 2)}${stab.jaccard < 0.6 ? " (unstable)" : ""}` : ""}</p>
    <table class="seg-stats"><thead><tr><th>feature</th><th>mean ± std</th><th>min – max</th><th>z</th></tr></thead>
    <tbody>${statsRows(c, columns.usedNumeric)}</tbody>
    ${columns.otherNumeric.length ? html.fragment`<tbody class="seg-unused-rows"><tr><td colspan="4" class="seg-unused">Not used to form the segments, described only:</td></tr>${statsRows(c, columns.otherNumeric)}</tbody>` : ""}</table>
    ${cats(columns.usedCategorical)}
    ${columns.otherCategorical.length ? html`<p class="seg-small seg-unused">Not used to form the segments:</p>${cats(columns.otherCategorical)}` : ""}
  </div>`;
}

/** The cards of every segment, with one sentence on what was used. */
export function segmentCards(result, {hidden = [], names}) {
  const columns = cardColumns(result, {hidden});
  const scale = segmentScales(result.profile.clusters.map((c) => c.label)).color;
  const colorOf = new Map(scale.domain.map((d, i) => [d, scale.range[i]]));
  const used = [...columns.usedNumeric, ...columns.usedCategorical.map((c) => `${c} (${categoricalUse(result.params?.algorithm)})`)];
  const other = [...columns.otherNumeric, ...columns.otherCategorical];
  return html`<p class="seg-small">Formed from ${used.join(", ")}${other.length ? `; also described, not used: ${other.join(", ")}` : ""}. z is the segment's mean minus the overall mean, in overall standard deviations.</p>
  <div class="grid grid-cols-2 seg-cards">${result.profile.clusters.map((c) => segmentCard(c, {result, columns, color: colorOf.get(c.label), names}))}</div>`;
}
