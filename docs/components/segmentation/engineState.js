// What the segmentation worker keeps between requests, and how its modules report progress: the
// loaded table (columns, see src/io/columnTable.ts), the id of the request being served, and the
// buffers its result hands over (moved, not copied).
import {dateFeatures, prepareFeatures} from "../../lib/index.js";

/** Row limits above which an algorithm is fitted on a seeded sample (stated on the page). */
export const limits = {hierarchical: 10000, hierarchicalDense: 5000, silhouette: 2000, scatter: 5000, kDistance: 20000, chooseK: 50000, dbscanStability: 20000};

export const state = {table: null, current: 0, transfer: []}; // table: {key, n, columns, types, data, notes}

export function progress(stage, done = 0, total = 1) {
  postMessage({id: state.current, type: "progress", stage, done, total});
}

export function requireTable(key) {
  if (!state.table || state.table.key !== key) throw new Error("the dataset is not loaded in the worker");
  return state.table;
}

let derivedCache = null; // {table, spec, derived}: the last table with its date features, reused per request

/** Table t with the date features `derived` ([{column, part}], src/preprocessing/dateFeatures.ts) added as number columns. */
export function withDerived(t, derived) {
  if (!Array.isArray(derived) || derived.length === 0) return t;
  const spec = JSON.stringify(derived);
  if (derivedCache?.table !== t || derivedCache.spec !== spec) derivedCache = {table: t, spec, derived: {key: t.key, ...dateFeatures(t, derived).table}};
  return derivedCache.derived;
}

/** The chosen features of the loaded table (with its derived date features), or (`rows`) of those of its rows only (a seeded sample). */
export function prepare(params, {rows = null} = {}) {
  const t = withDerived(requireTable(params.key), params.derived);
  progress("preparing features");
  const prepared = prepareFeatures(rows ? subsetTable(t, rows) : t, {numeric: params.numeric, categorical: params.categorical, missing: params.missing, scaling: params.scaling});
  return {t, prepared};
}

/** The column called `name` of table t, or undefined. */
export function columnNamed(t, name) {
  const j = t.columns.indexOf(name);
  return j < 0 ? undefined : t.data[j];
}

/** Cell i of a column as a value (null when missing). */
export function cell(column, i) {
  const v = column[i];
  return typeof v === "number" ? (v !== v ? null : v) : (v ?? null);
}

/** The rows `index` of table t as a table of the same columns (typed arrays stay typed). */
export function subsetTable(t, index, columns = t.columns) {
  if (index.length === t.n && columns === t.columns) return t;
  // Every row kept (index is increasing, so it is 0 … n − 1): the columns themselves, no copy.
  if (index.length === t.n) return {n: t.n, columns, types: columns.map((c) => t.types[t.columns.indexOf(c)]), data: columns.map((name) => columnNamed(t, name))};
  const data = columns.map((name) => {
    const column = columnNamed(t, name);
    if (column instanceof Float64Array) return Float64Array.from(index, (i) => column[i]);
    return Array.from(index, (i) => column[i]);
  });
  return {n: index.length, columns, types: columns.map((c) => t.types[t.columns.indexOf(c)]), data};
}
