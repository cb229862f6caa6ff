import {describe, expect, it} from "vitest";
import {describeComponents, pca, signed, standardize} from "../../../src/index.js";

const features = ["sweet", "salty", "sour"];

describe("describeComponents(model, options)", () => {
  it("describeComponents(model, {features}) names strong loadings on each side, strongest first", () => {
    const model = {components: [[-0.6, 0.7, 0.1], [0.1, 0.2, 0.97]], explainedVarianceRatio: [0.8, 0.15]};
    const [pc1, pc2] = describeComponents(model, {features});
    expect(pc1.positive).toEqual([{feature: "salty", loading: 0.7}]);
    expect(pc1.negative).toEqual([{feature: "sweet", loading: -0.6}]);
    expect(pc1.covered).toBeCloseTo(0.85, 12);
    expect(pc1.text).toBe("PC1 carries 80.0% of the variance. It runs from rows high in sweet (−0.60) to rows high in salty (+0.70). Together the features named carry 85.0% of this axis' weight (the sum of their squared loadings; all the features together make 100%).");
    expect(pc2.positive.map((l) => l.feature)).toEqual(["sour"]);
    expect(pc2.negative).toEqual([]);
    expect(pc2.text).toContain("It is one-sided: rows high in sour (+0.97) score high on it");
  });

  it("describeComponents(model, {names, noun}) names the rows at either end from the scores", () => {
    const model = {components: [[-0.6, 0.7, 0.1]], explainedVarianceRatio: [0.9], scores: [[1], [-2], [3]]};
    const [pc1] = describeComponents(model, {features, names: ["a", "b", "c"], noun: "dishes"});
    expect(pc1.high).toBe("c");
    expect(pc1.low).toBe("b");
    expect(pc1.text).toContain("from dishes high in sweet (−0.60) (lowest: b) to dishes high in salty (+0.70) (highest: c)");
  });

  it("describeComponents(model, {threshold, maxFeatures}) keeps only the features at or above the threshold, at most maxFeatures a side", () => {
    const model = {components: [[0.5, 0.5, 0.5, 0.49, -0.1]], explainedVarianceRatio: [1]};
    const five = ["a", "b", "c", "d", "e"];
    expect(describeComponents(model, {features: five, maxFeatures: 2})[0].positive.map((l) => l.feature)).toEqual(["a", "b"]);
    expect(describeComponents(model, {features: five, threshold: 1})[0].positive.map((l) => l.feature)).toEqual(["a", "b", "c"]);
    expect(describeComponents(model, {features: five, threshold: 0.1})[0].negative).toEqual([{feature: "e", loading: -0.1}]);
  });

  it("describeComponents(pca(X), …) follows the loadings when the scaling changes", () => {
    // The seed's flavour profiles (sweet … temperature) for eight dishes.
    const X = [
      [7, 2, 1, 0, 2, 1, 8, 6, 8], [1, 8, 2, 0, 7, 0, 4, 3, 9], [2, 6, 8, 1, 3, 2, 6, 4, 2], [8, 1, 3, 2, 1, 0, 9, 7, 5],
      [0, 7, 1, 3, 8, 1, 5, 2, 9], [1, 5, 0, 4, 6, 8, 3, 1, 9], [6, 3, 4, 0, 2, 0, 7, 8, 3], [2, 9, 0, 1, 9, 3, 2, 4, 8]
    ];
    const names = ["Chocolate Cake", "Beef Steak", "Greek Salad", "Apple Pie", "Mushroom Risotto", "Spicy Curry", "Fruit Tart", "BBQ Ribs"];
    const f = ["sweet", "salty", "sour", "bitter", "umami", "spicy", "aromatic", "texture", "temperature"];
    const raw = describeComponents(pca(X, {components: 2}), {features: f, names});
    const scaled = describeComponents(pca(standardize(X).data, {components: 2}), {features: f, names});
    for (const [reading, model] of [[raw, pca(X, {components: 2})], [scaled, pca(standardize(X).data, {components: 2})]] as const) {
      for (const r of reading) {
        const row = model.components[r.component];
        const top = row.reduce((b, v, j) => (Math.abs(v) > Math.abs(row[b]) ? j : b), 0);
        expect([...r.positive, ...r.negative].map((l) => l.feature)).toContain(f[top]);
        expect(r.text).toContain(`${(100 * model.explainedVarianceRatio[r.component]).toFixed(1)}%`);
      }
    }
    expect(raw[1].positive[0].feature).toBe("sour");
    expect(raw[1].high).toBe("Greek Salad");
    expect(scaled[0].text).not.toBe(raw[0].text);
  });

  it("describeComponents(model, {features}) throws a RangeError naming the mismatch", () => {
    const model = {components: [[1, 0, 0]], explainedVarianceRatio: [1]};
    expect(() => describeComponents(model, {features: ["a", "b"]})).toThrow("2 feature names were given, but each component has 3 loadings");
    expect(() => describeComponents({components: [], explainedVarianceRatio: []}, {features})).toThrow(RangeError);
    expect(() => describeComponents(model, {features, count: 0})).toThrow("count = 0");
  });

  it("signed(x) writes an explicit sign with a true minus", () => {
    expect(signed(0.456)).toBe("+0.46");
    expect(signed(-0.43)).toBe("−0.43");
    expect(signed(-0.001)).toBe("0.00");
  });
});
