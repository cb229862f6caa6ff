import {describe, expect, it} from "vitest";
import {toMatrix, toRows, randomSource} from "../../src/index.js";

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
