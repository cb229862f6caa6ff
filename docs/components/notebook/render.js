// Draws what the worker sent back (encode.js descriptions): numbers and strings inline, records and
// matrices as tables, arrays and objects as a folding tree, charts with Plot. Text only ever reaches
// the page through textContent.
import * as Plot from "npm:@observablehq/plot";
import {dendrogramLayout} from "../../lib/cluster/dendrogramLayout.js"; // one file: the whole library is 139 modules to load
import {clusterName, clusterScale} from "../palette.js";
import {dendrogram} from "../hierarchical/dendrogram.js";

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const fmt = (v) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : String(+v.toPrecision(6))) : v === null ? "null" : String(v));
const more = (shown, total, what) => (total > shown ? el("p", "pk-nb-more", `First ${shown} of ${total.toLocaleString("en-US")} ${what}.`) : null);

/** One-line summary of a description (for folded nodes and log lines). */
export function summary(node) {
  switch (node.type) {
    case "undefined":
    case "null":
      return node.type;
    case "number":
      return node.text ?? fmt(node.value);
    case "boolean":
      return String(node.value);
    case "string":
      return JSON.stringify(node.value);
    case "function":
      return `ƒ ${node.name}()`;
    case "error":
      return `${node.name}: ${node.message}`;
    case "array":
      return `${node.name ?? "Array"}(${node.total})`;
    case "matrix":
      return `Array(${node.total}) of ${node.columns} numbers each`;
    case "table":
      return `Table: ${node.total} rows × ${node.columns.length} columns`;
    case "object":
      return `${node.name || "Object"} {${node.entries.map(([k]) => k).slice(0, 6).join(", ")}${node.total > 6 ? ", …" : ""}}`;
    default:
      return "";
  }
}

function tableView(columns, rows, total, caption) {
  const wrap = el("div", "pk-nb-table");
  const t = el("table");
  t.append(el("caption", "pk-nb-caption", caption));
  const head = el("tr");
  columns.forEach((c, j) => head.append(Object.assign(el("th", typeof rows[0]?.[j] === "number" ? "pk-nb-num" : "", String(c)), {scope: "col"})));
  t.append(el("thead"), el("tbody"));
  t.tHead.append(head);
  for (const r of rows) {
    const tr = el("tr");
    for (const v of r) tr.append(el("td", typeof v === "number" ? "pk-nb-num" : "", fmt(v)));
    t.tBodies[0].append(tr);
  }
  wrap.append(t);
  const m = more(rows.length, total, "rows");
  if (m) wrap.append(m);
  return wrap;
}

function tree(node, key = null, open = false) {
  const label = key === null ? "" : `${key}: `;
  if (node.type === "array" || node.type === "object" || node.type === "matrix" || node.type === "table") {
    const d = el("details", "pk-nb-tree");
    d.open = open;
    d.append(el("summary", "", label + summary(node)));
    const body = el("div", "pk-nb-tree-body");
    if (node.type === "array") node.items.forEach((item, i) => body.append(tree(item, i)));
    else if (node.type === "object") for (const [k, v] of node.entries) body.append(tree(v, k));
    else body.append(view(node));
    if (node.type !== "table" && node.type !== "matrix") {
      const m = more(node.type === "array" ? node.items.length : node.entries.length, node.total, node.type === "array" ? "items" : "keys");
      if (m) body.append(m);
    }
    d.append(body);
    return d;
  }
  return el("div", `pk-nb-leaf pk-nb-${node.type}`, label + summary(node));
}

/** The view of a value description: a table, a folding tree, or one line. */
export function view(node) {
  switch (node.type) {
    case "table":
      return tableView(node.columns, node.rows, node.total, `Table: ${node.total} rows × ${node.columns.length} columns`);
    case "matrix":
      return tableView(
        Array.from({length: node.columns}, (_, j) => `[${j}]`),
        node.rows,
        node.total,
        `${node.total} rows × ${node.columns} numbers`
      );
    case "array":
    case "object":
      return tree(node, null, true);
    case "string":
      return el("pre", "pk-nb-string", node.value);
    default:
      return el("div", `pk-nb-leaf pk-nb-${node.type}`, summary(node));
  }
}

/** A Plot chart for a chart description (show.* or a library result), `width` px wide. */
export function chart(spec, width) {
  const w = Math.max(260, Math.min(width, 720));
  switch (spec.kind) {
    case "scatter": {
      const rows = spec.points.map(([x, y], i) => ({x, y, group: spec.labels ? spec.labels[i] : "points"}));
      const groups = [...new Set(rows.map((r) => r.group))];
      const scale = clusterScale(groups.map((g) => (/^-?\d+$/.test(g) ? clusterName(Number(g)) : g)));
      if (spec.labels) for (const r of rows) r.group = /^-?\d+$/.test(r.group) ? clusterName(Number(r.group)) : r.group;
      return Plot.plot({
        width: w,
        height: Math.round(Math.min(w * 0.62, 380)),
        grid: true,
        color: spec.labels ? {...scale.color, legend: true} : undefined,
        symbol: spec.labels ? scale.symbol : undefined,
        marks: [Plot.dot(rows, {x: "x", y: "y", fill: spec.labels ? "group" : "currentColor", symbol: spec.labels ? "group" : undefined, r: 5})],
        ariaLabel: `Scatter of ${rows.length} points${spec.labels ? ` in ${groups.length} groups` : ""}`
      });
    }
    case "sizes": {
      const scale = clusterScale(spec.sizes.map((s) => s.cluster));
      return Plot.plot({
        width: Math.min(w, 480),
        height: 40 + 28 * spec.sizes.length,
        marginLeft: 80,
        x: {label: "Points →", grid: true},
        y: {label: null},
        color: scale.color,
        marks: [Plot.barX(spec.sizes, {y: "cluster", x: "size", fill: "cluster"}), Plot.text(spec.sizes, {y: "cluster", x: "size", text: "size", dx: 10, fill: "currentColor"})],
        ariaLabel: `Cluster sizes: ${spec.sizes.map((s) => `${s.cluster} ${s.size}`).join(", ")}`
      });
    }
    case "scree":
      return Plot.plot({
        width: Math.min(w, 480),
        height: 220,
        x: {label: "Component", tickFormat: (d) => `PC${d}`},
        y: {label: "↑ Share of variance", percent: true, grid: true},
        marks: [Plot.barY(spec.ratios.map((r, i) => ({pc: i + 1, r})), {x: "pc", y: "r", fill: "var(--theme-foreground-focus)"}), Plot.ruleY([0])],
        ariaLabel: `Share of variance by component: ${spec.ratios.map((r, i) => `PC${i + 1} ${(100 * r).toFixed(1)}%`).join(", ")}`
      });
    case "dendrogram": {
      const names = spec.names ?? Array.from({length: spec.merges.length + 1}, (_, i) => String(i));
      const layout = dendrogramLayout(spec.merges, {orientation: "horizontal"});
      return dendrogram(layout, {width: w, names, merges: spec.merges, ariaLabel: `Dendrogram of ${names.length} leaves merged ${spec.merges.length} times`});
    }
    default:
      return el("p", "", `(no chart for ${spec.kind})`);
  }
}
