// Runs a code cell's text in Node with the scope the code-cell worker gives it (the library, Arquero,
// the lesson data by name, a `show` that records), returning the completion value as the worker does.
import * as aq from "arquero";
import * as lib from "../../../src/index.js";
import {seedDataset} from "../../../loaders/seedDataset.js";

const files = {spices: "spices", recipes: "recipes", profiles: "recipe_profiles", dishes: "cooking", customers: "food_delivery"} as const;

export const data = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, seedDataset(file)])) as Record<keyof typeof files, ReturnType<typeof seedDataset>>;

export function scope(): Record<string, unknown> {
  const s: Record<string, unknown> = {...lib, aq, show: {scatter() {}, table() {}, dendrogram() {}}};
  for (const [name, d] of Object.entries(data)) {
    s[name] = aq.from(d.records);
    s[`${name}X`] = d.X.map((r) => r.slice());
    s[`${name}Names`] = d.names.slice();
    s[`${name}Rows`] = d.records.map((r) => ({...r}));
    s[`${name}Features`] = d.features.slice();
  }
  return s;
}

/** The value of the code's last statement, with the scope's names in reach (sloppy-mode `with` + direct eval, as a REPL). */
export function runInScope(code: string): unknown {
  return new Function("__scope", "__code", "with (__scope) { return eval(__code); }")(scope(), code);
}

export const context = {lib, aq, data};
