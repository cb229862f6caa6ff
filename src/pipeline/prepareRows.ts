// New rows through a saved preparation: the same columns, the same fill values, the same one-hot
// categories and the same centre and scale as the training rows — nothing is fitted again.
import {columnSource} from "../preprocessing/prepareFeatures.js";
import type {ColumnSource} from "../preprocessing/prepareFeatures.js";
import type {Preparation} from "./segmentModel.js";

/** New rows prepared by a saved {@link Preparation}. */
export interface PreparedRows {
  /** Scaled feature rows, one per kept row. */
  X: number[][];
  /** Each kept row's text values (after filling), one per categorical column. */
  text: (string | null)[][];
  /** Index in the table of each kept row. */
  rowIndex: number[];
  /** Rows left out because a chosen value was missing ("drop" only). */
  dropped: number;
  /** Cells filled with the training value, per column ("mean"/"median" only). */
  filled: Record<string, number>;
  /** Rows whose category was not seen in training (all its one-hot columns 0), per column. */
  unseen: Record<string, number>;
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const present = (v: unknown): boolean => v !== null && v !== undefined && v !== "" && !(typeof v === "number" && Number.isNaN(v));
/** A number, or text that reads as one (a column a reader kept as text because of another cell). */
const readsAsNumber = (v: unknown): boolean => isNumber(v) || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)));

/**
 * Prepares new rows as the training rows were. Throws a RangeError naming every missing column, or
 * the first text cell (row number from 1, as a spreadsheet counts) of a column the model reads as
 * numbers; text that reads as a number ("3") counts as that number.
 */
export function prepareRows(preparation: Preparation, data: ArrayLike<Record<string, unknown>> | ColumnSource): PreparedRows {
  const source = columnSource(data);
  const {numeric, categorical, categories, missing, fill, categoryFill, center, scale} = preparation;
  const absent = [...numeric, ...categorical].filter((c) => !source.columns.includes(c));
  if (absent.length) {
    const list = absent.map((c) => `“${c}”`).join(", ");
    throw new RangeError(`The new rows have no column ${list}; the model needs ${absent.length === 1 ? "it" : "them"} (it was fitted on ${[...numeric, ...categorical].map((c) => `“${c}”`).join(", ")}).`);
  }
  const columns = new Map([...numeric, ...categorical].map((c) => [c, source.data[source.columns.indexOf(c)]]));
  for (const c of numeric) {
    const v = columns.get(c)!;
    for (let i = 0; i < source.n; ++i) {
      if (present(v[i]) && !readsAsNumber(v[i])) throw new RangeError(`Column “${c}” of the new rows holds text (row ${i + 1}: “${String(v[i]).slice(0, 40)}”), but the model reads it as numbers.`);
    }
  }
  const filled: Record<string, number> = {};
  const unseen: Record<string, number> = {};
  const levels = categories.map((l) => new Map(l.map((value, j) => [value, j])));
  const d = center.length;
  const X: number[][] = [];
  const text: (string | null)[][] = [];
  const rowIndex: number[] = [];
  let dropped = 0;
  for (let i = 0; i < source.n; ++i) {
    const row = new Array<number>(d).fill(0);
    const words: (string | null)[] = [];
    let complete = true;
    numeric.forEach((c, j) => {
      let v = columns.get(c)![i];
      if (!present(v)) {
        if (missing === "drop") return void (complete = false);
        v = fill[j];
        filled[c] = (filled[c] ?? 0) + 1;
      }
      row[j] = Number(v);
    });
    let offset = numeric.length;
    categorical.forEach((c, j) => {
      let v: unknown = columns.get(c)![i];
      if (!present(v)) {
        if (missing === "drop" || categoryFill[j] === null) complete = false;
        else {
          v = categoryFill[j];
          filled[c] = (filled[c] ?? 0) + 1;
        }
      }
      const word = present(v) ? String(v) : null;
      words.push(word);
      const at = word === null ? undefined : levels[j].get(word);
      if (at === undefined) {
        if (word !== null) unseen[c] = (unseen[c] ?? 0) + 1;
      } else row[offset + at] = 1;
      offset += categories[j].length;
    });
    if (!complete) {
      ++dropped;
      continue;
    }
    for (let j = 0; j < d; ++j) row[j] = (row[j] - center[j]) / scale[j];
    X.push(row);
    text.push(words);
    rowIndex.push(i);
  }
  return {X, text, rowIndex, dropped, filled, unseen};
}
