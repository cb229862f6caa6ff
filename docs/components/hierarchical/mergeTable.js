// The merges in scipy's linkage-matrix layout (Z[i] = [a, b, height, size]), with the recipes each
// side holds spelled out. During a replay the row being made is marked and later rows are dimmed.
import {html} from "npm:htl";

/** The observations under every cluster id of a merge list (ids below n are the observations). */
export function members(merges) {
  const n = merges.length + 1;
  const of = Array.from({length: n}, (_, i) => [i]);
  for (const [a, b] of merges) of.push([...of[a], ...of[b]]);
  return of;
}

/** mergeTable(merges, {names, shown, current, digits}) → an HTML table. */
export function mergeTable(merges, {names, shown = merges.length, current = null, digits = 3} = {}) {
  const n = merges.length + 1;
  const of = members(merges);
  const side = (id) => (id < n ? names[id] : `{${of[id].map((i) => names[i]).join(", ")}}`);
  return html`<div class="pk-merge-table"><table>
    <caption>The linkage matrix Z: row i joins clusters a and b at a height into a cluster of size observations; the new cluster gets id ${n} + i.</caption>
    <thead><tr><th scope="col">i</th><th scope="col">a</th><th scope="col">b</th><th scope="col">height</th><th scope="col">size</th><th scope="col">new id</th><th scope="col">what joins</th></tr></thead>
    <tbody>${merges.map(
      ([a, b, h, size], i) => html`<tr class=${i === current ? "pk-current" : i >= shown ? "pk-later" : ""} aria-current=${i === current ? "step" : null}>
        <td>${i}</td><td>${a}</td><td>${b}</td><td>${h.toFixed(digits)}</td><td>${size}</td><td>${n + i}</td><td class="pk-joins">${side(a)} + ${side(b)}</td>
      </tr>`
    )}</tbody>
  </table></div>`;
}

export const mergeTableStyle = html`<style>
.pk-merge-table { overflow-x: auto; max-width: 100%; }
.pk-merge-table table { font: 13px var(--sans-serif); font-variant-numeric: tabular-nums; }
.pk-merge-table caption { caption-side: bottom; text-align: left; color: var(--theme-foreground-muted); font-size: 12px; padding-top: 0.4rem; }
.pk-merge-table td.pk-joins { min-width: 9rem; }
@media (max-width: 520px) {
  .pk-merge-table table { font-size: 12px; }
  .pk-merge-table th, .pk-merge-table td { padding: 0.15rem 0.25rem; }
  .pk-merge-table td.pk-joins { min-width: 0; }
}
.pk-merge-table tr.pk-current { background: color-mix(in srgb, var(--theme-foreground-focus) 18%, transparent); font-weight: 600; }
.pk-merge-table tr.pk-later { opacity: 0.45; }
</style>`;
