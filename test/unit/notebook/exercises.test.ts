// Every exercise: its solution passes, its starter fails with a sentence, and the typical mistakes get
// the message that names them. The code runs with the scope of the code-cell worker (runInScope.ts).
import {describe, expect, it} from "vitest";
import {lessons} from "../../../docs/components/notebook/exercises/index.js";
import {context, runInScope} from "./runInScope.js";
import {cutTree, dbscan, encodeCustomers, hierarchical, kmeans, pca, standardize} from "../../../src/index.js";

type Verdict = {ok: boolean; message: string};
type Exercise = {id: string; title: string; prompt: string[]; starter: string; hints: string[]; solution: string; check: (value: unknown, ctx: typeof context) => Verdict};
const all = Object.entries(lessons) as [string, Exercise[]][];
const byId = Object.fromEntries(all.flatMap(([, list]) => list.map((e) => [e.id, e])));
const check = (id: string, value: unknown) => byId[id].check(value, context);

describe("exercises", () => {
  for (const [lesson, list] of all) {
    it(`${lesson} has at least three exercises, each with a starter, hints and a solution`, () => {
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const e of list) {
        expect(e.starter.length).toBeGreaterThan(10);
        expect(e.hints.length).toBeGreaterThanOrEqual(1);
        expect(e.solution).not.toBe(e.starter);
      }
    });
    for (const e of list) {
      it(`check(solution of ${e.id}) is right`, () => {
        const verdict = e.check(runInScope(e.solution), context);
        expect(verdict.message).toMatch(/\w/);
        expect(verdict.ok, verdict.message).toBe(true);
      });
      it(`check(starter of ${e.id}) is wrong, with a reason`, () => {
        const verdict = e.check(runInScope(e.starter), context);
        expect(verdict.ok).toBe(false);
        expect(verdict.message.length).toBeGreaterThan(20);
      });
      it(`check(undefined) for ${e.id} says what is missing without throwing`, () => {
        const verdict = e.check(undefined, context);
        expect(verdict.ok).toBe(false);
      });
    }
  }
});

const Z = standardize(context.data.spices.X).data;

describe("what the checks say", () => {
  it("kmeans-standardize names the sample standard deviation", () => {
    const n = Z.length;
    const sample = Z.map((r) => r.map((v) => v * Math.sqrt((n - 1) / n)));
    expect(check("kmeans-standardize", sample).message).toContain("n − 1");
  });
  it("kmeans-standardize says how far a wrong row is from standardize()'s", () => {
    const off = Z.map((r, i) => (i === 1 || i === 2 ? r.map((v, j) => (j === 0 ? v + (i === 1 ? 0.13 : -0.13) : v)) : r));
    const v = check("kmeans-standardize", off);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/row 2 \(Cinnamon\) is 0\.13 away from standardize\(\)'s/);
  });
  it("kmeans-standardize on the raw data says a column is not centred", () => {
    expect(check("kmeans-standardize", context.data.spices.X).message).toMatch(/sweetness column has mean [\d.]+, not 0/);
  });
  it("kmeans-update says how many rows the centres have against k", () => {
    expect(check("kmeans-update", [Z[0], Z[3]]).message).toBe("your centres have 2 rows; k is 3.");
  });
  it("kmeans-assign names the first spice sent to the wrong centre", () => {
    expect(check("kmeans-assign", [0, 0, 1, 1, 0, 0, 2, 0]).message).toMatch(/^White Sugar is nearest centre 2/);
  });
  it("kmeans-inertia recognises a square root", () => {
    const fit = kmeans(Z, {k: 4, seed: 42});
    expect(check("kmeans-inertia", Math.sqrt(fit.inertia)).message).toContain("square root");
    expect(check("kmeans-inertia", fit.inertia).ok).toBe(true);
  });
  it("hierarchical-first-merge names the closer pair", () => {
    expect(check("hierarchical-first-merge", [0, 2, 1]).message).toMatch(/Chicken Tikka and Stir Fry are closer/);
  });
  it("hierarchical-ward-cost recognises the height and the distance", () => {
    const cost = runInScope(byId["hierarchical-ward-cost"].solution) as number;
    expect(check("hierarchical-ward-cost", Math.sqrt(2 * cost)).message).toContain("merge height");
    expect(check("hierarchical-ward-cost", Math.sqrt(cost)).message).toContain("distance between the means");
  });
  it("hierarchical-cut counts the groups", () => {
    const ward = cutTree(hierarchical(standardize(context.data.recipes.X).data).merges, {k: 2});
    expect(check("hierarchical-cut", ward).message).toBe("your labels make 2 groups; the average-linkage cut makes 3.");
  });
  it("pca-power-iteration accepts the opposite direction and measures the angle", () => {
    const c = pca(context.data.profiles.X).components;
    expect(check("pca-power-iteration", c[0].map((v) => -v)).ok).toBe(true);
    expect(check("pca-power-iteration", c[1]).message).toMatch(/90\.0° away/);
    expect(check("pca-power-iteration", c[0].map((v) => 3 * v)).message).toContain("length 3.000");
  });
  it("pca-covariance names a division by n", () => {
    const n = context.data.profiles.X.length;
    const C = runInScope(byId["pca-covariance"].solution) as number[][];
    expect(check("pca-covariance", C.map((r) => r.map((v) => (v * (n - 1)) / n))).message).toContain("divide by n − 1");
  });
  it("pca-scores accepts a flipped component", () => {
    const s = pca(context.data.profiles.X, {components: 2}).scores;
    expect(check("pca-scores", s.map(([a, b]) => [-a, b])).ok).toBe(true);
  });
  it("dbscan-neighbours and dbscan-core name a dish that forgot itself", () => {
    const count = runInScope(byId["dbscan-neighbours"].solution) as number;
    expect(check("dbscan-neighbours", count - 1).message).toContain("the dish itself counts");
    const cores = dbscan(standardize(context.data.dishes.X).data, {eps: 0.8, minSamples: 3}).core.filter(Boolean).length;
    expect(check("dbscan-core", cores + 1).message).toMatch(/dbscan\(\) gives \d/);
  });
  it("dbscan-noise names a missing and an extra dish", () => {
    expect(check("dbscan-noise", ["Mystery Dish"]).message).toMatch(/are noise too|is noise too/);
    expect(check("dbscan-noise", ["Pasta A", "Overcooked Special", "Burnt Experiment", "Mystery Dish"]).message).toMatch(/^Pasta A is not noise/);
  });
  it("assignment-prepare springs the peak-hour trap and the squashed clock", () => {
    const {X, features} = context.data.customers;
    expect(check("assignment-prepare", standardize(X).data).message).toContain("23:00 and 01:00 would be 22 apart");
    const h = features.indexOf("peak_ordering_time");
    const separate = standardize(X.map((r) => r.flatMap((v, j) => (j === h ? [Math.sin((Math.PI * v) / 12), Math.cos((Math.PI * v) / 12)] : [v])))).data;
    expect(check("assignment-prepare", separate).message).toContain("shared divisor");
    expect(check("assignment-prepare", encodeCustomers(X, {columns: features, hour: "circle"}).data).ok).toBe(true);
  });
  it("assignment-tree recognises the tree with the hour as a number", () => {
    const {X, features} = context.data.customers;
    const plain = hierarchical(encodeCustomers(X, {columns: features, hour: "number"}).data).merges;
    expect(check("assignment-tree", plain).message).toContain("plain number");
  });
  it("assignment-profile catches a plain mean of hours", () => {
    const profiles = runInScope(byId["assignment-profile"].solution) as Record<string, number>[];
    const wrong = profiles.map((p) => ({...p, peak_ordering_time: p.peak_ordering_time + 1}));
    expect(check("assignment-profile", wrong).message).toContain("circularMeanHour");
    const value = profiles.map((p, c) => (c === 1 ? {...p, order_frequency: p.order_frequency + 0.5} : p));
    expect(check("assignment-profile", value).message).toMatch(/^segment 1's mean order_frequency is [\d.]+; yours is [\d.]+\.$/);
  });
});
