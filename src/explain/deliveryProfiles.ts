// What the segment stories (segmentStory.ts) are generated from: each food-delivery customer
// segment's means, z-scores, time of day and share of revenue, from the raw customer rows.
import {circularMeanHour, hourArc} from "../preprocessing/circularHour.js";

/** The four numeric traits a story reads (the hour is read as a time of day, not as a z-score). */
export type DeliveryTrait = "value" | "frequency" | "diversity" | "seasonality";

/** Which column of the data holds each trait; the defaults are the seed's column names. */
export interface DeliveryColumns {
  value?: string;
  frequency?: string;
  diversity?: string;
  seasonality?: string;
  hour?: string;
}

const defaultColumns: Required<DeliveryColumns> = {
  value: "average_order_value",
  frequency: "order_frequency",
  diversity: "preferred_cuisine_diversity",
  seasonality: "seasonal_variation",
  hour: "peak_ordering_time"
};

/** The traits in their fixed order (ties between equally strong traits go to the earlier one). */
export const traits: DeliveryTrait[] = ["value", "frequency", "diversity", "seasonality"];

/** Mean, minimum and maximum of one column in one segment (for the hour: circular mean and the clock arc). */
export interface ColumnSummary {
  column: string;
  mean: number;
  min: number;
  max: number;
}

/** What a story is generated from: one segment compared with every customer. */
export interface DeliveryProfile {
  /** Customers in the segment. */
  size: number;
  /** size / all customers. */
  share: number;
  /** (segment mean − overall mean) / overall population std, per trait; 0 for a constant column. */
  z: Record<DeliveryTrait, number>;
  /** Segment means per trait. */
  mean: Record<DeliveryTrait, number>;
  /** Circular mean of the members' peak hours, in [0, 24); NaN when it is undefined. */
  hour: number;
  /** Length in hours of the shortest stretch of the clock holding every member's peak hour. */
  hourSpread: number;
  /** Mean over members of value × frequency: order value per customer per month. */
  monthlySpend: number;
  /** The same over every customer. */
  overallMonthlySpend: number;
  /** The segment's part of all customers' monthly order value, in [0, 1]. */
  revenueShare: number;
  /** Mean, min and max of every column, in the data's column order. */
  summary: ColumnSummary[];
}

/** Options of {@link deliveryProfiles}. */
export interface DeliveryProfilesOptions {
  /** Column names of X, in order; required. */
  columns: string[];
  /** Which column holds which trait; defaults to the seed's names. */
  roles?: DeliveryColumns;
}

/**
 * One {@link DeliveryProfile} per segment label 0 … max(labels), from the raw (unscaled) customer
 * rows, so the profile and everything generated from it do not depend on how the clustering scaled them.
 */
export function deliveryProfiles(X: number[][], labels: ArrayLike<number>, {columns, roles = {}}: DeliveryProfilesOptions): DeliveryProfile[] {
  if (!Array.isArray(columns)) throw new TypeError("deliveryProfiles needs {columns}: the names of the data's columns");
  if (!Array.isArray(X) || X.length === 0) throw new RangeError("deliveryProfiles needs at least one customer row");
  if (labels.length !== X.length) throw new RangeError(`there are ${labels.length} labels for ${X.length} customers; give one label per customer`);
  const role = {...defaultColumns};
  for (const [key, column] of Object.entries(roles) as [keyof DeliveryColumns, string | undefined][]) if (column !== undefined) role[key] = column;
  const index = {} as Record<keyof DeliveryColumns, number>;
  for (const key of [...traits, "hour"] as const) {
    index[key] = columns.indexOf(role[key]);
    if (index[key] < 0) throw new RangeError(`no column "${role[key]}" for the ${key} trait; the data has ${columns.join(", ")}`);
  }
  const n = X.length;
  let k = 0;
  for (let i = 0; i < n; ++i) {
    const l = labels[i];
    if (!Number.isInteger(l) || l < 0) throw new RangeError(`label ${l} of customer ${i + 1} must be a non-negative integer`);
    k = Math.max(k, l + 1);
  }
  const column = (j: number, rows: number[][]) => rows.map((row) => row[j]);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const overall = {} as Record<DeliveryTrait, {mean: number; std: number}>;
  for (const t of traits) {
    const values = column(index[t], X);
    const m = mean(values);
    overall[t] = {mean: m, std: Math.sqrt(mean(values.map((v) => (v - m) ** 2)))};
  }
  const spend = X.map((row) => row[index.value] * row[index.frequency]);
  const totalSpend = spend.reduce((a, b) => a + b, 0);
  const profiles: DeliveryProfile[] = [];
  for (let c = 0; c < k; ++c) {
    const members = X.map((_, i) => i).filter((i) => labels[i] === c);
    if (members.length === 0) throw new RangeError(`segment ${c} has no customers; labels must run 0 … k − 1 without gaps`);
    const rows = members.map((i) => X[i]);
    const hours = column(index.hour, rows);
    const arc = hourArc(hours);
    const segmentMean = {} as Record<DeliveryTrait, number>;
    const z = {} as Record<DeliveryTrait, number>;
    for (const t of traits) {
      segmentMean[t] = mean(column(index[t], rows));
      z[t] = overall[t].std > 1e-12 ? (segmentMean[t] - overall[t].mean) / overall[t].std : 0;
    }
    const segmentSpend = members.reduce((a, i) => a + spend[i], 0);
    profiles.push({
      size: members.length,
      share: members.length / n,
      z,
      mean: segmentMean,
      hour: circularMeanHour(hours),
      hourSpread: arc.length,
      monthlySpend: segmentSpend / members.length,
      overallMonthlySpend: totalSpend / n,
      revenueShare: totalSpend > 0 ? segmentSpend / totalSpend : 0,
      summary: columns.map((name, j) => {
        const values = column(j, rows);
        return j === index.hour
          ? {column: name, mean: circularMeanHour(values), min: arc.from, max: arc.to}
          : {column: name, mean: mean(values), min: Math.min(...values), max: Math.max(...values)};
      })
    });
  }
  return profiles;
}
