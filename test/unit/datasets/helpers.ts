// Small measurements the dataset tests share.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

export interface SklearnShapes {
  sklearn: string;
  moons: Record<string, {X: number[][]; y: number[]}>;
  circles: Record<string, {X: number[][]; y: number[]}>;
}

export const sklearnShapes = JSON.parse(readFileSync(fileURLToPath(new URL("../../fixtures/datasets/sklearn-shapes.json", import.meta.url)), "utf8")) as SklearnShapes;

/** Number of rows in each group. */
export function groupSizes(y: number[]): number[] {
  const sizes: number[] = [];
  for (const g of y) sizes[g] = (sizes[g] ?? 0) + 1;
  return Array.from(sizes, (s) => s ?? 0);
}

/** Mean of each coordinate over the rows of group g. */
export function groupMean(X: number[][], y: number[], g: number): number[] {
  const rows = X.filter((_, i) => y[i] === g);
  return [0, 1].map((j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
}

/** Standard deviation (n − 1) of coordinate j over the rows of group g. */
export function groupStd(X: number[][], y: number[], g: number, j: number): number {
  const rows = X.filter((_, i) => y[i] === g).map((r) => r[j]);
  const m = rows.reduce((a, b) => a + b, 0) / rows.length;
  return Math.sqrt(rows.reduce((s, v) => s + (v - m) ** 2, 0) / (rows.length - 1));
}

/** The smallest distance between a row of group a and a row of group b. */
export function gapBetween(X: number[][], y: number[], a: number, b: number): number {
  let best = Infinity;
  for (let i = 0; i < X.length; ++i) {
    if (y[i] !== a) continue;
    for (let j = 0; j < X.length; ++j) if (y[j] === b) best = Math.min(best, Math.hypot(X[i][0] - X[j][0], X[i][1] - X[j][1]));
  }
  return best;
}
