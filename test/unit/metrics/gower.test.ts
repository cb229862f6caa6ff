import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {gower} from "../../../src/index.js";

interface GowerCase {
  name: string;
  numeric: string[];
  categorical: string[];
  columns: Record<string, (number | string | null)[]>;
  distances: (number | null)[];
}
const cases = JSON.parse(readFileSync(new URL("../reference/gower-pam-cases.json", import.meta.url), "utf8")).gower as GowerCase[];

describe("gower(data, {numeric, categorical}) against R's daisy(metric = \"gower\")", () => {
  for (const c of cases) {
    it(`gower(${c.name}) equals daisy's dissimilarities`, () => {
      const D = gower(c.columns, {numeric: c.numeric, categorical: c.categorical});
      expect(D.distances.length).toBe(c.distances.length);
      let worst = 0;
      for (let i = 0; i < c.distances.length; ++i) worst = Math.max(worst, Math.abs(D.distances[i] - (c.distances[i] as number)));
      expect(worst).toBeLessThan(1e-12);
    });
  }
  it("gower(records) equals gower(columns)", () => {
    const c = cases[0];
    const n = c.columns[c.numeric[0]].length;
    const rows = Array.from({length: n}, (_, i) => Object.fromEntries(Object.keys(c.columns).map((name) => [name, c.columns[name][i]])));
    expect(Array.from(gower(rows, c).distances)).toEqual(Array.from(gower(c.columns, c).distances));
  });
});

describe("gower(data, options) by hand", () => {
  it("gower(rows, {numeric, categorical}) averages |a − b| / range and category mismatches", () => {
    const rows = [
      {x: 0, c: "a"},
      {x: 5, c: "a"},
      {x: 10, c: "b"}
    ];
    expect(Array.from(gower(rows, {numeric: ["x"], categorical: ["c"]}).distances)).toEqual([0.25, 1, 0.75]);
  });
  it("gower(rows, {weights}) weighs the columns", () => {
    const rows = [
      {x: 0, c: "a"},
      {x: 10, c: "b"}
    ];
    expect(gower(rows, {numeric: ["x"], categorical: ["c"], weights: {x: 3}}).distances[0]).toBe(1);
    expect(gower([{x: 0, c: "a"}, {x: 5, c: "b"}, {x: 10, c: "a"}], {numeric: ["x"], categorical: ["c"], weights: {c: 3}}).distances[0]).toBeCloseTo((0.5 + 3) / 4, 15);
  });
  it("gower(rows) skips a column missing in either row, and gives NaN when nothing is shared", () => {
    const rows = [
      {x: 0, c: null},
      {x: null, c: "a"},
      {x: 4, c: "a"}
    ];
    const {distances} = gower(rows, {numeric: ["x"], categorical: ["c"]});
    expect(distances[0]).toBeNaN();
    expect(distances[1]).toBe(1);
    expect(distances[2]).toBe(0);
  });
  it("gower(rows) treats a column named __proto__ as data", () => {
    const rows = [JSON.parse('{"__proto__": 1, "k": "a"}'), JSON.parse('{"__proto__": 3, "k": "a"}')];
    expect(gower(rows, {numeric: ["__proto__"], categorical: ["k"]}).distances[0]).toBe(0.5);
  });
  it("gower(rows, options) names what is wrong", () => {
    expect(() => gower([{x: 1}, {x: 2}], {})).toThrow(/at least one numeric or categorical column/);
    expect(() => gower([{x: 1}, {x: 2}], {numeric: ["y"]})).toThrow(/no row has a column “y”/);
    expect(() => gower([{x: 1}, {x: "high"}], {numeric: ["x"]})).toThrow(/row 2 holds “high”/);
    expect(() => gower([{x: 1}], {numeric: ["x"]})).toThrow(/at least 2/);
    expect(() => gower([{x: 1}, {x: 2}], {numeric: ["x"], categorical: ["x"]})).toThrow(/named twice/);
  });
});
