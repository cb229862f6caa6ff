// The loaded table on the page: the worker's columns, held as they came (typed arrays, arrays of
// text), with lookups by column position — no object per row and no column name used as a key, so a
// column called "__proto__" or "toString" is shown like any other. See protocol.txt.

const pad = (n) => String(n).padStart(2, "0");

/** A date (epoch ms) as text: YYYY-MM-DD at midnight UTC, else YYYY-MM-DD HH:MM (UTC). */
export function formatDate(ms) {
  if (ms === null || ms !== ms) return "";
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return ms % 86400000 === 0 ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

// One formatter for every cell: toLocaleString builds a new one per call (1.2 s for a wide preview).
const numberFormat = new Intl.NumberFormat("en-US", {maximumFractionDigits: 6});
const formatNumber = (v) => (v === null || v === undefined ? "" : numberFormat.format(v));
// A cell shown on the page is cut at this many characters (a 10 MB cell froze the page for 11 s).
const maxText = 300;
const shorten = (v) => `${v.slice(0, maxText)}… (${v.length.toLocaleString("en-US")} characters)`;
const formatText = (v) => (v === null || v === undefined ? "" : String(v));

/** The page's table from the worker's encoded table (see encodeTable.js). */
export function pageTable(encoded) {
  const {n, columns, types, notes} = encoded;
  const positions = new Map(columns.map((c, j) => [c, j]));
  // Repetitive text stays a dictionary plus codes until a whole column is asked for.
  const stored = encoded.data;
  const decoded = new Array(columns.length).fill(null);
  const columnAt = (j) => {
    if (decoded[j] === null) {
      const c = stored[j];
      decoded[j] = c.dictionary ? Array.from(c.codes, (code) => c.dictionary[code]) : c.values;
    }
    return decoded[j];
  };
  const at = (i, j) => {
    const c = stored[j];
    const v = c.dictionary ? c.dictionary[c.codes[i]] : c.values[i];
    return typeof v === "number" ? (v !== v ? null : v) : (v ?? null);
  };
  const record = (i, display) => {
    const r = Object.create(null);
    for (let j = 0; j < columns.length; ++j) {
      const v = at(i, j);
      r[columns[j]] = !display || v === null ? v : types[j] === "date" ? formatDate(v) : typeof v === "string" && v.length > maxText ? shorten(v) : v;
    }
    return r;
  };
  return {
    n,
    columns,
    types,
    notes,
    index: (name) => positions.get(name) ?? -1,
    column: (name) => (positions.has(name) ? columnAt(positions.get(name)) : undefined),
    get: (i, name) => (positions.has(name) ? at(i, positions.get(name)) : null),
    display(i, name) {
      const j = positions.get(name);
      if (j === undefined) return "";
      const v = at(i, j);
      return v === null ? "" : types[j] === "date" ? formatDate(v) : String(v);
    },
    row: (i) => record(i, false),
    rows: (indices) => Array.from(indices, (i) => record(i, false)),
    /** The first `count` rows (or the rows `indices`) for display: dates as text, long text cut; null-prototype records. */
    preview: (count = 100, indices = null) => Array.from(indices ?? {length: Math.min(count, n)}, (v, k) => record(indices ? v : k, true)),
    /**
     * Options for Inputs.table over `preview`/`rows` records: the first `maxColumns` columns (40: a
     * table of 1,000 columns took 8 s to lay out), and `format`, `align` and
     * `width` as null-prototype records with an entry per column — Inputs.table looks names up with
     * `in`, so on a plain {} a column called "__proto__" or "toString" finds Object.prototype's.
     */
    tableOptions({maxColumns = 40} = {}) {
      const format = Object.create(null);
      const align = Object.create(null);
      const widths = Object.create(null);
      columns.forEach((c, j) => {
        format[c] = types[j] === "number" ? formatNumber : formatText;
        align[c] = types[j] === "number" ? "right" : "left";
      });
      return {columns: columns.slice(0, maxColumns), format, align, width: widths};
    },
    /** The columns as the worker sent them, to load into another worker (copied by postMessage). */
    encoded: () => encoded
  };
}
