// Soft membership (issue 18): each row's probability (mixture) or membership strength (HDBSCAN) in
// the member list and in the CSV/JSON exports, with the rows below `result.uncertainBelow` marked.
import {freeNames} from "../wording.js";

const rounded = (v) => (v === null || v === undefined || Number.isNaN(v) ? null : +v.toFixed(4));

/** The word for a row below the threshold: "uncertain" (mixture) or "edge" (HDBSCAN: noise or a cluster's edge). */
export const markWord = (result) => (result.model?.kind === "hdbscan" ? "edge" : "uncertain");

/** The extra CSV columns [{wanted, values}] a result with memberships adds: membership and its mark (1 = below the threshold). */
export function membershipColumns(result) {
  if (!result.membership) return [];
  const threshold = result.uncertainBelow;
  return [
    {wanted: "membership", values: Array.from(result.membership, rounded)},
    {wanted: markWord(result), values: Array.from(result.membership, (v) => (Number.isNaN(v) ? null : v < threshold ? 1 : 0))}
  ];
}

/** JSON fields of a result with memberships: per-row values and the threshold. */
export function membershipJson(result) {
  if (!result.membership) return {};
  return {membership: {threshold: result.uncertainBelow, mark: markWord(result), values: Array.from(result.membership, rounded)}};
}

/**
 * Rows of the member list with the membership as a first column (named so it collides with no data
 * column), formatted "0.43 · uncertain" below the threshold; returns {rows, options} for Inputs.table.
 */
export function withMembership(rows, indices, result, options, allColumns = options.columns) {
  if (!result.membership || !indices) return {rows, options};
  const [name] = freeNames(allColumns, ["membership"]);
  const threshold = result.uncertainBelow;
  const mark = markWord(result);
  rows.forEach((r, j) => (r[name] = rounded(result.membership[indices[j]])));
  const format = Object.assign(Object.create(null), options.format);
  const align = Object.assign(Object.create(null), options.align);
  format[name] = (v) => (v === null ? "—" : `${v.toFixed(2)}${v < threshold ? ` · ${mark}` : ""}`);
  align[name] = "right";
  return {rows, options: {...options, columns: [name, ...options.columns], format, align}};
}
