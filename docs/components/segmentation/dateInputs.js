// Dates on /segmentation: never features by themselves; on request, each date column gives "days since",
// "month" and/or "weekday" as numeric features (src/preprocessing/dateFeatures.ts, computed in the
// worker). These inputs choose them; the feature checkbox then offers them, checked when first derived.
import * as Inputs from "npm:@observablehq/inputs";
import {html} from "npm:htl";
import {dateFeatureName, dateParts} from "../../lib/index.js";
import {formatDate} from "./pageTable.js";

/** The date columns of a data-quality profile that hold at least one date. */
export function dateColumns(quality) {
  return quality.columns.filter((c) => c.type === "date" && c.min !== null);
}

/** What each part means, for the checkbox next to it; `c` is the column's quality entry. */
function partText(part, c) {
  switch (part) {
    case "daysSince":
      return `days since (back from ${formatDate(c.max)}, the latest date in the column)`;
    case "month":
      return "month (1–12; cyclic: December sits next to January, not 11 away)";
    case "weekday":
      return "weekday (1 = Monday … 7 = Sunday; cyclic too)";
    default:
      throw new RangeError(`unknown date part: ${part}`);
  }
}

/** The valid [{column, part}] of a saved or linked value, for the columns on offer (anything else is dropped). */
export function cleanDerived(value, columns) {
  if (!Array.isArray(value)) return [];
  const names = columns.map((c) => c.name);
  return value.filter((f) => f !== null && typeof f === "object" && names.includes(f.column) && dateParts.includes(f.part));
}

/** The feature names of a run's derived date features ("order_date: days since"). */
export function derivedNames(params) {
  return (Array.isArray(params?.derived) ? params.derived : []).map(dateFeatureName);
}

/**
 * dateFeatureInput(columns, {value}) → an input (for view()) whose value is [{column, part}]: one
 * checkbox group per date column. With no date column it is an empty element whose value is [].
 */
export function dateFeatureInput(columns, {value = []} = {}) {
  const chosen = cleanDerived(value, columns);
  const boxes = columns.map((c) => Inputs.checkbox(dateParts, {label: c.name, format: (part) => partText(part, c), value: chosen.filter((f) => f.column === c.name).map((f) => f.part)}));
  const node = columns.length
    ? html`<div class="seg-dates"><h3>Dates</h3>
        <p class="seg-small">A date is not a feature by itself: derive numbers from it. They are computed in UTC (a time with a zone is converted first) and join the numeric features below, checked; untick one there to keep it out of the segments.</p>
        ${boxes}</div>`
    : html`<div class="seg-dates" hidden></div>`;
  Object.defineProperty(node, "value", {
    get: () => boxes.flatMap((box, i) => box.value.map((part) => ({column: columns[i].name, part}))),
    set(next) {
      const wanted = cleanDerived(next, columns);
      boxes.forEach((box, i) => (box.value = wanted.filter((f) => f.column === columns[i].name).map((f) => f.part)));
    }
  });
  return node;
}

/**
 * The numeric-feature choice across changes of the derived features: `offer(names)` gives the value the
 * rebuilt checkbox should take (what was chosen and is still offered, plus names never offered before,
 * i.e. just derived), `keep(value)` records the reader's choice. `chosen`, `seen`: the starting choice
 * and the names already offered (a restored analysis's features are not "new").
 */
export function featureMemory(chosen, seen = chosen) {
  let picked = new Set(chosen);
  const offered = new Set(seen);
  return {
    offer(names) {
      const value = names.filter((n) => picked.has(n) || !offered.has(n));
      for (const n of names) offered.add(n);
      picked = new Set(value);
      return value;
    },
    keep(value) {
      picked = new Set(value);
    }
  };
}

/** The "Numeric features" checkbox: the numeric columns, then the derived date features (see featureMemory). */
export function numericFeatureInput(numericColumns, derived, memory) {
  const options = [...numericColumns, ...derived.map(dateFeatureName)];
  const input = Inputs.checkbox(options, {label: "Numeric features", value: memory.offer(options)});
  input.addEventListener("input", () => memory.keep(input.value));
  return input;
}

/** The columns a run describes per segment: not identifiers, not raw dates (epoch ms mean nothing), plus the derived features. */
export function profiledColumns(columns, {identifiers = [], dates = [], derived = []} = {}) {
  const skip = new Set([...identifiers, ...dates.map((c) => c.name)]);
  return [...columns.filter((c) => !skip.has(c)), ...derived.map(dateFeatureName)];
}
