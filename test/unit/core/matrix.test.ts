import {describe, expect, it} from "vitest";
import {toMatrix, toRows, randomSource} from "../../../src/index.js";

describe("toMatrix", () => {
  it("toMatrix(rows) copies rows into a row-major Float64Array", () => {
    const M = toMatrix([[1, 2], [3, 4], [5, 6]]);
    expect(M.n).toBe(3);
    expect(M.d).toBe(2);
    expect(Array.from(M.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(M)).toEqual([[1, 2], [3, 4], [5, 6]]);
  });
  it("toMatrix([]) throws a RangeError saying the data is empty", () => {
    expect(() => toMatrix([])).toThrow(/empty/);
  });
  it("toMatrix(ragged) names the ragged row", () => {
    expect(() => toMatrix([[1, 2], [3]])).toThrow(/row 1 has 1/);
  });
  it("toMatrix(rows with NaN) names the row and column", () => {
    expect(() => toMatrix([[1, 2], [3, NaN]])).toThrow(/row 1, column 1 is NaN/);
    expect(() => toMatrix([[1, Infinity]])).toThrow(/Infinity/);
  });
  it("toMatrix(matrix with NaN or ±Infinity anywhere) names the row and column", () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      for (const at of [0, 1, 6, 7, 8]) {
        const data = Float64Array.from({length: 9}, (_, i) => i - 4.5);
        data[at] = bad;
        expect(() => toMatrix({data, n: 3, d: 3})).toThrow(new RegExp(`row ${Math.floor(at / 3)}, column ${at % 3} is ${Number.isNaN(bad) ? "NaN" : bad > 0 ? "Infinity" : "-Infinity"}`));
      }
    }
    // Values near the largest double are finite: v · 0 is 0, not NaN.
    const huge = {data: Float64Array.from([Number.MAX_VALUE, -Number.MAX_VALUE, 0]), n: 1, d: 3};
    expect(toMatrix(huge)).toBe(huge);
  });
  it("toMatrix(rows with text) throws a TypeError quoting the text", () => {
    expect(() => toMatrix([[1, "x" as unknown as number]])).toThrow(TypeError);
  });
});

describe("randomSource", () => {
  it("randomSource(seed) gives the same stream for the same seed and another for another seed", () => {
    const a = randomSource(7), b = randomSource(7), c = randomSource(8);
    const xa = Array.from({length: 5}, a), xb = Array.from({length: 5}, b), xc = Array.from({length: 5}, c);
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
    for (const x of xa) expect(x >= 0 && x < 1).toBe(true);
  });
});
