// Numbers derived from a date column on request, for clustering: days since (the latest date in the
// column), month (1–12) and weekday (1 = Monday … 7 = Sunday, ISO 8601). Dates are epoch milliseconds
// and every part is taken in UTC, so a file gives the same features on every computer. Missing dates
// (NaN) give missing features, which the missing-value rule then drops or fills like any other.
import type {ColumnTable} from "../io/columnTable.js";

/** What is derived from a date: "daysSince" (fractional days before the column's latest date), "month" (1–12, cyclic), "weekday" (1 = Monday … 7, cyclic). */
export type DatePart = "daysSince" | "month" | "weekday";

/** A feature to derive: a date column and the part taken from it. */
export interface DateFeature {
  column: string;
  part: DatePart;
}

/** The parts, in the order the page offers them. */
export const dateParts: readonly DatePart[] = ["daysSince", "month", "weekday"];

const dayMs = 86_400_000;

/** The month (1–12) of a day counted from 1970-01-01 (H. Hinnant's civil_from_days, no Date object). */
function monthOf(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return mp < 10 ? mp + 3 : mp - 9;
}

/** The words for a part, as feature names and exports write them: "days since", "month", "weekday". */
export function datePartLabel(part: DatePart): string {
  switch (part) {
    case "daysSince":
      return "days since";
    case "month":
      return "month";
    case "weekday":
      return "weekday";
    default:
      throw new RangeError(`unknown date part: ${String(part satisfies never)}; use "daysSince", "month" or "weekday"`);
  }
}

/** The derived feature's column name: "order_date: days since". */
export function dateFeatureName({column, part}: DateFeature): string {
  return `${column}: ${datePartLabel(part)}`;
}

/**
 * dateFeature(values, part) → one derived column (NaN where the date is missing). `values` are epoch
 * milliseconds; days since are counted back from `reference`, which defaults to the latest date present.
 */
export function dateFeature(values: ArrayLike<number>, part: DatePart, {reference = undefined as number | undefined} = {}): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  switch (part) {
    case "daysSince": {
      let latest = reference ?? -Infinity;
      if (reference === undefined) for (let i = 0; i < n; ++i) if (values[i] > latest) latest = values[i];
      for (let i = 0; i < n; ++i) out[i] = (latest - values[i]) / dayMs; // NaN stays NaN
      return out;
    }
    case "month":
      for (let i = 0; i < n; ++i) out[i] = values[i] === values[i] ? monthOf(Math.floor(values[i] / dayMs)) : NaN;
      return out;
    case "weekday":
      // Day 0 of the epoch (1970-01-01) was a Thursday (ISO 4); floor keeps dates before 1970 right.
      for (let i = 0; i < n; ++i) out[i] = values[i] === values[i] ? ((((Math.floor(values[i] / dayMs) + 3) % 7) + 7) % 7) + 1 : NaN;
      return out;
    default:
      throw new RangeError(`unknown date part: ${String(part satisfies never)}; use "daysSince", "month" or "weekday"`);
  }
}

/**
 * dateFeatures(table, features) → the table with one number column per derived feature added after its
 * own columns (named by {@link dateFeatureName}), and the names used. Each feature must name a date column;
 * a feature listed twice is derived once. The table's columns are shared, not copied.
 */
export function dateFeatures(table: ColumnTable, features: readonly DateFeature[] = []): {table: ColumnTable; names: string[]; latest: Record<string, number | null>} {
  const columns = [...table.columns];
  const types = [...table.types];
  const data = [...table.data];
  const names: string[] = [];
  const latest: Record<string, number | null> = Object.create(null);
  for (const feature of features) {
    const j = table.columns.indexOf(feature.column);
    if (j < 0) throw new RangeError(`There is no column “${feature.column}” to derive “${datePartLabel(feature.part)}” from.`);
    if (table.types[j] !== "date") throw new RangeError(`Column “${feature.column}” is not a date column, so “${datePartLabel(feature.part)}” can't be derived from it.`);
    const name = dateFeatureName(feature);
    if (names.includes(name)) continue;
    if (columns.includes(name)) throw new RangeError(`The data already has a column named “${name}”; rename it to derive ${datePartLabel(feature.part)} from “${feature.column}”.`);
    const values = table.data[j] as Float64Array;
    if (feature.part === "daysSince") {
      let max = -Infinity;
      for (let i = 0; i < values.length; ++i) if (values[i] > max) max = values[i];
      latest[feature.column] = max === -Infinity ? null : max;
    }
    columns.push(name);
    types.push("number");
    data.push(dateFeature(values, feature.part));
    names.push(name);
  }
  return {table: {...table, columns, types, data}, names, latest};
}
