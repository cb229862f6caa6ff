import {describe, expect, it} from "vitest";
import {calinskiHarabasz} from "../../../src/index.js";
import {close, inputOf, loadFixtures} from "../fixtures.js";

describe("calinskiHarabasz against scikit-learn", () => {
  for (const fx of loadFixtures()) {
    for (const entry of fx.kmeans) {
      it(`calinskiHarabasz(X, labels) matches scikit-learn's calinski_harabasz_score on ${fx.name}, k = ${entry.k}`, () => {
        const v = calinskiHarabasz(inputOf(fx, entry), entry.labels);
        expect(close(v, entry.calinski_harabasz), `${v} vs ${entry.calinski_harabasz}`).toBe(true);
      });
    }
  }

  it("calinskiHarabasz(X, labels) matches scikit-learn with a singleton cluster", () => {
    // calinski_harabasz_score of these points in scikit-learn 1.2.1.
    expect(close(calinskiHarabasz([[0, 0], [0, 2], [6, 0], [6, 2], [3, 9]], [0, 0, 1, 1, 2]), 21.800000000000004)).toBe(true);
  });
});

describe("calinskiHarabasz by hand", () => {
  it("calinskiHarabasz(X, labels) is (B / (k − 1)) / (W / (n − k)) on two pairs", () => {
    // Cluster means 0.5 and 10.5, overall 5.5: B = 2·25 + 2·25 = 100, W = 4 · 0.25 = 1.
    expect(calinskiHarabasz([[0], [1], [10], [11]], [0, 0, 1, 1])).toBe(200);
  });

  it("calinskiHarabasz(X, labels) is 1 when every cluster is one repeated point", () => {
    expect(calinskiHarabasz([[1, 1], [1, 1], [5, 5], [5, 5]], [0, 0, 1, 1])).toBe(1);
  });

  it("calinskiHarabasz(X, labels) does not depend on the names of the clusters", () => {
    const Y = [[0, 0], [0, 2], [6, 0], [6, 2], [3, 9], [3, 8]];
    expect(calinskiHarabasz(Y, ["x", "x", -1, -1, 7, 7])).toBe(calinskiHarabasz(Y, [0, 0, 1, 1, 2, 2]));
  });

  it("calinskiHarabasz(X, labels, {excludeNoise: true}) scores the rows not labelled −1", () => {
    const Y = [[0], [1], [10], [11], [4], [30]];
    const labels = [0, 0, 1, 1, -1, -1];
    expect(calinskiHarabasz(Y, labels, {excludeNoise: true})).toBe(200);
    expect(calinskiHarabasz(Y, labels)).not.toBe(200);
  });
});

describe("calinskiHarabasz errors", () => {
  it("calinskiHarabasz(X, labels) rejects labels of the wrong length", () => {
    expect(() => calinskiHarabasz([[0], [1], [2]], [0, 1])).toThrow(/calinskiHarabasz: there are 2 labels for 3 rows/);
  });

  it("calinskiHarabasz(X, labels) needs between 2 and n − 1 clusters", () => {
    expect(() => calinskiHarabasz([[0], [1], [2]], [5, 5, 5])).toThrow(/calinskiHarabasz needs between 2 and n−1 clusters; got 1/);
    expect(() => calinskiHarabasz([[0], [1], [2]], [0, 1, 2])).toThrow(/got 3/);
  });

  it("calinskiHarabasz(X, labels) rejects bad data with toMatrix's messages", () => {
    expect(() => calinskiHarabasz([[0], [Infinity], [2]], [0, 1, 1])).toThrow(/row 1, column 0 is Infinity/);
  });
});
