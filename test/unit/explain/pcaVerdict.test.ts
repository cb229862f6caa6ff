import {describe, expect, it} from "vitest";
import {makeRings, makeShape, pca, pcaVerdict, standardize} from "../../../src/index.js";

describe("pcaVerdict", () => {
  it("pcaVerdict(ratio) says one axis summarises the points at 90% and more", () => {
    expect(pcaVerdict([0.97, 0.03])).toBe("One straight axis summarises these points: PC1 explains 97% of the variance, PC2 3%.");
    expect(pcaVerdict([0.9, 0.1])).toMatch(/^One straight axis/);
  });

  it("pcaVerdict(ratio) says no axis summarises them under 60%, partly in between", () => {
    expect(pcaVerdict([0.52, 0.48])).toMatch(/^No straight axis summarises these points: PC1 explains only 52%/);
    expect(pcaVerdict([0.7, 0.3])).toBe("PC1 explains 70% of the variance, PC2 30%: one axis tells part of the story, and the second still matters.");
    expect(pcaVerdict([0.999, 0.001])).toContain("99.9%");
    expect(pcaVerdict([1])).toBe("One straight axis summarises these points: PC1 explains 100.0% of the variance.");
  });

  it("pcaVerdict on a ring finds no axis; on a stretched blob one axis, until it is standardized", () => {
    expect(pcaVerdict(pca(makeRings({n: 600, rings: 1}).X).explainedVarianceRatio)).toMatch(/^No straight axis/);
    const {X} = makeShape("stretched", {n: 500});
    expect(pcaVerdict(pca(X).explainedVarianceRatio)).toMatch(/^One straight axis/);
    const z = pca(standardize(X).data).explainedVarianceRatio;
    expect(pcaVerdict(z, {standardized: true})).toMatch(/^No straight axis.*rescaled to variance 1/);
  });

  it("pcaVerdict rejects ratios outside [0, 1]", () => {
    expect(() => pcaVerdict([1.5])).toThrow(/between 0 and 1/);
    expect(() => pcaVerdict([])).toThrow(/between 0 and 1/);
  });
});
