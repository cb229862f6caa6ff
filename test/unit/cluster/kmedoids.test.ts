import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {euclideanDissimilarity, gower, kmedoids} from "../../../src/index.js";

interface PamFit {
  k: number;
  medoids: number[];
  labels: number[];
  objective: number[];
}
const reference = JSON.parse(readFileSync(new URL("../reference/gower-pam-cases.json", import.meta.url), "utf8")) as {
  gower: {name: string; numeric: string[]; categorical: string[]; columns: Record<string, (number | string | null)[]>; pam: PamFit[]}[];
  euclidean: {name: string; X: number[][]; pam: PamFit[]}[];
};

function same(result: ReturnType<typeof kmedoids>, fit: PamFit): void {
  expect(result.medoids).toEqual(fit.medoids);
  expect(result.labels).toEqual(fit.labels);
  expect(result.objective.build).toBeCloseTo(fit.objective[0], 12);
  expect(result.objective.swap).toBeCloseTo(fit.objective[1], 12);
}

describe("kmedoids(D, {k}) against R's cluster::pam", () => {
  for (const c of reference.gower) {
    const D = gower(c.columns, c);
    for (const fit of c.pam) {
      it(`kmedoids(gower(${c.name}), {k: ${fit.k}}) gives pam's medoids, clustering and objective`, () => same(kmedoids(D, {k: fit.k}), fit));
    }
  }
  for (const c of reference.euclidean) {
    for (const fit of c.pam) {
      it(`kmedoids(${c.name}, {k: ${fit.k}}) on Euclidean rows gives pam's`, () => same(kmedoids(c.X, {k: fit.k}), fit));
    }
  }
});

describe("kmedoids(X, options)", () => {
  it("kmedoids(X, {k}) cost is the sum of each row's dissimilarity to its medoid", () => {
    const X = reference.euclidean[0].X;
    const result = kmedoids(X, {k: 4});
    const D = euclideanDissimilarity(X);
    let cost = 0;
    X.forEach((row, i) => {
      const m = result.medoids[result.labels[i]];
      cost += Math.hypot(row[0] - X[m][0], row[1] - X[m][1]);
    });
    expect(result.cost).toBeCloseTo(cost, 9);
    expect(result.cost / D.n).toBeCloseTo(result.objective.swap, 9);
  });
  it("kmedoids(X, {k, medoids}) starts from the given medoids and improves on them", () => {
    const X = reference.euclidean[0].X;
    const free = kmedoids(X, {k: 3});
    const started = kmedoids(X, {k: 3, medoids: [0, 1, 2]});
    expect(started.objective.swap).toBeLessThanOrEqual(started.objective.build);
    expect(started.objective.swap).toBeGreaterThanOrEqual(free.objective.swap - 1e-9);
  });
  it("kmedoids(X, {k, maxIterations: 0}) stops after BUILD and says it did not converge", () => {
    const result = kmedoids(reference.euclidean[1].X, {k: 5, maxIterations: 0});
    expect(result.iterations).toBe(0);
    expect(result.objective.swap).toBe(result.objective.build);
  });
  it("kmedoids(X, options) names what is wrong", () => {
    expect(() => kmedoids([[0], [1], [2]], {k: 3})).toThrow(/only 3 rows/);
    expect(() => kmedoids([[0], [1], [2]], {})).toThrow(/k = undefined/);
    expect(() => kmedoids([[0], [1], [2]], {k: 2, medoids: [0, 0]})).toThrow(/given twice/);
    expect(() => kmedoids({n: 3, distances: new Float64Array([1, NaN, 2])}, {k: 2})).toThrow(/value 1 is NaN/);
  });
});
