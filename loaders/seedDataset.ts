// Reads one of the seed's sample datasets from data/<name>.csv (a `name` column and numeric feature columns).
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {csvParse} from "d3-dsv";

export const dataDir = fileURLToPath(new URL("../data/", import.meta.url));

export const seedDatasets = ["spices", "recipes", "recipe_profiles", "cooking", "menu", "food_delivery"] as const;
export type SeedDatasetName = (typeof seedDatasets)[number];

/** A seed dataset, ready for a page: features, item names, the numeric matrix and records for tables. */
export interface SeedDataset {
  name: SeedDatasetName;
  features: string[];
  names: string[];
  X: number[][];
  records: Record<string, string | number>[];
}

export function seedDataset(name: SeedDatasetName): SeedDataset {
  if (!seedDatasets.includes(name)) throw new RangeError(`unknown dataset: ${name}; expected one of ${seedDatasets.join(", ")}`);
  const rows = csvParse(readFileSync(`${dataDir}${name}.csv`, "utf8"));
  const features = rows.columns.filter((c) => c !== "name");
  const X = rows.map((row, i) =>
    features.map((f) => {
      const v = Number(row[f]);
      if (!Number.isFinite(v)) throw new TypeError(`data/${name}.csv: row ${i + 1}, column ${f} is not a number: ${row[f]}`);
      return v;
    })
  );
  const names = rows.map((row) => row.name ?? "");
  const records = rows.map((row, i) => ({name: names[i], ...Object.fromEntries(features.map((f, j) => [f, X[i][j]]))}));
  return {name, features, names, X, records};
}

/** Entry point shared by the thin docs/data/<name>.json.ts loaders: prints the dataset as JSON on stdout. */
export function printSeedDataset(name: SeedDatasetName): void {
  process.stdout.write(JSON.stringify(seedDataset(name)));
}
