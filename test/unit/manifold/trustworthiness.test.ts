import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {neighborPreservation, trustworthiness} from "../../../src/index.js";

// uwot's maps of four data sets with scikit-learn's trustworthiness of them; written by test/unit/reference/umap.py.
const reference = JSON.parse(readFileSync(new URL("../../fixtures/manifold/umap.json", import.meta.url), "utf8")) as {
  datasets: {name: string; X: number[][]; uwot: {embedding: number[][]; trustworthiness5: number; trustworthiness15: number; knnPreservation15: number}}[];
};

describe("trustworthiness(X, embedding) and neighborPreservation(X, embedding)", {timeout: 60_000}, () => {
  for (const set of reference.datasets) {
    it(`trustworthiness(${set.name}, uwot's map, {nNeighbors}) equals scikit-learn's`, () => {
      expect(trustworthiness(set.X, set.uwot.embedding, {nNeighbors: 5})).toBeCloseTo(set.uwot.trustworthiness5, 9);
      expect(trustworthiness(set.X, set.uwot.embedding, {nNeighbors: 15})).toBeCloseTo(set.uwot.trustworthiness15, 9);
      // uwot's map is stored to 6 decimals, which can reorder a near tie among a row's 15 map neighbours.
      expect(neighborPreservation(set.X, set.uwot.embedding)).toBeCloseTo(set.uwot.knnPreservation15, 3);
    });
  }

  it("trustworthiness(X, X) is 1; a map that swaps far rows is less", () => {
    const X = [[0], [1], [2], [3], [10], [11], [12], [13], [20], [21], [22], [23]];
    expect(trustworthiness(X, X, {nNeighbors: 2})).toBe(1);
    expect(neighborPreservation(X, X, {nNeighbors: 2})).toBe(1);
    const swapped = X.map(([v]) => [v < 5 ? v + 20 : v >= 20 ? v - 20 : v]);
    expect(trustworthiness(X, swapped, {nNeighbors: 2})).toBe(1);
    const mixed = X.map(([v], i) => [i % 2 ? v : -v]);
    expect(trustworthiness(X, mixed, {nNeighbors: 2})).toBeLessThan(0.9);
  });

  it("trustworthiness(X, embedding, {sampleSize}) estimates the full value from a seeded sample of rows", () => {
    const {X, uwot} = reference.datasets[1];
    const estimate = trustworthiness(X, uwot.embedding, {nNeighbors: 5, sampleSize: 150, seed: 3});
    expect(Math.abs(estimate - uwot.trustworthiness5)).toBeLessThan(0.01);
    expect(trustworthiness(X, uwot.embedding, {nNeighbors: 5, sampleSize: 150, seed: 3})).toBe(estimate);
  });

  it("trustworthiness(X, embedding, {nNeighbors}) names what is wrong", () => {
    const X = [[0], [1], [2], [3], [4], [5]];
    expect(() => trustworthiness(X, X.slice(1))).toThrow("the embedding has 5 rows but the data has 6");
    expect(() => trustworthiness(X, X, {nNeighbors: 3})).toThrow("nNeighbors = 3; it must be a whole number from 1 to below n / 2 = 3");
    expect(() => neighborPreservation(X, X, {nNeighbors: 6})).toThrow("nNeighbors = 6; it must be a whole number from 1 to n − 1 = 5");
  });
});
