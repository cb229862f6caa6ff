import {standardize} from "./standardize.js";

/** How a dish's cuisine enters the distances: left out, as the seed's number 1–7, or one-hot. */
export type CuisineEncoding = "none" | "code" | "onehot";

/** Options of {@link menuFeatures}. */
export interface MenuFeatureOptions {
  /** Numeric columns to cluster on (each standardised); defaults to price, prep_time, calories, spice_level. */
  features?: readonly string[];
  /** How cuisine is encoded; defaults to "onehot". */
  cuisine?: CuisineEncoding;
}

/** The clustering matrix of a menu and the name of each of its columns. */
export interface MenuFeatures {
  X: number[][];
  columns: string[];
}

/**
 * Builds the matrix k-means, PCA and DBSCAN see for a menu. Numeric columns are z-scored (a
 * price gap and a calorie gap count alike). Cuisine, a category, is either the seed's code
 * (z-scored like a number, which invents an order: Italian = 1 sits "closer" to Indian = 2 than to
 * French = 5) or one-hot, one 0/1 column per cuisine scaled by 1/√2, so that any two different
 * cuisines lie exactly 1 apart — as far as a one-SD gap in a numeric feature — and none is nearer
 * than another. One-hot columns are not z-scored: that would make a cuisine with a single dish
 * count three times as much as one with three.
 */
export function menuFeatures(
  dishes: readonly object[],
  {features = ["price", "prep_time", "calories", "spice_level"], cuisine = "onehot"}: MenuFeatureOptions = {}
): MenuFeatures {
  const items = dishes as readonly Record<string, unknown>[];
  if (items.length < 2) throw new RangeError(`the menu has ${items.length} dish${items.length === 1 ? "" : "es"}; at least two are needed to compare`);
  const numeric = [...features, ...(cuisine === "code" ? ["cuisine_code"] : [])];
  if (numeric.length === 0 && cuisine !== "onehot") throw new RangeError("no feature is selected; choose at least one feature to compare dishes on");
  const values = items.map((item, i) =>
    numeric.map((f) => {
      const v = Number(item[f]);
      if (!Number.isFinite(v)) throw new TypeError(`dish ${i + 1} (${String(item.name)}) has ${f} = ${String(item[f])}, not a number`);
      return v;
    })
  );
  const scaled = numeric.length > 0 ? standardize(values).data : items.map(() => []);
  switch (cuisine) {
    case "none":
    case "code":
      return {X: scaled, columns: numeric};
    case "onehot": {
      const names = Array.from(new Set(items.map((item) => String(item.cuisine))));
      const w = Math.SQRT1_2;
      return {
        X: items.map((item, i) => [...scaled[i], ...names.map((c) => (String(item.cuisine) === c ? w : 0))]),
        columns: [...numeric, ...names.map((c) => `cuisine: ${c}`)]
      };
    }
    default: {
      const never: never = cuisine;
      throw new RangeError(`unknown cuisine encoding: ${String(never)}; expected "none", "code" or "onehot"`);
    }
  }
}
