import {describe, expect, it} from "vitest";
import {calinskiHarabasz, daviesBouldin} from "../../src/index.js";
import {close, inputOf, loadFixtures} from "./fixtures.js";

const fixtures = loadFixtures();

describe("calinskiHarabasz and daviesBouldin against scikit-learn", () => {
  for (const fx of fixtures) {
    for (const entry of fx.kmeans) {
      const X = inputOf(fx, entry);
      it(`calinskiHarabasz(X, labels) matches scikit-learn's calinski_harabasz_score on ${fx.name}, k = ${entry.k}`, () => {
        const v = calinskiHarabasz(X, entry.labels);
        expect(close(v, entry.calinski_harabasz), `${v} vs ${entry.calinski_harabasz}`).toBe(true);
      });
      it(`daviesBouldin(X, labels) matches scikit-learn's davies_bouldin_score on ${fx.name}, k = ${entry.k}`, () => {
        const v = daviesBouldin(X, entry.labels);
        // scikit-learn measures each point's distance to its centroid as √(‖x‖² − 2x·c + ‖c‖²) with
        // BLAS. For a single-point cluster that is √(rounding residue) ≈ 1e-8 instead of 0, on the
        // machine that wrote the fixtures (the same scikit-learn here gives exactly 0): fixtures with
        // a singleton cluster carry ~1e-8 of noise, so they are held to 1e-7 instead of 1e-9.
        const singleton = entry.labels.some((l) => entry.labels.indexOf(l) === entry.labels.lastIndexOf(l));
        expect(close(v, entry.davies_bouldin, singleton ? 1e-7 : 1e-9), `${v} vs ${entry.davies_bouldin}`).toBe(true);
      });
    }
  }

  it("daviesBouldin(X, labels) matches scikit-learn run here to 1e-12 where a fixture has a singleton cluster (recipes, k = 5)", () => {
    const fx = fixtures.find((f) => f.name === "recipes")!;
    const entry = fx.kmeans.find((e) => e.k === 5)!;
    // davies_bouldin_score(standardized, labels) from scikit-learn 1.2.1 on this machine (Debian, OpenBLAS).
    expect(close(daviesBouldin(inputOf(fx, entry), entry.labels), 0.3533213407370853, 1e-12)).toBe(true);
  });
});

describe("calinskiHarabasz and daviesBouldin by hand", () => {
  const X = [[0], [1], [10], [11]];
  const labels = [0, 0, 1, 1];

  it("calinskiHarabasz(X, labels) is (B / (k − 1)) / (W / (n − k)) on two pairs", () => {
    // Cluster means 0.5 and 10.5, overall 5.5: B = 2·25 + 2·25 = 100, W = 4 · 0.25 = 1.
    expect(calinskiHarabasz(X, labels)).toBe(200);
  });

  it("daviesBouldin(X, labels) is (s₁ + s₂) / d₁₂ on two pairs", () => {
    // Each point is 0.5 from its centroid; the centroids are 10 apart.
    expect(daviesBouldin(X, labels)).toBeCloseTo(0.1, 15);
  });

  it("calinskiHarabasz and daviesBouldin match scikit-learn with a singleton cluster", () => {
    // calinski_harabasz_score / davies_bouldin_score of these points in scikit-learn 1.2.1.
    const Y = [[0, 0], [0, 2], [6, 0], [6, 2], [3, 9]];
    expect(close(calinskiHarabasz(Y, [0, 0, 1, 1, 2]), 21.800000000000004)).toBe(true);
    expect(close(daviesBouldin(Y, [0, 0, 1, 1, 2]), 0.26123593795426575)).toBe(true);
  });

  it("calinskiHarabasz is 1 and daviesBouldin 0 when every cluster is one repeated point", () => {
    const Y = [[1, 1], [1, 1], [5, 5], [5, 5]];
    expect(calinskiHarabasz(Y, labels)).toBe(1);
    expect(daviesBouldin(Y, labels)).toBe(0);
  });

  it("calinskiHarabasz and daviesBouldin do not depend on the names of the clusters", () => {
    const Y = [[0, 0], [0, 2], [6, 0], [6, 2], [3, 9], [3, 8]];
    const a = [0, 0, 1, 1, 2, 2];
    const b = ["x", "x", -1, -1, 7, 7];
    expect(calinskiHarabasz(Y, b)).toBe(calinskiHarabasz(Y, a));
    expect(daviesBouldin(Y, b)).toBe(daviesBouldin(Y, a));
  });

  it("calinskiHarabasz and daviesBouldin with {excludeNoise: true} score the rows not labelled −1", () => {
    const Y = [[0], [1], [10], [11], [4], [30]];
    const l = [0, 0, 1, 1, -1, -1];
    expect(calinskiHarabasz(Y, l, {excludeNoise: true})).toBe(200);
    expect(daviesBouldin(Y, l, {excludeNoise: true})).toBeCloseTo(0.1, 15);
    expect(calinskiHarabasz(Y, l)).not.toBe(200);
  });
});

describe("calinskiHarabasz and daviesBouldin errors", () => {
  it("calinskiHarabasz(X, labels) and daviesBouldin(X, labels) reject labels of the wrong length", () => {
    expect(() => calinskiHarabasz([[0], [1], [2]], [0, 1])).toThrow(/calinskiHarabasz: there are 2 labels for 3 rows/);
    expect(() => daviesBouldin([[0], [1], [2]], [0, 1])).toThrow(/daviesBouldin: there are 2 labels for 3 rows/);
  });

  it("calinskiHarabasz(X, labels) and daviesBouldin(X, labels) need between 2 and n − 1 clusters", () => {
    expect(() => calinskiHarabasz([[0], [1], [2]], [5, 5, 5])).toThrow(/calinskiHarabasz needs between 2 and n−1 clusters; got 1/);
    expect(() => daviesBouldin([[0], [1], [2]], [0, 1, 2])).toThrow(/daviesBouldin needs between 2 and n−1 clusters; got 3/);
  });

  it("calinskiHarabasz(X, labels) and daviesBouldin(X, labels) reject bad data with toMatrix's messages", () => {
    expect(() => calinskiHarabasz([[0], [Infinity], [2]], [0, 1, 1])).toThrow(/row 1, column 0 is Infinity/);
    expect(() => daviesBouldin([[0, 1], [1], [2, 2]], [0, 1, 1])).toThrow(/ragged/);
  });
});
