import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {umap, umapTransform} from "../../../src/index.js";

const blobs = (JSON.parse(readFileSync(new URL("../../fixtures/manifold/umap.json", import.meta.url), "utf8")) as {
  datasets: {name: string; X: number[][]; labels: number[]}[];
}).datasets.find((d) => d.name === "blobs-300x5")!;

function nearest(map: number[][], p: number[]): number {
  let best = -1, bestD = Infinity;
  map.forEach((q, i) => {
    const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

describe("umapTransform(model, Xnew)", {timeout: 120_000}, () => {
  it("umapTransform places held-out rows of blobs-300x5 beside training rows of their own blob", () => {
    const train = blobs.X.slice(0, 240), held = blobs.X.slice(240);
    const fit = umap(train);
    const placed = umapTransform({...fit, X: train}, held);
    expect(placed).toHaveLength(60);
    let agree = 0;
    placed.forEach((p, i) => {
      expect(p.every(Number.isFinite)).toBe(true);
      if (blobs.labels[nearest(fit.embedding, p)] === blobs.labels[240 + i]) ++agree;
    });
    expect(agree / 60).toBeGreaterThanOrEqual(0.95);
    // Seeded, and the training map is left as it was.
    expect(umapTransform({...fit, X: train}, held)).toEqual(placed);
    expect(umapTransform({...fit, X: train}, held, {nEpochs: 0}).every((p) => p.every(Number.isFinite))).toBe(true);
  });

  it("umapTransform(model, Xnew) names mismatched columns and rows", () => {
    const train = blobs.X.slice(0, 50);
    const fit = umap(train, {nEpochs: 10});
    expect(() => umapTransform({...fit, X: train}, [[1, 2]])).toThrow("the new rows have 2 columns but the map was fitted on 5");
    expect(() => umapTransform({...fit, X: train.slice(1)}, train)).toThrow("the map has 50 points but 49 rows were given as its data");
  });
});
