import {describe, expect, it} from "vitest";
import {applyScaling, minMaxScale, robustScale, standardize} from "../../../src/index.js";
import {loadFixtures} from "../fixtures.js";

// Six rows with an outlier (100 in column 0) and a constant column (7).
const X = [
  [1.5, -2, 7],
  [3.25, 0, 7],
  [-4, 10, 7],
  [0.5, 1, 7],
  [100, 2.5, 7],
  [2, -1, 7],
];

function expectRowsClose(actual: number[][], expected: number[][], tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; ++i) {
    expect(actual[i].length).toBe(expected[i].length);
    for (let j = 0; j < expected[i].length; ++j) {
      expect(Math.abs(actual[i][j] - expected[i][j]), `row ${i}, column ${j}`).toBeLessThanOrEqual(tolerance);
    }
  }
}

describe("standardize(X)", () => {
  for (const fx of loadFixtures()) {
    it(`standardize(X) matches scikit-learn's StandardScaler on ${fx.name}`, () => {
      const result = standardize(fx.X);
      expectRowsClose(result.data, fx.standardized);
      expect(result.center).toEqual(result.mean);
    });
  }

  it("standardize(X) uses the population standard deviation and scale 1 for a constant column", () => {
    const {data, mean, center, scale} = standardize([[1, 5], [3, 5]]);
    expect(mean).toEqual([2, 5]);
    expect(center).toEqual([2, 5]);
    expect(scale).toEqual([1, 1]);
    expect(data).toEqual([[-1, 0], [1, 0]]);
  });

  it("standardize(X) gives a column of identical non-representable values scale 1", () => {
    // 0.1 × 3 / 3 is not exactly 0.1, so a naive variance is tiny but not zero.
    const {data, scale} = standardize([[0.1], [0.1], [0.1]]);
    expect(scale).toEqual([1]);
    for (const [v] of data) expect(Math.abs(v)).toBeLessThan(1e-15);
  });

  it("standardize(X) matches scikit-learn on a column with an outlier", () => {
    // Values from StandardScaler().fit(X) in scikit-learn 1.2.1 (/usr/bin/python3), pasted as literals.
    const {data, mean, scale} = standardize(X);
    expectRowsClose([mean], [[17.208333333333332, 1.75, 7.0]]);
    expectRowsClose([scale], [[37.09515261084961, 3.955481428768606, 1.0]]);
    expectRowsClose(data, [
      [-0.4234605393896924, -0.9480514742721027, 0.0],
      [-0.3762845641791696, -0.4424240213269812, 0.0],
      [-0.5717278900513354, 2.085713243398626, 0.0],
      [-0.4504182395099911, -0.18961029485442052, 0.0],
      [2.231872922459732, 0.18961029485442052, 0.0],
      [-0.40998168932954304, -0.695237747799542, 0.0],
    ]);
  });
});

describe("minMaxScale(X)", () => {
  it("minMaxScale(X) matches scikit-learn's MinMaxScaler", () => {
    // Values from MinMaxScaler().fit_transform(X) in scikit-learn 1.2.1 (/usr/bin/python3), pasted as literals.
    const {data, center, scale} = minMaxScale(X);
    expect(center).toEqual([-4, -2, 7]);
    expect(scale).toEqual([104, 12, 1]);
    expectRowsClose(data, [
      [0.05288461538461539, 0.0, 0.0],
      [0.06971153846153846, 0.16666666666666666, 0.0],
      [0.0, 0.9999999999999999, 0.0],
      [0.04326923076923077, 0.25, 0.0],
      [1.0, 0.375, 0.0],
      [0.057692307692307696, 0.08333333333333333, 0.0],
    ]);
  });

  it("minMaxScale(X) maps each column onto [0, 1] exactly at its ends", () => {
    const {data} = minMaxScale([[2, -1], [4, 3], [3, 1]]);
    expect(data).toEqual([[0, 0], [1, 1], [0.5, 0.5]]);
  });
});

describe("robustScale(X)", () => {
  it("robustScale(X) matches scikit-learn's RobustScaler", () => {
    // Values from RobustScaler().fit(X) in scikit-learn 1.2.1 (/usr/bin/python3), pasted as literals.
    const {data, center, scale} = robustScale(X);
    expectRowsClose([center], [[1.75, 0.5, 7.0]]);
    expectRowsClose([scale], [[2.1875, 2.875, 1.0]]);
    expectRowsClose(data, [
      [-0.11428571428571428, -0.8695652173913043, 0.0],
      [0.6857142857142857, -0.17391304347826086, 0.0],
      [-2.6285714285714286, 3.3043478260869565, 0.0],
      [-0.5714285714285714, 0.17391304347826086, 0.0],
      [44.91428571428571, 0.6956521739130435, 0.0],
      [0.11428571428571428, -0.5217391304347826, 0.0],
    ]);
  });

  it("robustScale(X) interpolates quartiles linearly (hand-checked)", () => {
    // Sorted 1, 2, 3, 4, 10: median 3, Q1 at position 1 → 2, Q3 at position 3 → 4, IQR 2.
    const {center, scale} = robustScale([[10], [1], [3], [2], [4]]);
    expect(center).toEqual([3]);
    expect(scale).toEqual([2]);
    // Four values: median at position 1.5 → 2.5; Q1 at 0.75 → 1.75; Q3 at 2.25 → 3.25.
    const even = robustScale([[4], [1], [3], [2]]);
    expect(even.center).toEqual([2.5]);
    expect(even.scale).toEqual([1.5]);
  });
});

describe("applyScaling(X, {center, scale})", () => {
  it("applyScaling(X, scaling) reproduces the fitted data", () => {
    for (const fit of [standardize(X), minMaxScale(X), robustScale(X)]) {
      expectRowsClose(applyScaling(X, fit), fit.data, 0);
    }
  });

  it("applyScaling(rows, robustScale(X)) matches RobustScaler.transform on new rows", () => {
    // Values from RobustScaler().fit(X).transform(rows) in scikit-learn 1.2.1, pasted as literals.
    expectRowsClose(applyScaling([[0, 0, 0], [10, -5, 8]], robustScale(X)), [
      [-0.8, -0.17391304347826086, -7.0],
      [3.7714285714285714, -1.9130434782608696, 1.0],
    ]);
  });

  it("applyScaling(X, scaling) rejects a scaling of another width", () => {
    expect(() => applyScaling([[1, 2]], {center: [0, 0, 0], scale: [1, 1, 1]})).toThrow(
      "the scaling was fitted on 3 columns, but the data has 2",
    );
    expect(() => applyScaling([[1, 2]], {center: [0, 0], scale: [1]})).toThrow("the scaling has 2 centres but 1 scales");
    expect(() => applyScaling([[1, 2]], {center: [0, 0], scale: [1, 0]})).toThrow("scale[1] = 0");
    expect(() => applyScaling([[1, 2]], {center: [0, NaN], scale: [1, 1]})).toThrow("center[1] = NaN");
  });

  it("applyScaling(X, scaling) rejects bad rows the way toMatrix does", () => {
    expect(() => applyScaling([], {center: [0], scale: [1]})).toThrow("data is empty");
    expect(() => applyScaling([[1], [NaN]], {center: [0], scale: [1]})).toThrow("row 1, column 0 is NaN");
  });
});

describe("scalers reject bad input", () => {
  it("standardize, minMaxScale and robustScale reject empty and ragged data", () => {
    for (const scaler of [standardize, minMaxScale, robustScale]) {
      expect(() => scaler([])).toThrow("data is empty");
      expect(() => scaler([[1, 2], [3]])).toThrow("ragged rows");
    }
  });
});
