import {describe, expect, it} from "vitest";
import {daviesBouldin} from "../../../src/index.js";
import {close, inputOf, loadFixtures} from "../fixtures.js";

const fixtures = loadFixtures();

describe("daviesBouldin against scikit-learn", () => {
  for (const fx of fixtures) {
    for (const entry of fx.kmeans) {
      it(`daviesBouldin(X, labels) matches scikit-learn's davies_bouldin_score on ${fx.name}, k = ${entry.k}`, () => {
        const v = daviesBouldin(inputOf(fx, entry), entry.labels);
        // scikit-learn measures each point's distance to its centroid as √(‖x‖² − 2x·c + ‖c‖²) with
        // BLAS. For a single-point cluster that is √(rounding residue) ≈ 1e-8 instead of 0 on the
        // machine that wrote the fixtures (the same scikit-learn here gives exactly 0), so entries
        // with a singleton cluster carry ~1e-8 of noise and are held to 1e-7 instead of 1e-9.
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

  it("daviesBouldin(X, labels) matches scikit-learn with a singleton cluster", () => {
    // davies_bouldin_score of these points in scikit-learn 1.2.1.
    expect(close(daviesBouldin([[0, 0], [0, 2], [6, 0], [6, 2], [3, 9]], [0, 0, 1, 1, 2]), 0.26123593795426575)).toBe(true);
  });
});

describe("daviesBouldin by hand", () => {
  it("daviesBouldin(X, labels) is (s₁ + s₂) / d₁₂ on two pairs", () => {
    // Each point is 0.5 from its centroid; the centroids are 10 apart.
    expect(daviesBouldin([[0], [1], [10], [11]], [0, 0, 1, 1])).toBeCloseTo(0.1, 15);
  });

  it("daviesBouldin(X, labels) is 0 when every cluster is one repeated point", () => {
    expect(daviesBouldin([[1, 1], [1, 1], [5, 5], [5, 5]], [0, 0, 1, 1])).toBe(0);
  });

  it("daviesBouldin(X, labels) does not depend on the names of the clusters", () => {
    const Y = [[0, 0], [0, 2], [6, 0], [6, 2], [3, 9], [3, 8]];
    expect(daviesBouldin(Y, ["x", "x", -1, -1, 7, 7])).toBe(daviesBouldin(Y, [0, 0, 1, 1, 2, 2]));
  });

  it("daviesBouldin(X, labels, {excludeNoise: true}) scores the rows not labelled −1", () => {
    const Y = [[0], [1], [10], [11], [4], [30]];
    const labels = [0, 0, 1, 1, -1, -1];
    expect(daviesBouldin(Y, labels, {excludeNoise: true})).toBeCloseTo(0.1, 15);
    expect(daviesBouldin(Y, labels)).not.toBeCloseTo(0.1, 3);
  });
});

describe("daviesBouldin errors", () => {
  it("daviesBouldin(X, labels) rejects labels of the wrong length", () => {
    expect(() => daviesBouldin([[0], [1], [2]], [0, 1])).toThrow(/daviesBouldin: there are 2 labels for 3 rows/);
  });

  it("daviesBouldin(X, labels) needs between 2 and n − 1 clusters", () => {
    expect(() => daviesBouldin([[0], [1], [2]], [0, 1, 2])).toThrow(/daviesBouldin needs between 2 and n−1 clusters; got 3/);
    expect(() => daviesBouldin([[0], [1], [2]], [4, 4, 4])).toThrow(/got 1/);
  });

  it("daviesBouldin(X, labels) rejects bad data with toMatrix's messages", () => {
    expect(() => daviesBouldin([[0, 1], [1], [2, 2]], [0, 1, 1])).toThrow(/ragged/);
  });
});
