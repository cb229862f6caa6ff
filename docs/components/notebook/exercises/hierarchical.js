// Exercises of the hierarchical-clustering lesson (the eight recipes, standardized).
import {asVector, compareNumber, comparePartition, describe, fail, pass} from "./compare.js";

const recipesZ = (lib, data) => lib.standardize(data.recipes.X).data;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
const mean = (rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);

/** Ward's merge cost of groups A and B (row indices): |A||B| / (|A| + |B|) · ‖mean A − mean B‖². */
export function wardCost(Z, A, B) {
  const d = distance(mean(A.map((i) => Z[i])), mean(B.map((i) => Z[i])));
  return ((A.length * B.length) / (A.length + B.length)) * d * d;
}

/** The two groups of exercise 2: Chicken Tikka with Beef Curry, and Pasta Carbonara with Stir Fry. */
export const groupA = [1, 3];
export const groupB = [0, 7];

export default [
  {
    id: "hierarchical-first-merge",
    title: "The first merge",
    prompt: [
      "Agglomerative clustering starts with every recipe on its own and first joins the two that are closest. With Ward linkage, two single recipes merge at a height equal to their distance.",
      "Find the closest pair of standardized recipes. End with `[i, j, d]`: their row numbers (i < j) and their distance. The check compares with the first row of `hierarchical(Z).merges`."
    ],
    starter: `const Z = standardize(recipesX).data;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
let best = [0, 1, distance(Z[0], Z[1])];
// try every pair i < j and keep the closest
best`,
    hints: [
      "Two loops: `for (let i = 0; i < Z.length; ++i) for (let j = i + 1; j < Z.length; ++j) { … }`.",
      "Inside, compute `const d = distance(Z[i], Z[j])` and replace `best` when `d < best[2]`.",
      "`recipesNames[i]` tells you which recipes you found."
    ],
    solution: `const Z = standardize(recipesX).data;
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
let best = [0, 1, distance(Z[0], Z[1])];
for (let i = 0; i < Z.length; ++i)
  for (let j = i + 1; j < Z.length; ++j) {
    const d = distance(Z[i], Z[j]);
    if (d < best[2]) best = [i, j, d];
  }
best`,
    check(value, {lib, data}) {
      const Z = recipesZ(lib, data);
      const [a, b, h] = lib.hierarchical(Z).merges[0];
      const names = data.recipes.names;
      const mine = asVector(value);
      if (!mine || mine.length !== 3) return fail(`end with [i, j, d], three numbers; the cell ends with ${describe(value)}.`);
      const [i, j, d] = mine;
      if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= Z.length || j >= Z.length) return fail(`i and j should be row numbers from 0 to ${Z.length - 1}; you gave ${i} and ${j}.`);
      const pair = [Math.min(i, j), Math.max(i, j)];
      if (pair[0] !== a || pair[1] !== b) {
        return fail(`${names[pair[0]]} and ${names[pair[1]]} are ${distance(Z[pair[0]], Z[pair[1]]).toFixed(3)} apart, but ${names[a]} and ${names[b]} are closer (${h.toFixed(3)}): hierarchical() merges them first.`);
      }
      const problem = compareNumber(d, h, {what: "your distance", source: "the first merge's height"});
      return problem ? fail(problem) : pass(`${names[a]} and ${names[b]} merge first, at height ${h.toFixed(3)}, as in hierarchical(Z).merges[0].`);
    }
  },
  {
    id: "hierarchical-ward-cost",
    title: "The Ward cost of a merge",
    prompt: [
      "Ward linkage merges the two groups whose merge raises the total within-group sum of squares least. That rise is |A|·|B| / (|A| + |B|) times the squared distance between the groups' means.",
      "Compute it for A = Chicken Tikka and Beef Curry (rows 1 and 3) and B = Pasta Carbonara and Stir Fry (rows 0 and 7). End with the number. (The tree draws this merge at height √(2 · cost).)"
    ],
    starter: `const Z = standardize(recipesX).data;
const A = [1, 3];
const B = [0, 7];
const mean = (rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
let cost = 0;
cost`,
    hints: [
      "The means: `const mA = mean(A.map((i) => Z[i]))`, and the same for B.",
      "The squared distance between the means: `mA.reduce((s, v, j) => s + (v - mB[j]) ** 2, 0)`.",
      "Multiply by |A|·|B| / (|A| + |B|): here 2 · 2 / 4 = 1."
    ],
    solution: `const Z = standardize(recipesX).data;
const A = [1, 3];
const B = [0, 7];
const mean = (rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
const mA = mean(A.map((i) => Z[i]));
const mB = mean(B.map((i) => Z[i]));
const cost = (A.length * B.length) / (A.length + B.length) * mA.reduce((s, v, j) => s + (v - mB[j]) ** 2, 0);
cost`,
    check(value, {lib, data}) {
      const Z = recipesZ(lib, data);
      const cost = wardCost(Z, groupA, groupB);
      if (typeof value === "number" && Math.abs(value - Math.sqrt(cost)) < 1e-6) return fail(`${value.toFixed(3)} is the distance between the means; the cost multiplies its square by |A|·|B| / (|A| + |B|).`);
      if (typeof value === "number" && Math.abs(value - Math.sqrt(2 * cost)) < 1e-6) return fail(`${value.toFixed(3)} is the merge height √(2 · cost); the exercise asks for the cost itself.`);
      const problem = compareNumber(value, cost, {what: "your cost", source: "Ward's formula on standardize(recipesX)"});
      return problem ? fail(problem) : pass(`the merge would cost ${cost.toFixed(3)}; drawn in the tree at height ${Math.sqrt(2 * cost).toFixed(3)}.`);
    }
  },
  {
    id: "hierarchical-cut",
    title: "Cut an average-linkage tree",
    prompt: [
      "The linkage decides which groups are closest. Build the recipe tree with **average** linkage and cut it into **3** clusters with `cutTree`.",
      "End with the labels (one per recipe). The check compares your groups with the library's; the numbers of the groups do not matter."
    ],
    starter: `const Z = standardize(recipesX).data;
const merges = hierarchical(Z, {linkage: "ward"}).merges;
const labels = cutTree(merges, {k: 2});
labels`,
    hints: ["The linkage is an option: `hierarchical(Z, {linkage: \"average\"})`.", "`cutTree(merges, {k: 3})` cuts where three branches remain."],
    solution: `const Z = standardize(recipesX).data;
const merges = hierarchical(Z, {linkage: "average"}).merges;
const labels = cutTree(merges, {k: 3});
labels`,
    check(value, {lib, data}) {
      const ref = lib.cutTree(lib.hierarchical(recipesZ(lib, data), {linkage: "average"}).merges, {k: 3});
      const problem = comparePartition(value, ref, {what: "your labels", item: "recipe", names: data.recipes.names, source: "the average-linkage cut"});
      return problem ? fail(problem) : pass("these are the three groups of the average-linkage tree.");
    }
  }
];
