// The rows of the page's data-quality table: one per column, dates shown as dates, and why a column is
// not among the default features (a date, an identifier, a code, constant, empty).
import {exclusionReason} from "../../lib/index.js";
import {formatDate} from "./pageTable.js";

/** qualityRows(quality) → [{column, type, missing, distinct, range, note}] for Inputs.table. */
export function qualityRows(quality) {
  return quality.columns.map((c) => ({
    column: c.name,
    type: c.type,
    missing: c.missing,
    distinct: c.distinct,
    range: c.min === null ? "" : c.type === "date" ? `${formatDate(c.min)} – ${formatDate(c.max)}` : `${+c.min.toFixed(2)} – ${+c.max.toFixed(2)}`,
    note: exclusionReason(c) ?? ""
  }));
}
