// The preparation of a saved model: prepareFeatures on the training rows, plus the fill value of every
// chosen column (prepareFeatures keeps only those of columns that had a gap), so new rows can be filled too.
import {columnSource, isNumber, median, prepareFeatures, present} from "../preprocessing/prepareFeatures.js";
import type {ColumnSource, PreparedFeatures, PrepareOptions} from "../preprocessing/prepareFeatures.js";
import type {DateFeature} from "../preprocessing/dateFeatures.js";
import {deriveColumns, fitDerivations} from "./dateDerivations.js";
import type {Preparation} from "./segmentModel.js";

/**
 * {prepared, preparation}: the training rows prepared by {@link prepareFeatures} (same options) and
 * the JSON-ready {@link Preparation} that prepares new rows the same way: the categories of each text
 * column, the fill value of each column (the mean or median of its training values; a text column's
 * most frequent value, the first in sort order on a tie), and the fitted centre and scale. With
 * `derived`, the date features are derived first (src/preprocessing/dateFeatures.ts; `numeric` names
 * them "order_date: days since") and the preparation keeps each one with the latest training date that
 * "days since" counts back from.
 */
export function fitPreparation(data: ArrayLike<Record<string, unknown>> | ColumnSource, options: PrepareOptions & {/** Date features to derive from `data` first; defaults to none. */ derived?: readonly DateFeature[]} = {}): {prepared: PreparedFeatures; preparation: Preparation} {
  const derivations = options.derived?.length ? fitDerivations(data, options.derived) : [];
  const source = derivations.length ? deriveColumns(derivations, data, {rows: "data"}) : columnSource(data);
  const prepared = prepareFeatures(source, options);
  const {numeric = [], categorical = []} = options;
  const column = (c: string) => source.data[source.columns.indexOf(c)];
  const filling = prepared.missing !== "drop";
  const fill = numeric.map((c) => {
    if (!filling) return null;
    if (c in prepared.fill) return prepared.fill[c] as number;
    const values: number[] = [];
    const v = column(c);
    for (let i = 0; i < source.n; ++i) if (isNumber(v[i])) values.push(v[i] as number);
    return prepared.missing === "mean" ? values.reduce((a, b) => a + b, 0) / values.length : median(values);
  });
  const categoryFill = categorical.map((c) => {
    if (!filling) return null;
    if (c in prepared.fill) return String(prepared.fill[c]);
    const counts = new Map<string, number>();
    const v = column(c);
    for (let i = 0; i < source.n; ++i) if (present(v[i])) counts.set(String(v[i]), (counts.get(String(v[i])) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  });
  const categories = categorical.map((c) => prepared.features.filter((f) => f.startsWith(`${c} = `)).map((f) => f.slice(c.length + 3)));
  return {
    prepared,
    preparation: {...(derivations.length ? {derived: derivations} : {}), numeric: [...numeric], categorical: [...categorical], categories, missing: prepared.missing, fill, categoryFill, scaling: prepared.scaling, center: prepared.center, scale: prepared.scale, features: prepared.features}
  };
}
