import {describe, expect, it} from "vitest";
import {cleanColumnNames, isMissing, typeValues} from "../../../src/index.js";

describe("typeValues", () => {
  it("typeValues(values) makes a date column of Dates, and a number column of numbers and numeric text", () => {
    const d = typeValues([new Date("1982-01-01T00:00:00Z"), null, new Date("1983-06-01T00:00:00Z")], "built");
    expect(d.type).toBe("date");
    expect(Array.from(d.data as Float64Array)).toEqual([Date.UTC(1982, 0, 1), NaN, Date.UTC(1983, 5, 1)]);
    const n = typeValues([1, "2.5", "NA", null], "x");
    expect(n.type).toBe("number");
    expect(Array.from(n.data as Float64Array)).toEqual([1, 2.5, NaN, NaN]);
  });
  it("typeValues(bigints) keeps whole numbers beyond 2^53 as exact text with a note, and smaller ones as numbers", () => {
    const notes: string[] = [];
    const big = typeValues([9007199254740993n, 1n], "id", notes);
    expect(big.type).toBe("string");
    expect(big.data).toEqual(["9007199254740993", "1"]);
    expect(notes.join(" ")).toMatch(/“id” holds whole numbers beyond 2\^53 \(row 1: 9007199254740993\).*not rounded/);
    expect(Array.from(typeValues([5n, -7n], "n").data as Float64Array)).toEqual([5, -7]);
  });
  it("typeValues(values) reads booleans and objects as text", () => {
    expect(typeValues([true, false], "b").data).toEqual(["true", "false"]);
    expect(typeValues([{a: 1}, null], "o").data).toEqual(['{"a":1}', null]);
  });
  it("isMissing(value) knows the usual spellings of a missing value", () => {
    for (const v of [null, undefined, NaN, "", " NA ", "n/a", "null", "-", "?", "#N/A"]) expect(isMissing(v)).toBe(true);
    for (const v of [0, "0", "none of them", "x"]) expect(isMissing(v)).toBe(false);
  });
});

describe("cleanColumnNames", () => {
  it("cleanColumnNames(names) names blanks and repeats without creating a duplicate", () => {
    const notes: string[] = [];
    expect(cleanColumnNames(["a", "a", "a_2", "", " b ", null, "column_6"], notes)).toEqual(["a", "a_3", "a_2", "column_4", "b", "column_7", "column_6"]);
    expect(notes).toHaveLength(3);
  });
});
