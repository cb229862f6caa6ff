// "Members of" a segment: pick a segment, search its rows, see the first ones. The rows are found in
// the worker (engine.members); nothing here loops over every row.
import {html} from "npm:htl";
import * as Inputs from "npm:@observablehq/inputs";
import {segmentLabel} from "./charts.js";
import {withMembership} from "./methods/membership.js"; // issue 18

const limit = 200;

/**
 * membersPanel(snapshot, {engine, names, width, isCurrent}) → a node with its own inputs and table.
 * It asks the engine only while the snapshot is the current result: the engine's table may already
 * be newer data, and a request would take the engine from a running analysis.
 */
export function membersPanel(snapshot, {engine, names, width, isCurrent = () => true}) {
  const {result, data} = snapshot;
  const table = data.table;
  const segments = result.profile.clusters.map((c) => c.label);
  const select = Inputs.select(segments, {label: "Members of", format: (l) => segmentLabel(l, names)});
  const search = Inputs.text({label: "Search members", placeholder: "name, city, value…"});
  const out = html`<div class="seg-members-table"></div>`;
  const status = html`<p class="seg-small" role="status"></p>`;
  let request = 0;

  async function find(segment, query) {
    const {total, indices} = await engine.members({labels: result.labels, segment, query, limit});
    return {total, rows: table.preview(limit, indices), indices};
  }

  async function update() {
    const id = ++request;
    const segment = select.value;
    const query = search.value ?? "";
    if (!isCurrent(snapshot)) {
      status.textContent = "The members are listed when the current result is ready.";
      return;
    }
    status.textContent = "Finding the members…";
    try {
      const found = await find(segment, query);
      const total = found.total;
      if (id !== request) return;
      const {rows, options} = withMembership(found.rows, found.indices, result, table.tableOptions(), table.columns); // issue 18: soft membership
      out.replaceChildren(Inputs.table(rows, {...options, rows: 10, layout: "auto", maxWidth: width}));
      status.textContent = `${total.toLocaleString("en-US")} ${total === 1 ? "row" : "rows"} of ${segmentLabel(segment, names)}${query.trim() ? ` match “${query.trim()}”` : ""}${total > limit ? `; the first ${limit} are listed` : ""}.`;
    } catch (error) {
      if (id === request) status.textContent = error?.name === "AbortError" ? "The members are listed when the current result is ready." : `The members could not be listed: ${error.message}`;
    }
  }
  select.addEventListener("input", update);
  search.addEventListener("input", update);
  update();
  return html`<div class="seg-members"><div class="seg-params">${select}${search}</div>${status}${out}</div>`;
}
