// Comparisons used by the exercise checks: each returns null when the learner's answer matches the
// reference, or a sentence saying what is wrong ("your centres have 3 rows; k is 4", "row 2 is 0.13
// away from standardize()'s"). They never throw on odd input: a wrong type is also an answer to explain.

export const pass = (message) => ({ok: true, message});
export const fail = (message) => ({ok: false, message});

const fmt = (v) => (Math.abs(v) >= 100 || Number.isInteger(v) ? String(Math.round(v * 100) / 100) : v.toPrecision(2));

/** What kind of value this is, in words ("a number", "undefined", "an array of 8 items"). */
export function describe(value) {
  if (value === undefined) return "undefined (end the cell with the value, like `Z` on the last line)";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return typeof value.numRows === "function" ? "an Arquero table" : "an object";
  return `${typeof value === "number" ? "the number" : typeof value === "string" ? "the text" : "a"} ${String(value).slice(0, 40)}`;
}

/** Rows of numbers from an array of arrays, typed arrays or an Arquero table; null when it is none of these. */
export function asRows(value) {
  if (value && typeof value.objects === "function" && typeof value.numRows === "function") value = value.objects().map((o) => Object.values(o));
  if (!Array.isArray(value)) return null;
  const rows = value.map((r) => (Array.isArray(r) || ArrayBuffer.isView(r) ? Array.from(r) : null));
  return rows.every((r) => r !== null && r.every((v) => typeof v === "number")) ? rows : null;
}

/** A vector of numbers from an array or typed array; null otherwise. */
export function asVector(value) {
  if (!(Array.isArray(value) || ArrayBuffer.isView(value))) return null;
  const v = Array.from(value);
  return v.every((x) => typeof x === "number") ? v : null;
}

/**
 * Compares a matrix with `reference`: shape first, then the row farthest from the reference row
 * (Euclidean). `what` names the answer ("your centres"), `rows` what the rows are ("k", "spices"),
 * `source` the reference ("standardize()"), `names` optional row names.
 */
export function compareRows(value, reference, {what = "your result", rows = "rows", source = "the library", names = null, tolerance = 1e-6, rowWord = "row"} = {}) {
  const mine = asRows(value);
  if (!mine) return `${what} should be an array of rows of numbers, like [[1, 2], [3, 4]]; it is ${describe(value)}.`;
  if (mine.length !== reference.length) return `${what} ${mine.length === 1 ? "has 1 row" : `have ${mine.length} rows`}; ${rows} is ${reference.length}.`;
  const d = reference[0]?.length ?? 0;
  const bad = mine.findIndex((r) => r.length !== d);
  if (bad >= 0) return `${rowWord} ${bad + 1} has ${mine[bad].length} numbers; it should have ${d}, one per column.`;
  const nan = mine.findIndex((r) => r.some((v) => !Number.isFinite(v)));
  if (nan >= 0) return `${rowWord} ${nan + 1}${names ? ` (${names[nan]})` : ""} has a value that is not a finite number (NaN or Infinity): ${mine[nan].map(fmt).join(", ")}.`;
  let worst = -1;
  let gap = 0;
  mine.forEach((r, i) => {
    const g = Math.hypot(...r.map((v, j) => v - reference[i][j]));
    if (g > gap) [gap, worst] = [g, i];
  });
  if (gap <= tolerance) return null;
  return `${rowWord} ${worst + 1}${names ? ` (${names[worst]})` : ""} is ${fmt(gap)} away from ${source}'s: yours is [${mine[worst].map(fmt).join(", ")}], ${source} gives [${reference[worst].map(fmt).join(", ")}].`;
}

/** Compares a number; null when within `tolerance` (relative to the reference's size, at least absolute 1e-9). */
export function compareNumber(value, reference, {what = "your answer", source = "the library", tolerance = 1e-6} = {}) {
  if (typeof value !== "number" || !Number.isFinite(value)) return `${what} should be a number; it is ${describe(value)}.`;
  if (Math.abs(value - reference) <= tolerance * Math.max(1, Math.abs(reference))) return null;
  return `${what} is ${fmt(value)}; ${source} gives ${fmt(reference)} (${value > reference ? "too high" : "too low"} by ${fmt(Math.abs(value - reference))}).`;
}

/**
 * Compares two labellings as partitions (the numbers of the groups do not matter). Null when they
 * make the same groups; otherwise names two items grouped differently.
 */
export function comparePartition(value, reference, {what = "your labels", item = "item", names = null, source = "the library"} = {}) {
  const mine = asVector(value);
  if (!mine) return `${what} should be an array of numbers, one per ${item}; it is ${describe(value)}.`;
  if (mine.length !== reference.length) return `${what} have ${mine.length} entries; there are ${reference.length} ${item}s.`;
  const k = new Set(reference).size;
  const mk = new Set(mine).size;
  if (mk !== k) return `${what} make ${mk} group${mk === 1 ? "" : "s"}; ${source} makes ${k}.`;
  const name = (i) => (names ? names[i] : `${item} ${i + 1}`);
  for (let i = 0; i < mine.length; ++i) {
    for (let j = i + 1; j < mine.length; ++j) {
      const same = mine[i] === mine[j];
      if (same !== (reference[i] === reference[j])) {
        return same ? `${name(i)} and ${name(j)} are together in yours but apart in ${source}'s.` : `${name(i)} and ${name(j)} are apart in yours but together in ${source}'s.`;
      }
    }
  }
  return null;
}

/** Angle in degrees between two directions, ignoring sign (a component and its negative are the same axis). */
export function axisAngle(a, b) {
  const dot = a.reduce((s, v, j) => s + v * b[j], 0);
  const cos = Math.abs(dot) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}
