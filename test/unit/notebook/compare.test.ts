import {describe, expect, it} from "vitest";
import {axisAngle, compareNumber, comparePartition, compareRows} from "../../../docs/components/notebook/exercises/compare.js";

describe("compare", () => {
  it("compareRows(value, reference) names the row count against what it should be", () => {
    expect(compareRows([[1], [2], [3]], [[1], [2], [3], [4]], {what: "your centres", rows: "k"})).toBe("your centres have 3 rows; k is 4.");
  });
  it("compareRows(value, reference) names the farthest row and its distance", () => {
    expect(compareRows([[0, 0], [0.13, 0]], [[0, 0], [0, 0]], {source: "standardize()"})).toMatch(/^row 2 is 0\.13 away from standardize\(\)'s/);
    expect(compareRows([[0, 0]], [[0, 1e-9]])).toBeNull();
  });
  it("compareRows says what the value is when it is not rows", () => {
    expect(compareRows(undefined, [[1]])).toMatch(/it is undefined/);
    expect(compareRows([[NaN, 1]], [[1, 1]])).toMatch(/not a finite number/);
  });
  it("compareNumber(value, reference) says too high or too low", () => {
    expect(compareNumber(5, 4)).toMatch(/too high by 1/);
    expect(compareNumber(4 + 1e-9, 4)).toBeNull();
  });
  it("comparePartition ignores the numbering of the groups", () => {
    expect(comparePartition([1, 1, 0], [0, 0, 1])).toBeNull();
    expect(comparePartition([0, 1, 1], [0, 0, 1], {item: "dish"})).toBe("dish 1 and dish 2 are apart in yours but together in the library's.");
    expect(comparePartition([0, 0, 0], [0, 0, 1])).toBe("your labels make 1 group; the library makes 2.");
  });
  it("axisAngle(a, -a) is 0 and axisAngle of perpendicular axes is 90", () => {
    expect(axisAngle([1, 2], [-1, -2])).toBeCloseTo(0, 4);
    expect(axisAngle([1, 0], [0, 3])).toBeCloseTo(90, 9);
  });
});
