import {describe, expect, it} from "vitest";
import {mapRows, umap} from "../../../src/index.js";
import {randomBlobs} from "../randomBlobs.js";

describe("mapRows(X, {sample})", {timeout: 120_000}, () => {
  it("mapRows(X) maps every row when there are no more than `sample`, the same map as umap(X)", () => {
    const X = randomBlobs(150, 3, 4);
    const r = mapRows(X, {sample: 150, nEpochs: 30, seed: 5});
    expect(r.sampled).toBe(false);
    expect(r.totalRows).toBe(150);
    expect(r.rowIndex).toEqual(Array.from({length: 150}, (_, i) => i));
    expect(r.embedding).toEqual(umap(X, {nEpochs: 30, seed: 5}).embedding);
  });

  it("mapRows(X, {sample}) maps a seeded uniform sample of `sample` rows above it, with each point's row", () => {
    const X = randomBlobs(400, 3, 4);
    const a = mapRows(X, {sample: 100, nEpochs: 30, seed: 9});
    expect(a.sampled).toBe(true);
    expect(a.totalRows).toBe(400);
    expect(a.embedding).toHaveLength(100);
    expect(a.rowIndex).toHaveLength(100);
    expect(new Set(a.rowIndex).size).toBe(100);
    expect(a.rowIndex.every((r, i) => Number.isInteger(r) && r >= 0 && r < 400 && (i === 0 || r > a.rowIndex[i - 1]))).toBe(true);
    // The map is the map of exactly those rows.
    expect(a.embedding).toEqual(umap(a.rowIndex.map((r) => X[r]), {nEpochs: 30, seed: 9}).embedding);
    const b = mapRows(X, {sample: 100, nEpochs: 30, seed: 9});
    expect(b.rowIndex).toEqual(a.rowIndex);
    expect(mapRows(X, {sample: 100, nEpochs: 30, seed: 10}).rowIndex).not.toEqual(a.rowIndex);
  });

  it("mapRows(X, {sample}) names a bad sample size", () => {
    expect(() => mapRows(randomBlobs(20, 2, 1), {sample: 2})).toThrow("sample = 2; it must be a whole number ≥ 3");
    expect(() => mapRows(randomBlobs(20, 2, 1), {sample: 10.5})).toThrow("sample = 10.5");
  });
});
