// Exercises of the PCA lesson (the eight dishes' flavour profiles, raw 0–10 scores, as pca() sees them).
import {asRows, asVector, axisAngle, compareRows, describe, fail, pass} from "./compare.js";

/** The sample covariance matrix (divide by n − 1, as numpy.cov and scikit-learn's explained_variance_). */
export function covariance(X) {
  const n = X.length;
  const m = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
  return m.map((_, a) => m.map((_, b) => X.reduce((s, r) => s + (r[a] - m[a]) * (r[b] - m[b]), 0) / (n - 1)));
}

export default [
  {
    id: "pca-covariance",
    title: "The covariance matrix",
    prompt: [
      "PCA looks for the directions in which the dishes vary most, and everything it needs is in the covariance matrix: entry [a][b] says how flavours a and b move together.",
      "Centre every column of `profilesX`, then make `C` the 9 × 9 covariance matrix, dividing by n − 1. End with `C`. (Its diagonal sums to the total variance that `pca()` shares out.)"
    ],
    starter: `const X = profilesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const centred = X.map((r) => r.map((v, j) => v - means[j]));
// C[a][b]: sum over dishes of centred[a] * centred[b], divided by n - 1
const C = means.map(() => means.map(() => 0));
C`,
    hints: [
      "One entry: `centred.reduce((s, r) => s + r[a] * r[b], 0) / (n - 1)`.",
      "Build the whole matrix with two maps: `means.map((_, a) => means.map((_, b) => …))`.",
      "Check: the sum of the diagonal should equal `pca(X).totalVariance`."
    ],
    solution: `const X = profilesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const centred = X.map((r) => r.map((v, j) => v - means[j]));
const C = means.map((_, a) => means.map((_, b) => centred.reduce((s, r) => s + r[a] * r[b], 0) / (n - 1)));
C`,
    check(value, {lib, data}) {
      const X = data.profiles.X;
      const ref = covariance(X);
      const n = X.length;
      const rows = asRows(value);
      if (rows && rows.length === ref.length && !compareRows(rows.map((r) => r.map((v) => (v * n) / (n - 1))), ref)) {
        return fail(`your entries are ${n - 1}/${n} of the covariance: divide by n − 1 = ${n - 1}, not by n.`);
      }
      const problem = compareRows(value, ref, {what: "your matrix", rows: "the number of flavours", source: "the covariance", names: data.profiles.features});
      if (problem) return fail(problem);
      const total = ref.reduce((s, r, j) => s + r[j], 0);
      return pass(`the diagonal sums to ${total.toFixed(3)}, pca(X).totalVariance = ${lib.pca(X).totalVariance.toFixed(3)}.`);
    }
  },
  {
    id: "pca-power-iteration",
    title: "The first component by power iteration",
    prompt: [
      "Multiply any vector by the covariance matrix again and again, rescaling to length 1 each time, and it turns towards the direction of greatest variance: the first principal component.",
      "Complete the loop and end with `v`. The check measures the angle between your `v` and `pca(profilesX).components[0]` (a direction and its opposite count as the same axis)."
    ],
    starter: `const X = profilesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const C = means.map((_, a) => means.map((_, b) => X.reduce((s, r) => s + (r[a] - means[a]) * (r[b] - means[b]), 0) / (n - 1)));
let v = means.map(() => 1);
for (let step = 0; step < 100; ++step) {
  // w = C v, then v = w / |w|
}
v`,
    hints: [
      "The product: `const w = C.map((row) => row.reduce((s, c, j) => s + c * v[j], 0))`.",
      "Its length is `Math.hypot(...w)`; divide every entry by it.",
      "Print `pca(X).components[0]` next to your `v`: the same numbers, maybe with all signs flipped."
    ],
    solution: `const X = profilesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const C = means.map((_, a) => means.map((_, b) => X.reduce((s, r) => s + (r[a] - means[a]) * (r[b] - means[b]), 0) / (n - 1)));
let v = means.map(() => 1);
for (let step = 0; step < 100; ++step) {
  const w = C.map((row) => row.reduce((s, c, j) => s + c * v[j], 0));
  const length = Math.hypot(...w);
  v = w.map((x) => x / length);
}
v`,
    check(value, {lib, data}) {
      const ref = lib.pca(data.profiles.X).components[0];
      const v = asVector(value);
      if (!v) return fail(`v should be an array of ${ref.length} numbers; it is ${describe(value)}.`);
      if (v.length !== ref.length) return fail(`your v has ${v.length} numbers; there are ${ref.length} flavours.`);
      if (!v.every(Number.isFinite)) return fail("your v has a value that is not a finite number (NaN or Infinity): did a length come out 0?");
      const length = Math.hypot(...v);
      const angle = axisAngle(v, ref);
      if (angle > 0.5) return fail(`your v is ${angle.toFixed(1)}° away from pca()'s first component.${Math.abs(length - Math.sqrt(v.length)) < 1e-9 ? " It has not moved from the start: the loop changes nothing yet." : ""}`);
      if (Math.abs(length - 1) > 1e-6) return fail(`your v points the right way but has length ${length.toFixed(3)}; divide it by its length so it is 1.`);
      return pass(`your v is ${angle < 0.01 ? "less than 0.01°" : `${angle.toFixed(2)}°`} from pca()'s first component${v.reduce((s, x, j) => s + x * ref[j], 0) < 0 ? " (pointing the other way, which is the same axis)" : ""}.`);
    }
  },
  {
    id: "pca-scores",
    title: "Scores on two components",
    prompt: [
      "A dish's score on a component is the dot product of its centred flavours with that component. Compute every dish's scores on the first two components of `pca(profilesX)`, draw them with `show.scatter(scores, profilesNames)`, and end with `scores`.",
      "The check compares with `pca(profilesX, {components: 2}).scores`."
    ],
    starter: `const X = profilesX;
const model = pca(X, {components: 2});
const scores = X.map((row) => [0, 0]);
show.scatter(scores, profilesNames);
scores`,
    hints: [
      "`model.mean` is the mean of each column; centre a row with `row.map((v, j) => v - model.mean[j])`.",
      "Score on component c: `centred.reduce((s, v, j) => s + v * model.components[c][j], 0)`."
    ],
    solution: `const X = profilesX;
const model = pca(X, {components: 2});
const scores = X.map((row) => {
  const centred = row.map((v, j) => v - model.mean[j]);
  return model.components.map((c) => centred.reduce((s, v, j) => s + v * c[j], 0));
});
show.scatter(scores, profilesNames);
scores`,
    check(value, {lib, data}) {
      const ref = lib.pca(data.profiles.X, {components: 2}).scores;
      const rows = asRows(value);
      if (rows && rows.length === ref.length && rows.every((r) => r.length === 2)) {
        // A component's sign is arbitrary: flip a column of the reference when that matches better.
        const flips = [0, 1].map((c) => rows.reduce((s, r, i) => s + r[c] * ref[i][c], 0) < 0);
        const signed = ref.map((r) => r.map((v, c) => (flips[c] ? -v : v)));
        const problem = compareRows(rows, signed, {what: "your scores", rows: "the number of dishes", source: "pca()", names: data.profiles.names});
        return problem ? fail(problem) : pass("these are pca()'s scores: the map of the dishes on PC1 and PC2.");
      }
      return fail(compareRows(value, ref, {what: "your scores", rows: "the number of dishes", source: "pca()"}) ?? "your scores should have two numbers per dish.");
    }
  }
];
