// Exercises of the k-means lesson. Each check gets the learner's last value and {lib, data} (the library
// and the lesson data, see worker.js) and compares with the library, saying in words what is wrong.
import {compareNumber, compareRows, asRows, asVector, describe, fail, pass} from "./compare.js";

const spices = (data) => data.spices;
const nearest = (row, centres) => {
  let best = 0;
  let bestD = Infinity;
  centres.forEach((c, j) => {
    const d = row.reduce((s, v, i) => s + (v - c[i]) ** 2, 0);
    if (d < bestD) [best, bestD] = [j, d];
  });
  return {index: best, distance: Math.sqrt(bestD)};
};
/** The starting centres of exercises 2 and 3: Vanilla, Paprika and Brown Sugar (rows 0, 3 and 6). */
export const startRows = [0, 3, 6];

export default [
  {
    id: "kmeans-standardize",
    title: "Standardize the spices by hand",
    prompt: [
      "K-means measures straight-line distances, so a feature with big numbers (price per gram) would outvote the others. Standardizing gives every column mean 0 and standard deviation 1.",
      "Complete `means` and `sds` so that `Z` is the standardized table. Use the population standard deviation (divide by n), as `standardize()` and scikit-learn's `StandardScaler` do. The check compares `Z` with `standardize(spicesX).data`."
    ],
    starter: `// spicesX: 8 spices × 4 features (sweetness, spiciness, aroma, price per gram)
const X = spicesX;
const n = X.length;
const means = X[0].map((_, j) => 0); // the mean of column j
const sds = X[0].map((_, j) => 1); // the population standard deviation of column j
const Z = X.map((row) => row.map((v, j) => (v - means[j]) / sds[j]));
Z`,
    hints: [
      "The mean of column j: `X.reduce((sum, row) => sum + row[j], 0) / n`.",
      "The population variance of column j is the mean of `(row[j] - means[j]) ** 2` over the rows: divide by n, not n − 1. The standard deviation is its square root.",
      "Print `means` with `console.log(means)` and compare with `standardize(spicesX).mean`."
    ],
    solution: `const X = spicesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
const sds = X[0].map((_, j) => Math.sqrt(X.reduce((s, row) => s + (row[j] - means[j]) ** 2, 0) / n));
const Z = X.map((row) => row.map((v, j) => (v - means[j]) / sds[j]));
Z`,
    check(value, {lib, data}) {
      const {X, names, features} = spices(data);
      const ref = lib.standardize(X).data;
      const rows = asRows(value);
      if (rows && rows.length === ref.length && rows.every((r) => r.length === ref[0].length)) {
        const n = rows.length;
        const off = features.findIndex((_, j) => Math.abs(rows.reduce((s, r) => s + r[j], 0) / n) > 1e-6);
        if (off >= 0) return fail(`the ${features[off]} column has mean ${(rows.reduce((s, r) => s + r[off], 0) / n).toFixed(2)}, not 0: subtract each column's mean.`);
        const ratio = rows[0].map((v, j) => v / ref[0][j]).find(Number.isFinite);
        if (Math.abs(ratio - Math.sqrt((n - 1) / n)) < 1e-6 && !compareRows(rows.map((r) => r.map((v) => v / ratio)), ref)) {
          return fail(`your values are √(${n - 1}/${n}) = ${ratio.toFixed(3)} times standardize()'s: you divided by n − 1 (the sample standard deviation). standardize() divides by n.`);
        }
      }
      const problem = compareRows(value, ref, {what: "your Z", rows: "the number of spices", source: "standardize()", names});
      return problem ? fail(problem) : pass("Z is standardize(spicesX).data: every column now has mean 0 and standard deviation 1.");
    }
  },
  {
    id: "kmeans-assign",
    title: "One Assign step",
    prompt: [
      "K-means alternates two steps. **Assign**: every spice goes to its nearest centre. Here the three centres start on Vanilla, Paprika and Brown Sugar (rows 0, 3 and 6 of the standardized spices).",
      "Make `labels` the index (0, 1 or 2) of the nearest centre for each spice, and end the cell with `labels`."
    ],
    starter: `const Z = standardize(spicesX).data;
const centres = [Z[0], Z[3], Z[6]];
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
// For every spice: the index of its nearest centre
const labels = Z.map((row) => 0);
labels`,
    hints: [
      "For one spice, `centres.map((c) => distance(row, c))` gives its three distances.",
      "The index of the smallest: `ds.indexOf(Math.min(...ds))`.",
      "Each centre's own spice should get its own index: Vanilla 0, Paprika 1, Brown Sugar 2."
    ],
    solution: `const Z = standardize(spicesX).data;
const centres = [Z[0], Z[3], Z[6]];
const distance = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
const labels = Z.map((row) => {
  const ds = centres.map((c) => distance(row, c));
  return ds.indexOf(Math.min(...ds));
});
labels`,
    check(value, {lib, data}) {
      const {X, names} = spices(data);
      const Z = lib.standardize(X).data;
      const centres = startRows.map((i) => Z[i]);
      const ref = Z.map((r) => nearest(r, centres));
      const mine = asVector(value);
      if (!mine) return fail(`labels should be an array of ${Z.length} numbers; it is ${describe(value)}.`);
      if (mine.length !== Z.length) return fail(`you gave ${mine.length} labels; there are ${Z.length} spices.`);
      const i = mine.findIndex((l, i) => l !== ref[i].index);
      if (i >= 0) return fail(`${names[i]} is nearest centre ${ref[i].index} (${ref[i].distance.toFixed(2)} away); you gave ${mine[i]}.`);
      return pass(`every spice goes to its nearest centre: ${ref.map((r) => r.index).join(", ")}.`);
    }
  },
  {
    id: "kmeans-update",
    title: "One Update step",
    prompt: [
      "**Update**: every centre moves to the mean of the spices assigned to it. The labels below are the answer of the Assign step.",
      "Make `centres` the k = 3 new centres (one row of 4 numbers each) and end with `centres`. The check computes the mean of each group of standardized spices."
    ],
    starter: `const Z = standardize(spicesX).data;
const labels = [0, 0, 1, 1, 0, 0, 2, 2];
const k = 3;
// centres[c]: the mean of the rows of Z whose label is c
const centres = [Z[0], Z[3]];
centres`,
    hints: [
      "Pick one group's rows: `Z.filter((_, i) => labels[i] === c)`.",
      "The mean of rows, column by column: `rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length)`.",
      "Build all of them with `Array.from({length: k}, (_, c) => …)`."
    ],
    solution: `const Z = standardize(spicesX).data;
const labels = [0, 0, 1, 1, 0, 0, 2, 2];
const k = 3;
const centres = Array.from({length: k}, (_, c) => {
  const rows = Z.filter((_, i) => labels[i] === c);
  return rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
});
centres`,
    check(value, {lib, data}) {
      const Z = lib.standardize(spices(data).X).data;
      const labels = assignLabels(lib, spices(data).X);
      const ref = Array.from({length: 3}, (_, c) => {
        const rows = Z.filter((_, i) => labels[i] === c);
        return rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
      });
      const problem = compareRows(value, ref, {what: "your centres", rows: "k", source: "the group mean", rowWord: "centre"});
      return problem ? fail(problem.replace(/^centre (\d+)/, (_, c) => `centre ${c - 1}`)) : pass("each centre is the mean of its spices. Assign and Update, repeated until nothing moves, is k-means.");
    }
  },
  {
    id: "kmeans-inertia",
    title: "The inertia of a fit",
    prompt: [
      "`kmeans()` reports `inertia`: the sum, over all spices, of the squared distance from each spice to its own centre. It is what k-means makes small.",
      "Compute it yourself from `fit.labels` and `fit.centers` for k = 4, and end with the number. The check compares it with `fit.inertia`."
    ],
    starter: `const Z = standardize(spicesX).data;
const fit = kmeans(Z, {k: 4, seed: 42});
let inertia = 0;
// add each spice's squared distance to its centre
inertia`,
    hints: [
      "Spice i's centre is `fit.centers[fit.labels[i]]`.",
      "A squared distance has no square root: `row.reduce((s, v, j) => s + (v - c[j]) ** 2, 0)`."
    ],
    solution: `const Z = standardize(spicesX).data;
const fit = kmeans(Z, {k: 4, seed: 42});
let inertia = 0;
Z.forEach((row, i) => {
  const c = fit.centers[fit.labels[i]];
  inertia += row.reduce((s, v, j) => s + (v - c[j]) ** 2, 0);
});
inertia`,
    check(value, {lib, data}) {
      const fit = lib.kmeans(lib.standardize(spices(data).X).data, {k: 4, seed: 42});
      const problem = compareNumber(value, fit.inertia, {what: "your inertia", source: "kmeans(Z, {k: 4, seed: 42}).inertia"});
      if (problem && typeof value === "number" && Math.abs(value ** 2 - fit.inertia) < 1e-6 * fit.inertia) return fail(`${problem} It looks like the square root of the answer: inertia sums squared distances.`);
      return problem ? fail(problem) : pass(`inertia ${fit.inertia.toFixed(3)}, as kmeans() reports.`);
    }
  }
];

/** The labels of the Assign step (the answer of exercise 2), given to exercise 3. */
export function assignLabels(lib, X) {
  const Z = lib.standardize(X).data;
  const centres = startRows.map((i) => Z[i]);
  return Z.map((r) => nearest(r, centres).index);
}
