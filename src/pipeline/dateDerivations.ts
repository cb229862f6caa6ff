// The date features of a saved model (src/preprocessing/dateFeatures.ts), each with the reference it was
// fitted with: new rows get "days since" counted back from the training column's latest date, not from
// their own, so a row means the same number of days in training and in every later file.
import {dateFeature, dateFeatureName, datePartLabel, dateParts} from "../preprocessing/dateFeatures.js";
import type {DateFeature, DatePart} from "../preprocessing/dateFeatures.js";
import {columnSource} from "../preprocessing/prepareFeatures.js";
import type {ColumnSource} from "../preprocessing/prepareFeatures.js";

/** A feature derived from a date column, as a saved model keeps it. */
export interface Derivation {
  column: string;
  part: DatePart;
  /** "daysSince": the latest date of the training column (epoch ms), the day counted back from; null when the column had no date, and for the other parts. */
  reference: number | null;
}

type Rows = ArrayLike<Record<string, unknown>> | ColumnSource;
const dayMs = 86_400_000;

/** A date as the page writes it: YYYY-MM-DD, with HH:MM (UTC) when it isn't midnight. */
const shown = (t: number) => new Date(t).toISOString().slice(0, t % dayMs === 0 ? 10 : 16).replace("T", " ");

/** The derivation in words, for messages: "days before 2024-06-29, the latest date it was fitted on". */
function described({part, reference}: Derivation): string {
  switch (part) {
    case "daysSince":
      return reference === null ? "days before the latest date it was fitted on" : `days before ${shown(reference)}, the latest date it was fitted on`;
    case "month":
      return "the month of each date";
    case "weekday":
      return "the weekday of each date";
    default:
      throw new RangeError(`unknown date part: ${String(part satisfies never)}; use "daysSince", "month" or "weekday"`);
  }
}

/**
 * The dates of column `column` as epoch milliseconds (NaN = missing). A typed table (src/io's
 * ColumnTable, whose readers turn ISO text, Excel and Arrow dates into dates) must have read it as
 * dates; untyped rows may hold Date objects or epoch milliseconds.
 */
function dateValues(source: ColumnSource, derivation: Derivation, rows: string): Float64Array {
  const {column} = derivation;
  const j = source.columns.indexOf(column);
  const name = `“${dateFeatureName(derivation)}”`;
  if (j < 0) throw new RangeError(`The ${rows} have no column “${column}”; the model derives ${name} from it (${described(derivation)}).`);
  const values = source.data[j];
  const type = (source as {types?: string[]}).types?.[j];
  if (type === "date") return values as Float64Array;
  if (type === "empty") return new Float64Array(source.n).fill(NaN);
  if (type !== undefined) throw new RangeError(`Column “${column}” of the ${rows} is not read as dates (it holds ${type === "number" ? "numbers" : "text"}), so ${name} can't be derived from it; write its dates as ISO dates (2024-06-29) or as spreadsheet dates.`);
  const out = new Float64Array(source.n);
  for (let i = 0; i < source.n; ++i) {
    const v = values[i];
    if (v instanceof Date) out[i] = v.getTime();
    else if (typeof v === "number") out[i] = v;
    else if (v === null || v === undefined || v === "") out[i] = NaN;
    else throw new RangeError(`Column “${column}” of the ${rows} holds text (row ${i + 1}: “${String(v).slice(0, 40)}”), not dates, so ${name} can't be derived from it.`);
  }
  return out;
}

/**
 * fitDerivations(data, features) → the {@link Derivation}s of `features` on the training rows: for
 * "daysSince", the latest date of the column. A feature listed twice is kept once.
 */
export function fitDerivations(data: Rows, features: readonly DateFeature[]): Derivation[] {
  const source = columnSource(data);
  const out: Derivation[] = [];
  for (const {column, part} of features) {
    if (out.some((d) => d.column === column && d.part === part)) continue;
    if (!dateParts.includes(part)) throw new RangeError(`unknown date part: ${String(part)}; use "daysSince", "month" or "weekday"`);
    let reference: number | null = null;
    if (part === "daysSince") {
      const values = dateValues(source, {column, part, reference}, "data");
      let max = -Infinity;
      for (let i = 0; i < values.length; ++i) if (values[i] > max) max = values[i];
      reference = max === -Infinity ? null : max;
    } else dateValues(source, {column, part, reference}, "data");
    out.push({column, part, reference});
  }
  return out;
}

/**
 * deriveColumns(derivations, data) → the rows as columns with one number column per derivation added
 * at the end, named by dateFeatureName ("order_date: days since"); "daysSince" is counted back from the
 * saved reference. Other fields of a typed table (types, notes) are kept. Throws a RangeError for the
 * reader when a date column is missing or not dates, or a derived name is already taken.
 */
export function deriveColumns(derivations: readonly Derivation[], data: Rows, {rows = "new rows"}: {/** How messages name the rows; defaults to "new rows". */ rows?: string} = {}): ColumnSource {
  const source = columnSource(data);
  const columns = [...source.columns];
  const values = [...source.data];
  for (const d of derivations) {
    const name = dateFeatureName(d);
    if (columns.includes(name)) throw new RangeError(`The ${rows} already have a column named “${name}”; rename it so that the model can derive ${datePartLabel(d.part)} from “${d.column}”.`);
    columns.push(name);
    values.push(dateFeature(dateValues(source, d, rows), d.part, {reference: d.part === "daysSince" ? (d.reference ?? NaN) : undefined}));
  }
  const types = (source as {types?: string[]}).types;
  return {...source, columns, data: values, ...(types ? {types: [...types, ...derivations.map(() => "number")]} : {})} as ColumnSource;
}

/** Whether `value` is a list of well-formed derivations (checkModel). */
export function isDerivations(value: unknown): value is Derivation[] {
  return (
    Array.isArray(value) &&
    value.every((d) => {
      if (d === null || typeof d !== "object" || typeof d.column !== "string" || !dateParts.includes(d.part)) return false;
      return d.part === "daysSince" ? d.reference === null || (typeof d.reference === "number" && Number.isFinite(d.reference)) : d.reference === null || d.reference === undefined;
    })
  );
}
