// A learner's values turned into plain, cloneable descriptions for the page to draw (the worker cannot
// post functions, class instances or Arquero tables). Large values are cut with the total kept, so the
// page can say "first 100 of 5,000 rows".

/** Most rows, items and keys kept of one value. */
export const limits = {rows: 100, items: 100, keys: 60, depth: 6, text: 10000};

const isArqueroTable = (v) => v !== null && typeof v === "object" && typeof v.columnNames === "function" && typeof v.numRows === "function" && typeof v.objects === "function";
const isNumberArray = (v) => (Array.isArray(v) || ArrayBuffer.isView(v)) && Array.from(v).every((x) => typeof x === "number");
const isMatrix = (v) => Array.isArray(v) && v.length > 0 && v.every((r) => isNumberArray(r) && r.length === v[0].length) && v[0].length > 0;
const isRecords = (v) => Array.isArray(v) && v.length > 0 && v.every((r) => r !== null && typeof r === "object" && !Array.isArray(r) && Object.getPrototypeOf(r) === Object.prototype);

function scalar(v) {
  if (typeof v === "number" || typeof v === "boolean" || v === null) return v;
  if (typeof v === "string") return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (v === undefined) return "undefined";
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return `[${Array.from(v).slice(0, 8).map((x) => (typeof x === "number" ? +x.toPrecision(4) : typeof x)).join(", ")}${v.length > 8 ? ", …" : ""}]`;
  if (typeof v === "function") return `ƒ ${v.name || "anonymous"}()`;
  return Object.prototype.toString.call(v).slice(8, -1);
}

function table(columns, rowsOf, total) {
  const n = Math.min(total, limits.rows);
  return {type: "table", columns, rows: rowsOf(n).map((r) => columns.map((c) => scalar(r[c]))), total};
}

/** The description of `value` (see render.js for how each type is drawn). */
export function encode(value, depth = 0) {
  if (value === undefined) return {type: "undefined"};
  if (value === null) return {type: "null"};
  switch (typeof value) {
    case "number":
      return {type: "number", value};
    case "string":
      return {type: "string", value: value.length > limits.text ? `${value.slice(0, limits.text)}…` : value, total: value.length};
    case "boolean":
      return {type: "boolean", value};
    case "bigint":
      return {type: "number", value: Number(value), text: `${value}n`};
    case "function":
      return {type: "function", name: value.name || "anonymous"};
    case "symbol":
      return {type: "string", value: String(value)};
  }
  if (value instanceof Error) return {type: "error", name: value.name, message: value.message};
  if (value instanceof Date) return {type: "string", value: value.toISOString()};
  if (isArqueroTable(value)) {
    const columns = value.columnNames();
    return table(columns, (n) => value.objects({limit: n}), value.numRows());
  }
  if (isMatrix(value)) return {type: "matrix", rows: value.slice(0, limits.rows).map((r) => Array.from(r)), total: value.length, columns: value[0].length};
  if (isRecords(value) && depth === 0) {
    const columns = [...new Set(value.slice(0, limits.rows).flatMap((r) => Object.keys(r)))].slice(0, limits.keys);
    return table(columns, (n) => value.slice(0, n), value.length);
  }
  if (depth >= limits.depth) return {type: "string", value: scalar(value)};
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value.length > limits.items ? value.slice(0, limits.items) : value, (v) => encode(v, depth + 1));
    return {type: "array", items, total: value.length};
  }
  if (value instanceof Map) return {type: "object", name: "Map", entries: [...value].slice(0, limits.keys).map(([k, v]) => [String(k), encode(v, depth + 1)]), total: value.size};
  if (value instanceof Set) return {type: "array", name: "Set", items: [...value].slice(0, limits.items).map((v) => encode(v, depth + 1)), total: value.size};
  const keys = Object.keys(value);
  const entries = keys.slice(0, limits.keys).map((k) => [k, encode(value[k], depth + 1)]);
  const name = value.constructor && value.constructor !== Object ? value.constructor.name : "";
  return {type: "object", name, entries, total: keys.length};
}

const labelsOf = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => Number.isInteger(x)) ? v : null);

/** Cluster sizes from labels, noise (−1) last: [{cluster, size}]. */
export function clusterSizes(labels) {
  const counts = new Map();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < 0) - (b < 0) || a - b).map(([l, size]) => ({cluster: l < 0 ? "noise" : `cluster ${l + 1}`, size}));
}

/** A linkage matrix: rows [a, b, height, size] joining ids below n + row, the last row holding all n = rows + 1 observations. */
const isMerges = (m) =>
  Array.isArray(m) &&
  m.length > 0 &&
  m.every((r, i) => isNumberArray(r) && r.length === 4 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[1] >= 0 && Math.max(r[0], r[1]) < m.length + 1 + i && r[2] >= 0 && Number.isInteger(r[3]) && r[3] >= 2) &&
  m[m.length - 1][3] === m.length + 1;

/** A chart that fits a library result (k-means, DBSCAN, a linkage, PCA), or null. */
export function chartFor(value) {
  if (value === null || typeof value !== "object") return null;
  if (isMerges(value)) return {kind: "dendrogram", merges: value.map((r) => Array.from(r))};
  if (isMerges(value.merges)) return {kind: "dendrogram", merges: value.merges.map((r) => Array.from(r))};
  if (isNumberArray(value.explainedVarianceRatio)) return {kind: "scree", ratios: Array.from(value.explainedVarianceRatio)};
  const labels = labelsOf(value.labels);
  if (labels) return {kind: "sizes", sizes: clusterSizes(labels)};
  return null;
}
