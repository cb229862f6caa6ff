import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {boxStats, quantileSorted, sortedBoxStats} from "../../../src/index.js";

// numpy's percentile (linear: Hyndman & Fan type 7, R's default quantile), test/unit/reference/quantiles.py.
const reference = JSON.parse(readFileSync(new URL("../reference/quantiles-cases.json", import.meta.url), "utf8"));

describe("quantileSorted(sorted, p) and boxStats(values)", () => {
  for (const c of reference.cases) {
    test(`quantileSorted(${c.name}, p) equals numpy's percentile`, () => {
      const sorted = Float64Array.from(c.values.filter((v: number | null) => v !== null)).sort();
      c.p.forEach((p: number, i: number) => expect(quantileSorted(sorted, p)).toBeCloseTo(c.quantiles[i], 12));
    });
    test(`boxStats(${c.name}) equals numpy's quartiles and Tukey's 1.5 IQR whiskers`, () => {
      const box = boxStats(c.values)!;
      for (const key of Object.keys(c.box)) expect(box[key as keyof typeof box]).toBeCloseTo(c.box[key], 12);
    });
    test(`sortedBoxStats(sorted ${c.name}) equals boxStats(${c.name})`, () => {
      const sorted = Float64Array.from(c.values.filter((v: number | null) => v !== null)).sort();
      expect(sortedBoxStats(sorted)).toEqual(boxStats(c.values));
    });
  }

  test("quantileSorted([1, 1, 1, 2, 2, 3, 3, 3, 3, 9], 0.9) is R's quantile type 7, 3.6", () => {
    expect(quantileSorted([1, 1, 1, 2, 2, 3, 3, 3, 3, 9], 0.9)).toBeCloseTo(3.6, 12);
  });

  test("boxStats(values) is null without a finite value, and rejects a negative whisker", () => {
    expect(boxStats([NaN, null, Infinity])).toBeNull();
    expect(() => boxStats([1, 2], {whisker: -1})).toThrow(RangeError);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => sortedBoxStats([])).toThrow(/no values/);
    expect(() => quantileSorted([1], 2)).toThrow(RangeError);
  });
});
