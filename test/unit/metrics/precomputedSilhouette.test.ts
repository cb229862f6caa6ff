import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {euclideanDissimilarity, precomputedSilhouette, precomputedSilhouetteSamples, silhouette, silhouetteSamples} from "../../../src/index.js";

// scikit-learn's silhouette_score(D, labels, metric="precomputed") on R's daisy(metric = "gower") and
// cluster::pam partitions (test/unit/reference/gower-silhouette.py).
const reference = JSON.parse(readFileSync(new URL("../reference/gower-silhouette-cases.json", import.meta.url), "utf8"));
const gowerCases = JSON.parse(readFileSync(new URL("../reference/gower-pam-cases.json", import.meta.url), "utf8")).gower;

describe("precomputedSilhouette(D, labels)", () => {
  for (const c of reference.cases) {
    test(`precomputedSilhouette(daisy ${c.name}) equals scikit-learn's precomputed silhouette`, () => {
      const table = gowerCases.find((t: {name: string}) => t.name === c.table);
      const D = {n: c.labels.length, distances: Float64Array.from(table.distances)};
      expect(precomputedSilhouette(D, c.labels)).toBeCloseTo(c.score, 12);
      const samples = precomputedSilhouetteSamples(D, c.labels);
      samples.forEach((v, i) => expect(v).toBeCloseTo(c.samples[i], 12));
    });
  }

  test("precomputedSilhouette(euclideanDissimilarity(X), labels) equals silhouette(X, labels)", () => {
    const X = [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [9, 0], [9, 1]];
    const labels = [0, 0, 0, 1, 1, 2, 2];
    const D = euclideanDissimilarity(X);
    expect(precomputedSilhouette(D, labels)).toBeCloseTo(silhouette(X, labels), 12);
    expect(precomputedSilhouetteSamples(D, labels)).toEqual(silhouetteSamples(X, labels).map((v) => expect.closeTo(v, 12)));
  });

  test("precomputedSilhouetteSamples(D, labels) gives 0 to a row alone in its cluster", () => {
    const D = euclideanDissimilarity([[0], [1], [10]]);
    expect(precomputedSilhouetteSamples(D, [0, 0, 1])[2]).toBe(0);
  });

  test("precomputedSilhouette(D, labels) throws for one cluster or a wrong label count", () => {
    const D = euclideanDissimilarity([[0], [1], [10]]);
    expect(() => precomputedSilhouette(D, [0, 0, 0])).toThrow(/2/);
    expect(() => precomputedSilhouette(D, [0, 1])).toThrow(/one label per/);
  });
});
