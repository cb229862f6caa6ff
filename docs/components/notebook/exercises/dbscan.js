// Exercises of the DBSCAN lesson (the twelve dishes of the kitchen log, standardized, eps 0.8).
import {asVector, compareNumber, describe, fail, pass} from "./compare.js";

const dishesZ = (lib, data) => lib.standardize(data.dishes.X).data;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
/** Dishes within `eps` of dish i, itself included (DBSCAN's neighbourhood). */
export const neighbours = (Z, i, eps) => Z.filter((r) => distance(r, Z[i]) <= eps).length;

export default [
  {
    id: "dbscan-neighbours",
    title: "Count a neighbourhood",
    prompt: [
      "DBSCAN draws a circle of radius eps around every dish and counts the dishes inside, the dish itself included.",
      "How many dishes lie within eps = 0.8 of Meat A (row 3) in standardized units? End with the count."
    ],
    starter: `const Z = standardize(dishesX).data;
const eps = 0.8;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
let count = 0;
// count the rows of Z within eps of Z[3]
count`,
    hints: ["`Z.filter((row) => distance(row, Z[3]) <= eps)` keeps the neighbours.", "Meat A is at distance 0 from itself, so it counts too."],
    solution: `const Z = standardize(dishesX).data;
const eps = 0.8;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
const count = Z.filter((row) => distance(row, Z[3]) <= eps).length;
count`,
    check(value, {lib, data}) {
      const Z = dishesZ(lib, data);
      const ref = neighbours(Z, 3, 0.8);
      if (value === ref - 1) return fail(`you counted ${value}; there are ${ref}: the dish itself counts as one of its neighbours.`);
      const problem = compareNumber(value, ref, {what: "your count", source: "the distances"});
      return problem ? fail(problem) : pass(`${ref} dishes (Meat A included) lie within 0.8 of Meat A.`);
    }
  },
  {
    id: "dbscan-core",
    title: "Count the core dishes",
    prompt: [
      "A dish is **core** when its circle of radius eps holds at least minSamples dishes (itself included).",
      "Count the core dishes at eps = 0.8 with minSamples = 3, and end with the number. The check compares with `dbscan(Z, {eps: 0.8, minSamples: 3}).core`."
    ],
    starter: `const Z = standardize(dishesX).data;
const eps = 0.8;
const minSamples = 3;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
const neighbours = (i) => Z.filter((row) => distance(row, Z[i]) <= eps).length;
let cores = 0;
cores`,
    hints: ["For each dish i, it is core when `neighbours(i) >= minSamples`.", "`Z.filter((_, i) => neighbours(i) >= minSamples).length` counts them."],
    solution: `const Z = standardize(dishesX).data;
const eps = 0.8;
const minSamples = 3;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
const neighbours = (i) => Z.filter((row) => distance(row, Z[i]) <= eps).length;
const cores = Z.filter((_, i) => neighbours(i) >= minSamples).length;
cores`,
    check(value, {lib, data}) {
      const Z = dishesZ(lib, data);
      const ref = lib.dbscan(Z, {eps: 0.8, minSamples: 3}).core.filter(Boolean).length;
      const without = Z.filter((_, i) => neighbours(Z, i, 0.8) - 1 >= 3).length;
      if (value === without && without !== ref) return fail(`you counted ${value} core dishes; dbscan() finds ${ref}. A dish counts itself among its neighbours.`);
      const problem = compareNumber(value, ref, {what: "your count", source: "dbscan()"});
      return problem ? fail(problem) : pass(`${ref} of the ${Z.length} dishes are core at eps 0.8 with minSamples 3.`);
    }
  },
  {
    id: "dbscan-noise",
    title: "Name the noise",
    prompt: [
      "Run `dbscan` on the standardized dishes with eps = 0.8 and minSamples = 3. Dishes labelled −1 are noise: the inspector's alarms.",
      "End with the names of the noise dishes (an array of strings, in any order)."
    ],
    starter: `const Z = standardize(dishesX).data;
const result = dbscan(Z, {eps: 0.8, minSamples: 3});
const noise = [];
noise`,
    hints: ["`result.labels[i]` is −1 for noise.", "`dishesNames.filter((_, i) => result.labels[i] === -1)`."],
    solution: `const Z = standardize(dishesX).data;
const result = dbscan(Z, {eps: 0.8, minSamples: 3});
const noise = dishesNames.filter((_, i) => result.labels[i] === -1);
noise`,
    check(value, {lib, data}) {
      const labels = lib.dbscan(dishesZ(lib, data), {eps: 0.8, minSamples: 3}).labels;
      const ref = data.dishes.names.filter((_, i) => labels[i] === -1);
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
        const v = asVector(value);
        return fail(v ? "end with the dishes' names (strings), not their numbers: `dishesNames[i]`." : `end with an array of names; the cell ends with ${describe(value)}.`);
      }
      const extra = value.filter((v) => !ref.includes(v));
      const missing = ref.filter((v) => !value.includes(v));
      if (extra.length) return fail(`${extra.join(", ")} ${extra.length === 1 ? "is" : "are"} not noise at eps 0.8 (or not a dish of the log).`);
      if (missing.length) return fail(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} noise too.`);
      return pass(`the noise is ${ref.join(", ")}.`);
    }
  }
];
